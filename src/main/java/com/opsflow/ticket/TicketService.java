package com.opsflow.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket register. Every change runs in the caller's (the engine's) transaction, so a ticket and
 * its process instance are written together or not at all.
 */
@Service
@Transactional
public class TicketService {

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  public TicketService(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  public void register(NewTicket t) {
    LocalDateTime now = time.localNow();
    jdbc.update("""
        INSERT INTO ticket (ticket_number, ticket_type, process_instance_id, system_id, channel, reporter,
          reporter_email, summary, description, impact, urgency, important_period, status, created_at, created_by,
          escalation_level, reopen_count, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)""",
        t.ticketNumber(), t.ticketType(), t.processInstanceId(), t.system(), t.channel(), t.reporter(),
        t.reporterEmail(), t.summary(), t.description(), t.impact(), t.urgency(), t.importantPeriod(),
        TicketStatus.OPEN.code(), ts(now), t.createdBy(), ts(now));
    event(t.ticketNumber(), TicketEvent.REGISTERED, t.createdBy(), t.summary());
  }

  public void recordPriority(String number, String priority, boolean major, Instant responseDue, Instant resolveDue) {
    update(number, "UPDATE ticket SET priority = ?, major = ?, response_due_at = ?, resolve_due_at = ?, updated_at = ?"
            + " WHERE ticket_number = ?",
        priority, major, ts(time.local(responseDue)), ts(time.local(resolveDue)), ts(time.localNow()), number);
    event(number, TicketHistory.PRIORITIZED, null, priority + (major ? " major" : "") + ", response due " + time.local(responseDue)
        + ", resolve due " + time.local(resolveDue));
  }

  /** The desk took the ticket up: the response clock stops. */
  public void recordResponse(String number, String actor, String group) {
    LocalDateTime now = time.localNow();
    update(number, """
        UPDATE ticket SET responded_at = ?, status = ?, handler = ?, handler_group = ?, updated_at = ?,
          response_sla_met = CASE WHEN response_sla_met IS NOT NULL THEN response_sla_met
                                  WHEN response_due_at IS NULL THEN TRUE
                                  ELSE response_due_at >= ? END
        WHERE ticket_number = ? AND responded_at IS NULL""",
        ts(now), TicketStatus.RESPONDED.code(), actor, group, ts(now), ts(now), number);
    event(number, TicketEvent.RESPONDED, actor, null);
  }

  public void recordResponseBreach(String number) {
    LocalDateTime now = time.localNow();
    update(number, "UPDATE ticket SET response_breached_at = ?, response_sla_met = FALSE, updated_at = ?"
        + " WHERE ticket_number = ?", ts(now), ts(now), number);
    event(number, TicketHistory.RESPONSE_SLA_BREACHED, null, null);
  }

  public void recordResolveBreach(String number) {
    LocalDateTime now = time.localNow();
    update(number, "UPDATE ticket SET resolve_breached_at = ?, resolve_sla_met = FALSE, updated_at = ?"
        + " WHERE ticket_number = ?", ts(now), ts(now), number);
    event(number, TicketHistory.RESOLVE_SLA_BREACHED, null, null);
  }

  public void recordEscalation(String number, String toGroup, String actor, String reason) {
    LocalDateTime now = time.localNow();
    update(number, """
        UPDATE ticket SET escalation_level = escalation_level + 1, escalated_at = ?, status = ?, handler_group = ?,
          updated_at = ? WHERE ticket_number = ?""",
        ts(now), TicketStatus.ESCALATED.code(), toGroup, ts(now), number);
    event(number, TicketEvent.ESCALATED, actor, "→ " + toGroup + (reason == null ? "" : ": " + reason));
  }

  public void recordMajor(String number) {
    event(number, TicketHistory.MAJOR_INCIDENT_DECLARED, null, null);
  }

  /** Major-incident handling started for the ticket (by the priority decision or by second line). */
  public void recordMajorDeclared(String number, String actor, String reason) {
    update(number, "UPDATE ticket SET major = TRUE, updated_at = ? WHERE ticket_number = ?", ts(time.localNow()), number);
    event(number, TicketHistory.MAJOR_INCIDENT_DECLARED, actor, reason);
  }

  public void recordKnowledgeUsed(String number, String articleId, String actor) {
    if (articleId == null || articleId.isBlank()) {
      return;
    }
    update(number, "UPDATE ticket SET knowledge_article_used = ?, updated_at = ? WHERE ticket_number = ?",
        articleId, ts(time.localNow()), number);
    event(number, TicketHistory.KNOWLEDGE_USED, actor, articleId);
  }

  public void recordProblemLink(String number, String problemNumber, String actor) {
    if (problemNumber == null || problemNumber.isBlank()) {
      return;
    }
    update(number, "UPDATE ticket SET problem_number = ?, updated_at = ? WHERE ticket_number = ?",
        problemNumber, ts(time.localNow()), number);
    event(number, TicketHistory.PROBLEM_LINKED, actor, problemNumber);
  }

  /** The reporter confirmed the solution: the resolution clock stops. */
  public void recordResolution(String number, String solution, String actor) {
    LocalDateTime now = time.localNow();
    update(number, """
        UPDATE ticket SET solution = ?, resolved_at = ?, status = ?, updated_at = ?,
          resolve_sla_met = CASE WHEN resolve_sla_met IS NOT NULL THEN resolve_sla_met
                                 WHEN resolve_due_at IS NULL THEN TRUE
                                 ELSE resolve_due_at >= ? END
        WHERE ticket_number = ?""",
        solution, ts(now), TicketStatus.RESOLVED.code(), ts(now), ts(now), number);
    event(number, TicketEvent.RESOLVED, actor, solution);
  }

  /** B-2.3.1 step 2: the request is outside the service's scope — sent back with the reason, the ticket closes as such. */
  public void recordReturn(String number, String actor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("字段 returnReason（退回原因）必填 / field 'returnReason' is required when the"
          + " request is sent back");
    }
    LocalDateTime now = time.localNow();
    update(number, "UPDATE ticket SET closed_at = ?, status = ?, updated_at = ? WHERE ticket_number = ?",
        ts(now), TicketStatus.CLOSED.code(), ts(now), number);
    event(number, TicketEvent.RETURNED, actor, reason);
  }

