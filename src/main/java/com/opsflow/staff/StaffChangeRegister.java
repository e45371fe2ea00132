package com.opsflow.staff;

import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The register {@code staff_change}: every requested change of a resident engineer with the bureau's decision.
 * The roster of a contract is the configured engineers ({@code opsflow.scoring.engineers.*}) changed by the
 * completed changes, in order.
 */
@Service
public class StaffChangeRegister {

  public static final String PENDING = "pending";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final String COMPLETED = "completed";

  public record StaffChange(String changeNumber, String contract, String leavingEngineer, String replacementEngineer,
      String engineerRole, LocalDate lastDay, boolean alreadyReplaced, String requestedBy, LocalDate requestedOn,
      Boolean noticeShort, Integer staffingAfter, Boolean staffingBreach, String status, String decidedBy,
      String handedOverTasks) {
  }

  private static final RowMapper<StaffChange> ROW = (rs, i) -> new StaffChange(rs.getString("change_number"),
      rs.getString("contract"), rs.getString("leaving_engineer"), rs.getString("replacement_engineer"),
      rs.getString("engineer_role"), rs.getDate("last_day").toLocalDate(), rs.getBoolean("already_replaced"),
      rs.getString("requested_by"), rs.getTimestamp("requested_at").toLocalDateTime().toLocalDate(),
      (Boolean) rs.getObject("notice_short"), (Integer) rs.getObject("staffing_after"),
      (Boolean) rs.getObject("staffing_breach"), rs.getString("status"), rs.getString("decided_by"),
      rs.getString("handed_over_tasks"));

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  StaffChangeRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void register(String number, String instanceId, String contract, String leaving, String replacement, String role,
      LocalDate lastDay, String reason, boolean alreadyReplaced, String requestedBy) {
    jdbc.update("""
        INSERT INTO staff_change (change_number, process_instance_id, contract, leaving_engineer, replacement_engineer,
          engineer_role, last_day, reason, already_replaced, requested_by, requested_at, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", number, instanceId, contract, leaving, replacement, role,
        java.sql.Date.valueOf(lastDay), reason, alreadyReplaced, requestedBy, Timestamp.valueOf(time.localNow()), PENDING);
  }

  void checked(String number, boolean noticeShort, int staffingAfter, int minimum, boolean breach) {
    jdbc.update("UPDATE staff_change SET notice_short = ?, staffing_after = ?, minimum_engineers = ?, staffing_breach = ?"
        + " WHERE change_number = ?", noticeShort, staffingAfter, minimum, breach, number);
  }

  void decide(String number, String status, String by, String comment) {
    jdbc.update("UPDATE staff_change SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ?"
        + " WHERE change_number = ?", status, by, Timestamp.valueOf(time.localNow()), comment, number);
  }

  void completed(String number, String documents, String tasks) {
    jdbc.update("UPDATE staff_change SET status = ?, handover_documents = ?, handed_over_tasks = ?, completed_at = ?"
        + " WHERE change_number = ?", COMPLETED, documents, tasks, Timestamp.valueOf(time.localNow()), number);
  }

  public Optional<StaffChange> find(String number) {
    return jdbc.query("SELECT * FROM staff_change WHERE change_number = ?", ROW, number).stream().findFirst();
  }

  /** Every change, newest first, optionally of one contract and/or status. */
  public List<StaffChange> list(String contract, String status) {
    StringBuilder sql = new StringBuilder("SELECT * FROM staff_change WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (contract != null) {
      sql.append(" AND contract = ?");
      args.add(contract);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      args.add(status);
    }
    sql.append(" ORDER BY requested_at DESC, change_number DESC");
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  /** The contract's engineers now: the configured ones changed by every completed change, oldest first. */
  public List<String> roster(String contract, List<String> configured) {
    Set<String> roster = new LinkedHashSet<>(configured);
    for (StaffChange c : jdbc.query("SELECT * FROM staff_change WHERE contract = ? AND status = ? ORDER BY completed_at",
        ROW, contract, COMPLETED)) {
      roster.remove(c.leavingEngineer());
      if (c.replacementEngineer() != null) {
        roster.add(c.replacementEngineer());
      }
    }
    return new ArrayList<>(roster);
  }

  /**
   * Replacements made before the bureau consented (A-4.3, B-2.4.3(8)(9)) on {@code contract} requested in
   * {@code [from, to)} that concern {@code engineer}: the replacement now on the post, or the engineer who left
   * without one.
   */
  public List<StaffChange> unauthorized(String engineer, String contract, LocalDate from, LocalDate to) {
    return jdbc.query("""
        SELECT * FROM staff_change WHERE contract = ? AND already_replaced = TRUE AND requested_at >= ? AND requested_at < ?
          AND (replacement_engineer = ? OR (replacement_engineer IS NULL AND leaving_engineer = ?))
        ORDER BY requested_at""", ROW, contract, Timestamp.valueOf(from.atStartOfDay()),
        Timestamp.valueOf(to.atStartOfDay()), engineer, engineer);
  }
}
