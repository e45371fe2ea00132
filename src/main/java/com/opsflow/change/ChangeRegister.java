package com.opsflow.change;

import com.opsflow.ticket.TicketTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change register and the forward schedule of changes (变更日程): windows in the bureau's local time.
 * Writes run in the engine's transaction.
 */
@Service
@Transactional
public class ChangeRegister {

  /** Statuses of a change whose window is booked: approved and not yet finished. */
  public static final List<String> BOOKED = List.of(ChangeStatus.APPROVED, ChangeStatus.IMPLEMENTED);

  public record ScheduledChange(String ticketNumber, String system, String changeType, String summary, String riskClass,
      String status, LocalDateTime windowStart, LocalDateTime windowEnd, String implementers, String approvedBy,
      String scheduleConflicts) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  ChangeRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  public void register(String number, String processInstanceId, String system, String changeType, String summary) {
    LocalDateTime now = time.localNow();
    jdbc.update("""
        INSERT INTO change_register (ticket_number, process_instance_id, system_id, change_type, summary, status,
          requested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, system, changeType, summary, ChangeStatus.REQUESTED, ts(now), ts(now));
  }

  public void status(String number, String status) {
    jdbc.update("UPDATE change_register SET status = ?, updated_at = ? WHERE ticket_number = ?", status,
        ts(time.localNow()), number);
  }

  public void riskClass(String number, String riskClass) {
    jdbc.update("UPDATE change_register SET risk_class = ?, updated_at = ? WHERE ticket_number = ?", riskClass,
        ts(time.localNow()), number);
  }

  public void plan(String number, LocalDateTime start, LocalDateTime end, String implementers, String resources,
      String author, String conflicts) {
    jdbc.update("""
        UPDATE change_register SET window_start = ?, window_end = ?, implementers = ?, resources = ?, plan_author = ?,
          schedule_conflicts = ?, status = ?, updated_at = ? WHERE ticket_number = ?""",
        ts(start), ts(end), implementers, resources, author, truncate(conflicts, 1000), ChangeStatus.PLANNED,
        ts(time.localNow()), number);
  }

  public void approved(String number, String approvedBy) {
    LocalDateTime now = time.localNow();
    jdbc.update("UPDATE change_register SET status = ?, approved_by = ?, approved_at = ?, updated_at = ?"
        + " WHERE ticket_number = ?", ChangeStatus.APPROVED, truncate(approvedBy, 500), ts(now), ts(now), number);
  }

  /** Booked changes (approved, not finished) of the system whose window overlaps [start, end), other than this one. */
  @Transactional(readOnly = true)
  public List<ScheduledChange> overlapping(String number, String system, LocalDateTime start, LocalDateTime end) {
    return jdbc.query("""
        SELECT * FROM change_register WHERE system_id = ? AND status IN (?, ?) AND ticket_number <> ?
          AND window_start < ? AND window_end > ? ORDER BY window_start, ticket_number""",
        ChangeRegister::map, system, BOOKED.get(0), BOOKED.get(1), number, ts(end), ts(start));
  }

  /** The forward schedule: changes with a window ending after {@code from}, optionally of one system. */
  @Transactional(readOnly = true)
  public List<ScheduledChange> schedule(String system, LocalDateTime from) {
    if (system == null) {
      return jdbc.query("SELECT * FROM change_register WHERE window_end > ? ORDER BY window_start, ticket_number",
          ChangeRegister::map, ts(from));
    }
    return jdbc.query("SELECT * FROM change_register WHERE system_id = ? AND window_end > ?"
        + " ORDER BY window_start, ticket_number", ChangeRegister::map, system, ts(from));
  }

  @Transactional(readOnly = true)
  public Optional<ScheduledChange> find(String number) {
    return jdbc.query("SELECT * FROM change_register WHERE ticket_number = ?", ChangeRegister::map, number).stream()
        .findFirst();
  }

  private static ScheduledChange map(ResultSet rs, int row) throws SQLException {
    return new ScheduledChange(rs.getString("ticket_number"), rs.getString("system_id"), rs.getString("change_type"),
        rs.getString("summary"), rs.getString("risk_class"), rs.getString("status"), local(rs.getTimestamp("window_start")),
        local(rs.getTimestamp("window_end")), rs.getString("implementers"), rs.getString("approved_by"),
        rs.getString("schedule_conflicts"));
  }

  private static LocalDateTime local(Timestamp ts) {
    return ts == null ? null : ts.toLocalDateTime();
  }

  private static Timestamp ts(LocalDateTime time) {
    return time == null ? null : Timestamp.valueOf(time);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
