package com.opsflow.archive;

import com.opsflow.ticket.TicketTime;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The archive register (V50): weekly hand-ins, the documents received (入库) and their state, loans (出库/归还) and
 * changes. The facts the rules rest on — who asked for a change, whether a week was handed in — are read here.
 */
@Repository
public class ArchiveRegister {

  public record Submission(String number, String system, String week, LocalDate dueOn, LocalDateTime deadline,
      String status, int rounds, LocalDateTime firstSubmittedAt, String submittedBy, String reviewedBy,
      String returnReason, boolean overdueFlagged) {
  }

  public record Document(long id, String system, String title, String kind, String version, String pagesMedium,
      String note, String status, boolean damaged, String damageNote, String submissionNumber, String submittedBy,
      String receivedBy, LocalDateTime receivedAt, Long replacesId, Long replacedById) {
  }

  public record Loan(String number, long documentId, String system, String borrower, String purpose,
      LocalDate dueDate, String status, String requestedBy, String decidedBy, String decisionNote,
      LocalDateTime remindedAt, LocalDateTime reportedAt, LocalDateTime returnedAt, String returnedTo,
      String returnCondition, String returnNote) {
  }

  public record Change(String number, long documentId, String system, String kind, String newTitle, String newVersion,
      String newPagesMedium, String reason, String status, String requestedBy, String decidedBy, String decisionNote,
      Long newDocumentId) {
  }

  /** A document as the hand-in form lists it. */
  public record NewDocument(String title, String kind, String version, String pagesMedium, String note) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  ArchiveRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  // weekly hand-ins

  void openSubmission(String number, String instanceId, String system, String week, LocalDate dueOn,
      LocalDateTime deadline) {
    jdbc.update("INSERT INTO archive_submission (submission_number, process_instance_id, system_id, week_key, due_on,"
            + " deadline, status, rounds, overdue_flagged, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', 0, FALSE, ?)",
        number, instanceId, system, week, Date.valueOf(dueOn), Timestamp.valueOf(deadline), now());
  }

  void submitted(String number, String user) {
    jdbc.update("UPDATE archive_submission SET status = 'submitted', rounds = rounds + 1, submitted_by = ?,"
        + " first_submitted_at = COALESCE(first_submitted_at, ?) WHERE submission_number = ?", user, now(), number);
  }

  void reviewed(String number, boolean received, String reviewer, String reason) {
    jdbc.update("UPDATE archive_submission SET status = ?, reviewed_by = ?, reviewed_at = ?, return_reason = ?"
        + " WHERE submission_number = ?", received ? "received" : "sent-back", reviewer, now(), reason, number);
  }

  void overdueFlagged(String number) {
    jdbc.update("UPDATE archive_submission SET overdue_flagged = TRUE WHERE submission_number = ?", number);
  }

  public Optional<Submission> submission(String number) {
    return jdbc.query("SELECT * FROM archive_submission WHERE submission_number = ?", (rs, i) -> new Submission(
        rs.getString("submission_number"), rs.getString("system_id"), rs.getString("week_key"),
        rs.getDate("due_on").toLocalDate(), rs.getTimestamp("deadline").toLocalDateTime(), rs.getString("status"),
        rs.getInt("rounds"), local(rs, "first_submitted_at"), rs.getString("submitted_by"), rs.getString("reviewed_by"),
        rs.getString("return_reason"), rs.getBoolean("overdue_flagged")), number).stream().findFirst();
  }

  // documents

