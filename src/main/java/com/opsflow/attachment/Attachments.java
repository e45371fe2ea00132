package com.opsflow.attachment;

import com.opsflow.document.TicketDocument;
import com.opsflow.document.TicketDocuments;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketRegistrationListener;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files users attach to tickets (issue 16, docs/adr/0011): kept in the ticket's documents (kind {@value #KIND}) and
 * recorded in its history (event {@value #EVENT}). Who may call this is decided by {@link AttachmentController}; what
 * may be attached by {@link AttachmentPolicy}. A file uploaded at intake waits as the uploader's draft until their
 * next intake ticket is registered.
 */
@Service
@Transactional
public class Attachments implements TicketRegistrationListener {

  public static final String KIND = "attachment";
  /** Ticket event code (label event.attachment-added). */
  public static final String EVENT = "attachment-added";
  /**
   * How long after its draft hours an unclaimed draft is deleted. Drafts are invisible from the end of their draft
   * hours; the margin keeps the deletion away from a report being registered at that very moment, which locks and takes
   * the drafts it still saw as valid.
   */
  static final Duration EXPIRY_MARGIN = Duration.ofMinutes(10);

  private final TicketDocuments documents;
  private final TicketService tickets;
  private final JdbcTemplate jdbc;
  private final TicketTime time;
  private final AttachmentProperties properties;
  private final AttachmentPolicy policy;

  Attachments(TicketDocuments documents, TicketService tickets, JdbcTemplate jdbc, TicketTime time,
      AttachmentProperties properties) {
    this.documents = documents;
    this.tickets = tickets;
    this.jdbc = jdbc;
    this.time = time;
    this.properties = properties;
    this.policy = properties.policy();
  }

  /** A file attached to a ticket or waiting as a draft, without its content. */
  public record Attachment(long id, String fileName, String contentType, long size, LocalDateTime uploadedAt,
      String uploadedBy) {
  }

  /**
   * Attaches a file, or refuses it before writing anything; a refusal leaves the caller's transaction usable (mail
   * intake notes the refused file and goes on with the mail).
   */
  @Transactional(noRollbackFor = InvalidInputException.class)
  public Attachment upload(String ticketNumber, String fileName, byte[] content, String user) {
    AttachmentPolicy.Accepted file = policy.check(fileName, content);
    if (documents.list(ticketNumber, KIND).size() >= properties.maxPerTicket()) {
      throw new InvalidInputException(AttachmentPolicy.FIELD, "工单 " + ticketNumber + " 的附件已达上限 "
          + properties.maxPerTicket() + " 个 / the ticket has the maximum number of attachments");
    }
    return attach(ticketNumber, file, content, user, null);
  }

  @Transactional(readOnly = true)
  public List<Attachment> list(String ticketNumber) {
    return documents.list(ticketNumber, KIND).stream().map(d -> new Attachment(d.id(), d.fileName(), d.contentType(),
        d.size(), d.createdAt(), d.createdBy())).toList();
  }

  /** The attachment {@code id} of this ticket only: another ticket's file or a report is never found here. */
  @Transactional(readOnly = true)
  public Optional<TicketDocument> find(String ticketNumber, long id) {
    return documents.find(ticketNumber, id).filter(d -> KIND.equals(d.kind()));
  }

  public Attachment storeDraft(String user, String fileName, byte[] content) {
    AttachmentPolicy.Accepted file = policy.check(fileName, content);
    removeExpiredDrafts(user);
    if (drafts(user).size() >= properties.maxDraftsPerUser()) {
      throw new InvalidInputException(AttachmentPolicy.FIELD, "待提交的附件已达上限 " + properties.maxDraftsPerUser()
          + " 个，请先提交事件报告 / too many files waiting for your next report");
    }
    LocalDateTime now = time.localNow();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO attachment_draft (owner, file_name,"
          + " content_type, content, created_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setString(1, user);
      insert.setString(2, file.fileName());
      insert.setString(3, file.contentType());
      insert.setBytes(4, content);
      insert.setTimestamp(5, Timestamp.valueOf(now));
      return insert;
    }, key);
    return new Attachment(key.getKey().longValue(), file.fileName(), file.contentType(), file.size(), now, user);
  }

  /** The user's files that the next intake ticket will take (uploaded within the draft hours). */
  @Transactional(readOnly = true)
  public List<Attachment> drafts(String user) {
    return drafts(user, "");
  }

  private List<Attachment> drafts(String user, String lock) {
    return jdbc.query("SELECT id, file_name, content_type, OCTET_LENGTH(content) AS size, created_at FROM"
        + " attachment_draft WHERE owner = ? AND created_at >= ? ORDER BY created_at, id" + lock,
        (rs, i) -> new Attachment(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
            rs.getLong("size"), rs.getTimestamp("created_at").toLocalDateTime(), user), user, draftsSince());
  }

  /** Withdraws one of the user's own drafts (a wrong file picked before the report); nobody else's. */
  public void deleteDraft(String user, long id) {
    if (jdbc.update("DELETE FROM attachment_draft WHERE id = ? AND owner = ?", id, user) == 0) {
      throw new java.util.NoSuchElementException("没有待提交的附件 " + id + " / no draft " + id);
    }
  }

  /** Deletes the user's expired drafts (on each list and upload of their drafts). */
  public int removeExpiredDrafts(String user) {
    return jdbc.update("DELETE FROM attachment_draft WHERE owner = ? AND created_at < ?", user, expiredBefore());
  }

  /**
   * Deletes every expired draft (the periodic sweep, {@link DraftSweep}). One idempotent statement: nodes running it at
   * once delete each row once (the second waits for the first's row locks and then finds the rows gone).
   */
  public int removeExpiredDrafts() {
    return jdbc.update("DELETE FROM attachment_draft WHERE created_at < ?", expiredBefore());
  }

  /**
   * The starter's drafts become the new intake ticket's attachments, in the registration's transaction. The drafts are
   * locked first, so a withdrawal or a clean-up on another node at the same moment waits or has already removed them.
   */
  @Override
  public void registered(String ticketNumber, String processKey, String actor) {
    if (actor == null || !properties.intakeProcesses().contains(processKey)) {
      return;
    }
    // locked and listed in one statement: this runs at every intake start, with or without drafts (issue 15)
    List<Attachment> drafts = drafts(actor, " FOR UPDATE");
    for (Attachment draft : drafts.subList(0, Math.min(drafts.size(), properties.maxPerTicket()))) {
      byte[] content = jdbc.queryForObject("SELECT content FROM attachment_draft WHERE id = ?",
          (rs, i) -> rs.getBytes(1), draft.id());
      attach(ticketNumber, new AttachmentPolicy.Accepted(draft.fileName(), draft.contentType(), draft.size()), content,
          actor, "报告时上传");
      jdbc.update("DELETE FROM attachment_draft WHERE id = ?", draft.id());
    }
  }

  private Attachment attach(String ticketNumber, AttachmentPolicy.Accepted file, byte[] content, String user,
      String note) {
    long id = documents.store(ticketNumber, KIND, file.fileName(), file.contentType(), content, user);
    tickets.event(ticketNumber, EVENT, user, file.fileName() + "（" + AttachmentPolicy.size(file.size())
        + (note == null ? "" : "，" + note) + "）");
    return new Attachment(id, file.fileName(), file.contentType(), file.size(), time.localNow(), user);
  }

  private Timestamp draftsSince() {
    return Timestamp.valueOf(time.localNow().minusHours(properties.draftHours()));
  }

  private Timestamp expiredBefore() {
    return Timestamp.valueOf(time.localNow().minusHours(properties.draftHours()).minus(EXPIRY_MARGIN));
  }
}
