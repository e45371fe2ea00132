package com.opsflow.datamaintenance;

import com.opsflow.approval.ApprovalProcess;
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
 * The data-maintenance register ({@code data_maintenance}, {@code data_maintenance_plan}): what each step
 * of a DM ticket recorded, by whom and when. Written in the engine's transaction; read by the report and REST.
 */
@Service
@Transactional
public class DataMaintenanceRegister {

  /** A DM ticket as recorded. */
  public record Request(String ticketNumber, String processInstanceId, String system, String incidentNumber,
      String status, String communicationNote, String communicatedBy, String analysisNote, String dataCategory,
      String analysedBy, int currentVersion, Boolean userSatisfied, String confirmationNote, String confirmedBy,
      LocalDateTime confirmedAt, LocalDateTime createdAt) {
  }

  /** One version of the plan and what happened to it. */
  public record Plan(int version, String author, LocalDateTime writtenAt, String dataCategory, String planSteps,
      long expectedRecords, String beforeImage, String rollbackSteps, String approvalOutcome, String approvalReason,
      String approvedBy, LocalDateTime reviewedAt, String testOutcome, Long testRecords, String testResult,
      String testedBy, LocalDateTime testedAt, Long actualRecords, String executionNote, String executedBy,
      LocalDateTime executedAt, String mismatchDecision, String mismatchReason, String mismatchDecidedBy,
      LocalDateTime mismatchDecidedAt, Long restoredRecords, String rollbackNote, String rolledBackBy,
      LocalDateTime rolledBackAt) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  DataMaintenanceRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void open(String number, String processInstanceId, String system, String incidentNumber) {
    Timestamp now = now();
    jdbc.update("INSERT INTO data_maintenance (ticket_number, process_instance_id, system_id, incident_number, status,"
        + " current_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)", number, processInstanceId, system,
        incidentNumber, "requested", now, now);
  }

  void communicated(String number, String note, String actor) {
    update(number, "UPDATE data_maintenance SET communication_note = ?, communicated_by = ?, status = 'communicated',"
        + " updated_at = ? WHERE ticket_number = ?", note, actor, now(), number);
  }

  void analysed(String number, String note, String category, String actor) {
    update(number, "UPDATE data_maintenance SET analysis_note = ?, data_category = ?, analysed_by = ?,"
        + " status = 'analysed', updated_at = ? WHERE ticket_number = ?", note, category, actor, now(), number);
  }

  /** Stores a new version of the plan and returns its number (1, 2, …). */
  int planWritten(String number, String author, String category, String steps, long expected, String beforeImage,
      String rollbackSteps) {
    Integer current = jdbc.queryForObject("SELECT current_version FROM data_maintenance WHERE ticket_number = ?",
        Integer.class, number);
    int version = (current == null ? 0 : current) + 1;
    jdbc.update("INSERT INTO data_maintenance_plan (ticket_number, version, author, written_at, data_category, plan_steps,"
        + " expected_records, before_image, rollback_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", number, version, author,
        now(), category, steps, expected, beforeImage, rollbackSteps);
    update(number, "UPDATE data_maintenance SET current_version = ?, data_category = ?, status = 'in-review',"
        + " updated_at = ? WHERE ticket_number = ?", version, category, now(), number);
    return version;
  }

  void reviewed(String number, String outcome, String reason, String approvedBy) {
    plan(number, "approval_outcome = ?, approval_reason = ?, approved_by = ?, reviewed_at = ?", outcome, reason,
        approvedBy, now());
    status(number, ApprovalProcess.APPROVED.equals(outcome) ? "approved" : ApprovalProcess.REJECTED.equals(outcome) ? "rejected" : "rework");
  }

  void tested(String number, String outcome, long records, String result, String actor) {
    plan(number, "test_outcome = ?, test_records = ?, test_result = ?, tested_by = ?, tested_at = ?", outcome, records,
        result, actor, now());
    status(number, DataMaintenanceProcess.TEST_PASSED.equals(outcome) ? "tested" : "test-failed");
  }

  void executed(String number, long actual, String note, String actor, boolean match) {
    plan(number, "actual_records = ?, execution_note = ?, executed_by = ?, executed_at = ?", actual, note, actor, now());
    status(number, match ? "executed" : "count-mismatch");
  }