  long receive(String system, NewDocument d, String submissionNumber, String submittedBy, String receivedBy,
      Long replacesId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(con -> {
      PreparedStatement ps = con.prepareStatement("INSERT INTO archive_document (system_id, title, kind, version,"
          + " pages_medium, note, status, damaged, submission_number, submitted_by, received_by, received_at,"
          + " replaces_id) VALUES (?, ?, ?, ?, ?, ?, 'archived', FALSE, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, system);
      ps.setString(2, d.title());
      ps.setString(3, d.kind());
      ps.setString(4, d.version());
      ps.setString(5, d.pagesMedium());
      ps.setString(6, d.note());
      ps.setString(7, submissionNumber);
      ps.setString(8, submittedBy);
      ps.setString(9, receivedBy);
      ps.setTimestamp(10, now());
      if (replacesId == null) {
        ps.setNull(11, java.sql.Types.BIGINT);
      } else {
        ps.setLong(11, replacesId);
      }
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  void documentStatus(long id, String status) {
    jdbc.update("UPDATE archive_document SET status = ? WHERE id = ?", status, id);
  }

  void damaged(long id, String note) {
    jdbc.update("UPDATE archive_document SET damaged = TRUE, damage_note = ? WHERE id = ?", note, id);
  }

  void superseded(long id, long byId) {
    jdbc.update("UPDATE archive_document SET status = 'superseded', replaced_by_id = ? WHERE id = ?", byId, id);
  }

  public Optional<Document> document(long id) {
    return jdbc.query("SELECT * FROM archive_document WHERE id = ?", (rs, i) -> document(rs), id).stream().findFirst();
  }

  /** The archive's documents, of one system or all (null), in the order they were received. */
  public List<Document> documents(String system) {
    return system == null ? jdbc.query("SELECT * FROM archive_document ORDER BY id", (rs, i) -> document(rs))
        : jdbc.query("SELECT * FROM archive_document WHERE system_id = ? ORDER BY id", (rs, i) -> document(rs), system);
  }

  public List<Document> documentsOf(String submissionNumber) {
    return jdbc.query("SELECT * FROM archive_document WHERE submission_number = ? ORDER BY id",
        (rs, i) -> document(rs), submissionNumber);
  }

  // loans

  void openLoan(String number, String instanceId, Document document, String borrower, String purpose,
      LocalDate dueDate, String requestedBy) {
    jdbc.update("INSERT INTO archive_loan (loan_number, process_instance_id, document_id, system_id, borrower, purpose,"
            + " due_date, status, requested_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?)", number,
        instanceId, document.id(), document.system(), borrower, purpose, Date.valueOf(dueDate), requestedBy, now());
  }

  void loanDecided(String number, boolean issued, String user, String note) {
    jdbc.update("UPDATE archive_loan SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?"
        + " WHERE loan_number = ?", issued ? "on-loan" : "refused", user, now(), note, number);
  }

  void loanReminded(String number) {
    jdbc.update("UPDATE archive_loan SET status = 'overdue', reminded_at = ? WHERE loan_number = ?", now(), number);
  }

  void loanReported(String number) {
    jdbc.update("UPDATE archive_loan SET reported_at = ? WHERE loan_number = ?", now(), number);
  }

  void loanReturned(String number, String user, String condition, String note) {
    jdbc.update("UPDATE archive_loan SET status = 'returned', returned_at = ?, returned_to = ?, return_condition = ?,"
        + " return_note = ? WHERE loan_number = ?", now(), user, condition, note, number);
  }

  /** Loans not refused and not returned on the document: a document is lent to one borrower at a time. */
  public int openLoans(long documentId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM archive_loan WHERE document_id = ? AND status IN"
        + " ('requested', 'on-loan', 'overdue')", Integer.class, documentId);
    return n == null ? 0 : n;
  }

  public Optional<Loan> loan(String number) {
    return jdbc.query("SELECT * FROM archive_loan WHERE loan_number = ?", (rs, i) -> loan(rs), number).stream()
        .findFirst();
  }

  /** Loans in one status or all (null), newest first. */
  public List<Loan> loans(String status) {
    return status == null ? jdbc.query("SELECT * FROM archive_loan ORDER BY created_at DESC, loan_number DESC",
        (rs, i) -> loan(rs))
        : jdbc.query("SELECT * FROM archive_loan WHERE status = ? ORDER BY created_at DESC, loan_number DESC",
            (rs, i) -> loan(rs), status);
  }

  // changes

  void openChange(String number, String instanceId, Document document, String kind, String title, String version,
      String pages, String reason, String requestedBy) {
    jdbc.update("INSERT INTO archive_change (change_number, process_instance_id, document_id, system_id, change_kind,"
            + " new_title, new_version, new_pages_medium, reason, status, requested_by, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?)", number, instanceId, document.id(),
        document.system(), kind, title, version, pages, reason, requestedBy, now());
  }

  void changeDecided(String number, boolean approved, String user, String note, Long newDocumentId) {
    jdbc.update("UPDATE archive_change SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?,"
            + " new_document_id = ? WHERE change_number = ?", approved ? "approved" : "rejected", user, now(), note,
        newDocumentId, number);
  }

  public Optional<Change> change(String number) {
    return jdbc.query("SELECT * FROM archive_change WHERE change_number = ?", (rs, i) -> new Change(
        rs.getString("change_number"), rs.getLong("document_id"), rs.getString("system_id"),
        rs.getString("change_kind"), rs.getString("new_title"), rs.getString("new_version"),
        rs.getString("new_pages_medium"), rs.getString("reason"), rs.getString("status"),
        rs.getString("requested_by"), rs.getString("decided_by"), rs.getString("decision_note"),
        (Long) rs.getObject("new_document_id", Long.class)), number).stream().findFirst();
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private static LocalDateTime local(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toLocalDateTime();
  }

  private static Document document(ResultSet rs) throws SQLException {
    return new Document(rs.getLong("id"), rs.getString("system_id"), rs.getString("title"), rs.getString("kind"),
        rs.getString("version"), rs.getString("pages_medium"), rs.getString("note"), rs.getString("status"),
        rs.getBoolean("damaged"), rs.getString("damage_note"), rs.getString("submission_number"),
        rs.getString("submitted_by"), rs.getString("received_by"), local(rs, "received_at"),
        rs.getObject("replaces_id", Long.class), rs.getObject("replaced_by_id", Long.class));
  }

  private static Loan loan(ResultSet rs) throws SQLException {
    return new Loan(rs.getString("loan_number"), rs.getLong("document_id"), rs.getString("system_id"),
        rs.getString("borrower"), rs.getString("purpose"), rs.getDate("due_date").toLocalDate(),
        rs.getString("status"), rs.getString("requested_by"), rs.getString("decided_by"),
        rs.getString("decision_note"), local(rs, "reminded_at"), local(rs, "reported_at"), local(rs, "returned_at"),
        rs.getString("returned_to"), rs.getString("return_condition"), rs.getString("return_note"));
  }
}