  public void recordReopen(String number, String actor, String reason) {
    update(number, "UPDATE ticket SET reopen_count = reopen_count + 1, updated_at = ? WHERE ticket_number = ?",
        ts(time.localNow()), number);
    event(number, TicketEvent.REOPENED, actor, reason);
  }

  public void recordClosure(String number, boolean newKnowledgeCandidate, String note, String actor) {
    LocalDateTime now = time.localNow();
    update(number, "UPDATE ticket SET closed_at = ?, status = ?, new_knowledge_candidate = ?, updated_at = ?"
        + " WHERE ticket_number = ?", ts(now), TicketStatus.CLOSED.code(), newKnowledgeCandidate, ts(now), number);
    event(number, TicketEvent.CLOSED, actor, note);
  }

  /** The incident's category (事件分类) for the period reports, chosen when it is closed. */
  public void recordCategory(String number, String category) {
    update(number, "UPDATE ticket SET category = ? WHERE ticket_number = ?", category, number);
  }

  public void openTransfer(String number, String fromGroup, String toGroup) {
    jdbc.update("""
        INSERT INTO transfer_tracking (ticket_number, from_group, to_group, status, opened_at, tracking_count,
          reopen_count) VALUES (?, ?, ?, 'open', ?, 0, 0)""", number, fromGroup, toGroup, ts(time.localNow()));
    event(number, TicketEvent.TRANSFER_OPENED, null, fromGroup + " → " + toGroup);
  }

  public void trackTransfer(String number) {
    jdbc.update("UPDATE transfer_tracking SET last_tracked_at = ?, tracking_count = tracking_count + 1"
        + " WHERE ticket_number = ?", ts(time.localNow()), number);
    event(number, TicketEvent.TRANSFER_TRACKED, null, null);
  }