  void mismatchDecided(String number, String decision, String reason, String actor) {
    plan(number, "mismatch_decision = ?, mismatch_reason = ?, mismatch_decided_by = ?, mismatch_decided_at = ?",
        decision, reason, actor, now());
    status(number, DataMaintenanceProcess.ROLL_BACK.equals(decision) ? "rolling-back" : "mismatch-accepted");
  }

  void rolledBack(String number, long restored, String note, String actor) {
    plan(number, "restored_records = ?, rollback_note = ?, rolled_back_by = ?, rolled_back_at = ?", restored, note,
        actor, now());
    status(number, "rolled-back");
  }

  void confirmed(String number, boolean satisfied, String note, String actor) {
    update(number, "UPDATE data_maintenance SET user_satisfied = ?, confirmation_note = ?, confirmed_by = ?,"
        + " confirmed_at = ?, status = ?, updated_at = ? WHERE ticket_number = ?", satisfied, note, actor, now(),
        satisfied ? "confirmed" : "reopened", now(), number);
  }

  void status(String number, String status) {
    update(number, "UPDATE data_maintenance SET status = ?, updated_at = ? WHERE ticket_number = ?", status, now(),
        number);
  }

  @Transactional(readOnly = true)
  public Optional<Request> find(String number) {
    return jdbc.query("SELECT * FROM data_maintenance WHERE ticket_number = ?", DataMaintenanceRegister::request, number)
        .stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<Plan> plans(String number) {
    return jdbc.query("SELECT * FROM data_maintenance_plan WHERE ticket_number = ? ORDER BY version",
        DataMaintenanceRegister::plan, number);
  }

  @Transactional(readOnly = true)
  public Optional<Plan> currentPlan(String number) {
    return jdbc.query("SELECT p.* FROM data_maintenance_plan p JOIN data_maintenance d ON d.ticket_number = p.ticket_number"
        + " AND d.current_version = p.version WHERE p.ticket_number = ?", DataMaintenanceRegister::plan, number)
        .stream().findFirst();
  }

  private void plan(String number, String set, Object... args) {
    Object[] all = new Object[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = number;
    update(number, "UPDATE data_maintenance_plan SET " + set + " WHERE ticket_number = ? AND version ="
        + " (SELECT current_version FROM data_maintenance WHERE ticket_number = data_maintenance_plan.ticket_number)", all);
  }

  private void update(String number, String sql, Object... args) {
    if (jdbc.update(sql, args) == 0) {
      throw new IllegalStateException("No data maintenance " + number + " (or no plan yet) in the register");
    }
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static Request request(ResultSet rs, int row) throws SQLException {
    return new Request(rs.getString("ticket_number"), rs.getString("process_instance_id"), rs.getString("system_id"),
        rs.getString("incident_number"), rs.getString("status"), rs.getString("communication_note"),
        rs.getString("communicated_by"), rs.getString("analysis_note"), rs.getString("data_category"),
        rs.getString("analysed_by"), rs.getInt("current_version"), (Boolean) rs.getObject("user_satisfied"),
        rs.getString("confirmation_note"), rs.getString("confirmed_by"), local(rs.getTimestamp("confirmed_at")),
        local(rs.getTimestamp("created_at")));
  }

  private static Plan plan(ResultSet rs, int row) throws SQLException {
    return new Plan(rs.getInt("version"), rs.getString("author"), local(rs.getTimestamp("written_at")),
        rs.getString("data_category"), rs.getString("plan_steps"), rs.getLong("expected_records"),
        rs.getString("before_image"), rs.getString("rollback_steps"), rs.getString("approval_outcome"),
        rs.getString("approval_reason"), rs.getString("approved_by"), local(rs.getTimestamp("reviewed_at")),
        rs.getString("test_outcome"), longOrNull(rs, "test_records"), rs.getString("test_result"),
        rs.getString("tested_by"), local(rs.getTimestamp("tested_at")), longOrNull(rs, "actual_records"),
        rs.getString("execution_note"), rs.getString("executed_by"), local(rs.getTimestamp("executed_at")),
        rs.getString("mismatch_decision"), rs.getString("mismatch_reason"), rs.getString("mismatch_decided_by"),
        local(rs.getTimestamp("mismatch_decided_at")), longOrNull(rs, "restored_records"), rs.getString("rollback_note"),
        rs.getString("rolled_back_by"), local(rs.getTimestamp("rolled_back_at")));
  }
}
