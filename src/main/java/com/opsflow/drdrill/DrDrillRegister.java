package com.opsflow.drdrill;

import com.opsflow.ticket.TicketTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code dr_drill} (V47): one row per drill, the facts the approval, the result and the overdue flag rest on. */
@Repository
public class DrDrillRegister {

  public static final String PLANNING = "planning";
  public static final String PLANNED = "planned";
  public static final String APPROVED = "approved";
  public static final String DRILLED = "drilled";
  public static final String CLOSED = "closed";

  public record Drill(String number, String system, String schedule, String periodKey, LocalDate periodStart,
      LocalDate periodEnd, boolean scheduledRun, String status, int rtoTargetMinutes, int rpoTargetMinutes,
      LocalDateTime plannedAt, String scope, String method, String participants, String plannedBy,
      String approvedBy, LocalDateTime approvedAt, String approvalNote, String drilledBy, LocalDateTime drilledAt,
      String backupNote, Boolean applicationRestored, Boolean baseRestored, Integer rtoMinutes, Integer rpoMinutes,
      String problems, String improvements, String result, String resultReason, String problemNumber,
      LocalDateTime overdueFlaggedAt, LocalDateTime closedAt) {

    /** The half-year ended without this drill done (flagged, and still not drilled). */
    public boolean overdue() {
      return overdueFlaggedAt != null && !DRILLED.equals(status) && !CLOSED.equals(status);
    }
  }

  public record Plan(LocalDateTime plannedAt, String scope, String method, String participants, String plannedBy) {
  }

  public record Measured(String drilledBy, String backupNote, boolean applicationRestored, boolean baseRestored,
      int rtoMinutes, int rpoMinutes, String problems, String improvements) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  DrDrillRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void open(String number, String instanceId, String system, String schedule, String periodKey, LocalDate periodStart,
      LocalDate periodEnd, boolean scheduledRun, int rtoTarget, int rpoTarget) {
    jdbc.update("INSERT INTO dr_drill (drill_number, process_instance_id, system_id, schedule_id, period_key,"
            + " period_start, period_end, scheduled_run, status, rto_target_minutes, rpo_target_minutes, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number, instanceId, system, schedule, periodKey,
        Date.valueOf(periodStart), Date.valueOf(periodEnd), scheduledRun, PLANNING, rtoTarget, rpoTarget, now());
  }

  /** A plan submitted for approval; an earlier approval (of a rejected version) is cleared. */
  void planned(String number, Plan plan) {
    jdbc.update("UPDATE dr_drill SET status = ?, planned_at = ?, scope = ?, method = ?, participants = ?,"
            + " planned_by = ?, plan_submitted_at = ?, approved_by = NULL, approved_at = NULL WHERE drill_number = ?",
        PLANNED, Timestamp.valueOf(plan.plannedAt()), plan.scope(), plan.method(), plan.participants(),
        plan.plannedBy(), now(), number);
  }

  void approved(String number, String approver, String note) {
    jdbc.update("UPDATE dr_drill SET status = ?, approved_by = ?, approved_at = ?, approval_note = ?"
        + " WHERE drill_number = ?", APPROVED, approver, now(), note, number);
  }

  void rejected(String number, String approver, String note) {
    jdbc.update("UPDATE dr_drill SET status = ?, approval_note = ? WHERE drill_number = ?", PLANNING,
        "退回（" + approver + "）：" + note, number);
  }

  void drilled(String number, Measured m) {
    jdbc.update("UPDATE dr_drill SET status = ?, drilled_by = ?, drilled_at = ?, backup_note = ?,"
            + " application_restored = ?, base_restored = ?, rto_minutes = ?, rpo_minutes = ?, problems = ?,"
            + " improvements = ? WHERE drill_number = ?", DRILLED, m.drilledBy(), now(), m.backupNote(),
        m.applicationRestored(), m.baseRestored(), m.rtoMinutes(), m.rpoMinutes(), m.problems(), m.improvements(),
        number);
  }

  void judged(String number, String result, String reason) {
    jdbc.update("UPDATE dr_drill SET result = ?, result_reason = ? WHERE drill_number = ?", result, reason, number);
  }

  void problemOpened(String number, String problemNumber) {
    jdbc.update("UPDATE dr_drill SET problem_number = ? WHERE drill_number = ?", problemNumber, number);
  }

  void closed(String number) {
    jdbc.update("UPDATE dr_drill SET status = ?, closed_at = ? WHERE drill_number = ?", CLOSED, now(), number);
  }

  void overdueFlagged(String number) {
    jdbc.update("UPDATE dr_drill SET overdue_flagged_at = ? WHERE drill_number = ?", now(), number);
  }

  /** Drills of the system whose drill was recorded in the half-year starting then (whichever run, timer or by hand). */
  public int drilledInPeriod(String system, LocalDate periodStart) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM dr_drill WHERE system_id = ? AND period_start = ?"
        + " AND status IN (?, ?)", Integer.class, system, Date.valueOf(periodStart), DRILLED, CLOSED);
    return n == null ? 0 : n;
  }

  public Optional<Drill> find(String number) {
    return jdbc.query("SELECT * FROM dr_drill WHERE drill_number = ?", (rs, i) -> map(rs), number).stream()
        .findFirst();
  }

  /** Drills by system (or all) and year of their period (or all), oldest period first. */
  public List<Drill> list(String system, Integer year) {
    StringBuilder sql = new StringBuilder("SELECT * FROM dr_drill WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (system != null) {
      sql.append(" AND system_id = ?");
      args.add(system);
    }
    if (year != null) {
      sql.append(" AND period_start >= ? AND period_start <= ?");
      args.add(Date.valueOf(LocalDate.of(year, 1, 1)));
      args.add(Date.valueOf(LocalDate.of(year, 12, 31)));
    }
    sql.append(" ORDER BY period_start, created_at, drill_number");
    return jdbc.query(sql.toString(), (rs, i) -> map(rs), args.toArray());
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private static Drill map(ResultSet rs) throws SQLException {
    return new Drill(rs.getString("drill_number"), rs.getString("system_id"), rs.getString("schedule_id"),
        rs.getString("period_key"), rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
        rs.getBoolean("scheduled_run"), rs.getString("status"), rs.getInt("rto_target_minutes"),
        rs.getInt("rpo_target_minutes"), local(rs.getTimestamp("planned_at")), rs.getString("scope"),
        rs.getString("method"), rs.getString("participants"), rs.getString("planned_by"), rs.getString("approved_by"),
        local(rs.getTimestamp("approved_at")), rs.getString("approval_note"), rs.getString("drilled_by"),
        local(rs.getTimestamp("drilled_at")), rs.getString("backup_note"), bool(rs, "application_restored"),
        bool(rs, "base_restored"), integer(rs, "rto_minutes"), integer(rs, "rpo_minutes"), rs.getString("problems"),
        rs.getString("improvements"), rs.getString("result"), rs.getString("result_reason"),
        rs.getString("problem_number"), local(rs.getTimestamp("overdue_flagged_at")),
        local(rs.getTimestamp("closed_at")));
  }

  private static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
