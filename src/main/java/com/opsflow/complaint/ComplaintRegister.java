package com.opsflow.complaint;

import com.opsflow.ticket.TicketTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The complaint register ({@code complaint}) next to the CMP ticket: whom a complaint is about, whether the
 * investigation found it substantiated, what the evaluation counts ({@code complaint-rating}) and the outcome.
 */
@Service
public class ComplaintRegister {

  public static final String OPEN = "open";
  public static final String INVESTIGATED = "investigated";
  public static final String CLOSED = "closed";

  /** One complaint as registered; {@code substantiated} is null until investigated. */
  public record Complaint(String complaintNumber, String system, String channel, String reporter, String summary,
      String engineer, String relatedTicket, String category, Boolean substantiated, String findings,
      String evaluationItem, String handling, int callbacks, String outcome, String status, LocalDateTime receivedAt,
      String investigatedBy, LocalDateTime closedAt) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  ComplaintRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void register(String number, String processInstanceId, String system, String channel, String reporter,
      String summary, String engineer, String relatedTicket) {
    jdbc.update("""
        INSERT INTO complaint (complaint_number, process_instance_id, system_id, channel, reporter, summary, engineer,
          related_ticket, callbacks, status, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        number, processInstanceId, system, channel, reporter, summary, engineer, relatedTicket, OPEN, now());
  }

  void accepted(String number, String category) {
    update("UPDATE complaint SET category = ? WHERE complaint_number = ?", category, number);
  }

  void investigated(String number, String category, String engineer, boolean substantiated, String findings,
      String item, String investigator) {
    update("""
        UPDATE complaint SET category = ?, engineer = ?, substantiated = ?, findings = ?, evaluation_item = ?,
          investigated_by = ?, investigated_at = ?, status = ? WHERE complaint_number = ?""",
        category, engineer, substantiated, findings, item, investigator, now(), INVESTIGATED, number);
  }

  void handled(String number, String handling) {
    update("UPDATE complaint SET handling = ? WHERE complaint_number = ?", handling, number);
  }

  void calledBack(String number, String outcome) {
    update("UPDATE complaint SET callbacks = callbacks + 1, outcome = ? WHERE complaint_number = ?", outcome, number);
  }

  void closed(String number) {
    update("UPDATE complaint SET status = ?, closed_at = ? WHERE complaint_number = ?", CLOSED, now(), number);
  }

  public Optional<Complaint> find(String number) {
    return jdbc.query("SELECT * FROM complaint WHERE complaint_number = ?", ComplaintRegister::map, number).stream()
        .findFirst();
  }

  /** Complaints about {@code engineer} on {@code system} received in [from, to) (bureau dates), oldest first. */
  public List<Complaint> about(String engineer, String system, LocalDate from, LocalDate to) {
    return jdbc.query("""
        SELECT * FROM complaint WHERE engineer = ? AND system_id = ? AND received_at >= ? AND received_at < ?
        ORDER BY received_at, complaint_number""", ComplaintRegister::map, engineer, system,
        Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay()));
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private void update(String sql, Object... args) {
    if (jdbc.update(sql, args) == 0) {
      throw new IllegalStateException("No complaint " + args[args.length - 1] + " in the register");
    }
  }

  private static Complaint map(ResultSet rs, int row) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Complaint(rs.getString("complaint_number"), rs.getString("system_id"), rs.getString("channel"),
        rs.getString("reporter"), rs.getString("summary"), rs.getString("engineer"), rs.getString("related_ticket"),
        rs.getString("category"), (Boolean) rs.getObject("substantiated"), rs.getString("findings"),
        rs.getString("evaluation_item"), rs.getString("handling"), rs.getInt("callbacks"), rs.getString("outcome"),
        rs.getString("status"), rs.getTimestamp("received_at").toLocalDateTime(), rs.getString("investigated_by"),
        closed == null ? null : closed.toLocalDateTime());
  }
}