  /** Second line returned a solution: whoever did is the ticket's handler from now on. */
  public void transferSolutionReturned(String number, String actor) {
    jdbc.update("UPDATE transfer_tracking SET solution_returned_at = ?, status = 'returned' WHERE ticket_number = ?",
        ts(time.localNow()), number);
    if (actor != null) {
      jdbc.update("UPDATE ticket SET handler = ?, updated_at = ? WHERE ticket_number = ?", actor, ts(time.localNow()),
          number);
    }
    event(number, TicketHistory.TRANSFER_SOLUTION_RETURNED, actor, null);
  }

  public void transferReopened(String number, String actor, String reason) {
    jdbc.update("UPDATE transfer_tracking SET status = 'open', reopen_count = reopen_count + 1"
        + " WHERE ticket_number = ?", number);
    recordReopen(number, actor, reason);
  }

  public void closeTransfer(String number) {
    jdbc.update("UPDATE transfer_tracking SET status = 'closed', closed_at = ? WHERE ticket_number = ?",
        ts(time.localNow()), number);
    event(number, TicketEvent.TRANSFER_CLOSED, null, null);
  }

  /** Adds an entry to the ticket's history, stamped now. */
  public void event(String number, TicketEventCode type, String actor, String detail) {
    event(number, type.code(), actor, detail);
  }

  public void event(String number, String type, String actor, String detail) {
    jdbc.update("INSERT INTO ticket_event (ticket_number, event_type, occurred_at, actor, detail) VALUES (?, ?, ?, ?, ?)",
        number, type, ts(time.localNow()), actor, truncate(detail));
  }

  @Transactional(readOnly = true)
  public Optional<Ticket> find(String number) {
    return jdbc.query("SELECT * FROM ticket WHERE ticket_number = ?", TicketService::map, number).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<TicketEventRecord> events(String number) {
    return jdbc.query("SELECT event_type, occurred_at, actor, detail FROM ticket_event WHERE ticket_number = ?"
            + " ORDER BY occurred_at, id",
        (rs, i) -> new TicketEventRecord(rs.getString(1), local(rs.getTimestamp(2)), rs.getString(3), rs.getString(4)),
        number);
  }

  @Transactional(readOnly = true)
  public Optional<String> transferStatus(String number) {
    return jdbc.queryForList("SELECT status FROM transfer_tracking WHERE ticket_number = ?", String.class, number)
        .stream().findFirst();
  }

  @Transactional(readOnly = true)
  public int count() {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Integer.class);
    return n == null ? 0 : n;
  }

  private void update(String number, String sql, Object... args) {
    int rows = jdbc.update(sql, args);
    if (rows == 0 && sql.contains("responded_at IS NULL")) {
      return; // responded before: the first response counts
    }
    if (rows == 0) {
      throw new IllegalStateException("No ticket " + number + " in the register");
    }
  }

  private static String truncate(String detail) {
    return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  static Ticket map(ResultSet rs, int row) throws SQLException {
    return new Ticket(rs.getString("ticket_number"), rs.getString("ticket_type"), rs.getString("process_instance_id"),
        rs.getString("system_id"), rs.getString("channel"), rs.getString("reporter"), rs.getString("reporter_email"),
        rs.getString("summary"), rs.getString("description"), rs.getString("impact"), rs.getString("urgency"),
        rs.getBoolean("important_period"), rs.getString("priority"), (Boolean) rs.getObject("major"),
        rs.getString("status"), local(rs.getTimestamp("created_at")), rs.getString("created_by"),
        local(rs.getTimestamp("response_due_at")), local(rs.getTimestamp("resolve_due_at")),
        local(rs.getTimestamp("responded_at")), local(rs.getTimestamp("resolved_at")),
        local(rs.getTimestamp("closed_at")), (Boolean) rs.getObject("response_sla_met"),
        (Boolean) rs.getObject("resolve_sla_met"), local(rs.getTimestamp("response_breached_at")),
        local(rs.getTimestamp("resolve_breached_at")), rs.getString("handler"), rs.getString("handler_group"),
        rs.getInt("escalation_level"), local(rs.getTimestamp("escalated_at")), rs.getString("problem_number"),
        rs.getString("knowledge_article_used"), rs.getString("solution"),
        (Boolean) rs.getObject("new_knowledge_candidate"), rs.getInt("reopen_count"), rs.getString("category"));
  }
}
