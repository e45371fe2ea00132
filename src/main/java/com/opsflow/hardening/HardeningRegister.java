package com.opsflow.hardening;

import com.opsflow.hardening.SecurityHardeningProcess.Status;
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

/** Tables {@code hardening_check}, {@code hardening_finding} and {@code hardening_record} (V48). */
@Repository
public class HardeningRegister {

  public record Check(String number, String system, String schedule, String periodKey, String status, String reason,
      String scope, String method, Integer findingCount, String checkedBy) {
  }

  public record Finding(long id, String checkNumber, int seq, String system, String severity, String component,
      String description, String remedy, boolean configChange, String changeType, String status, LocalDate deadline,
      String deadlineSetBy, String changeNumber, String hardenedBy, LocalDateTime hardenedAt, String hardeningNote,
      String observation, int rollbackCount, String rollbackReason, int escalationCount, LocalDateTime escalatedAt,
      LocalDateTime closedAt) {
  }

  public record RecordEntry(String system, long findingId, String checkNumber, String severity, String component,
      String measure, String changeNumber, String hardenedBy, LocalDateTime hardenedAt, String observation,
      int rollbackCount, LocalDateTime recordedAt) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  HardeningRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void openCheck(String number, String instanceId, String system, String schedule, String periodKey) {
    jdbc.update("INSERT INTO hardening_check (check_number, process_instance_id, system_id, schedule_code, period_key,"
        + " status, created_at) VALUES (?, ?, ?, ?, ?, 'open', ?)", number, instanceId, system, schedule, periodKey,
        now());
  }

  /** The check and its findings, in one transaction with the task's completion. */
  List<Long> checked(String number, String system, String reason, String scope, String method, String note,
      String user, List<Findings.Finding> findings) {
    jdbc.update("UPDATE hardening_check SET status = 'checked', reason = ?, scope = ?, method = ?, note = ?,"
        + " finding_count = ?, checked_by = ?, checked_at = ? WHERE check_number = ?", reason, scope, method, note,
        findings.size(), user, now(), number);
    List<Long> ids = new ArrayList<>();
    int seq = 0;
    for (Findings.Finding f : findings) {
      seq++;
      jdbc.update("INSERT INTO hardening_finding (check_number, seq, system_id, severity, component, description,"
          + " remedy, config_change, change_type, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number,
          seq, system, f.severity(), f.component(), f.description(), f.remedy(), f.configChange(), f.changeType(),
          Status.OPEN, now());
      ids.add(jdbc.queryForObject("SELECT id FROM hardening_finding WHERE check_number = ? AND seq = ?", Long.class,
          number, seq));
    }
    return ids;
  }

  void closeCheck(String number) {
    jdbc.update("UPDATE hardening_check SET status = 'closed', closed_at = ? WHERE check_number = ?", now(), number);
  }

  void deadline(long id, LocalDate deadline, String note, String user) {
    jdbc.update("UPDATE hardening_finding SET deadline = ?, deadline_note = ?, deadline_set_by = ?, status = ?"
        + " WHERE id = ?", Date.valueOf(deadline), note, user, Status.HARDENING, id);
  }

  void change(long id, String changeNumber) {
    jdbc.update("UPDATE hardening_finding SET change_number = ? WHERE id = ?", changeNumber, id);
  }

  void hardened(long id, String note, String user) {
    jdbc.update("UPDATE hardening_finding SET status = ?, hardening_note = ?, hardened_by = ?, hardened_at = ?"
        + " WHERE id = ?", Status.MONITORING, note, user, now(), id);
  }

  void observed(long id, String observation, String user) {
    jdbc.update("UPDATE hardening_finding SET observation = ?, observed_by = ?, observed_at = ? WHERE id = ?",
        observation, user, now(), id);
  }

  /** Rolled back: the finding stays open with its reason until the bureau sets a new deadline. */
  void rolledBack(long id, String reason) {
    jdbc.update("UPDATE hardening_finding SET status = ?, rollback_reason = ?, rolled_back_at = ?,"
        + " rollback_count = rollback_count + 1 WHERE id = ?", Status.ROLLED_BACK, reason, now(),
        id);
  }

  void escalated(long id) {
    jdbc.update("UPDATE hardening_finding SET escalation_count = escalation_count + 1, escalated_at = ? WHERE id = ?",
        now(), id);
  }

  /** The finding closes and the system's hardening record (加固留档) gains its entry, in one transaction. */
  void closed(long id, String measure) {
    Finding f = finding(id).orElseThrow(() -> new IllegalStateException("No finding " + id));
    Timestamp now = now();
    jdbc.update("UPDATE hardening_finding SET status = ?, closed_at = ? WHERE id = ?", Status.CLOSED, now, id);
    jdbc.update("INSERT INTO hardening_record (system_id, finding_id, check_number, severity, component, measure,"
        + " change_number, hardened_by, hardened_at, observation, rollback_count, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", f.system(), id, f.checkNumber(), f.severity(), f.component(),
        measure, f.changeNumber(), f.hardenedBy(), f.hardenedAt() == null ? null : Timestamp.valueOf(f.hardenedAt()),
        f.observation(), f.rollbackCount(), now);
  }

  public Optional<Check> check(String number) {
    return jdbc.query("SELECT * FROM hardening_check WHERE check_number = ?", (rs, i) -> new Check(
        rs.getString("check_number"), rs.getString("system_id"), rs.getString("schedule_code"),
        rs.getString("period_key"), rs.getString("status"), rs.getString("reason"), rs.getString("scope"),
        rs.getString("method"), (Integer) rs.getObject("finding_count", Integer.class), rs.getString("checked_by")),
        number).stream().findFirst();
  }

  public Optional<Finding> finding(long id) {
    return jdbc.query("SELECT * FROM hardening_finding WHERE id = ?", (rs, i) -> map(rs), id).stream().findFirst();
  }

  public List<Finding> findings(String checkNumber) {
    return jdbc.query("SELECT * FROM hardening_finding WHERE check_number = ? ORDER BY seq", (rs, i) -> map(rs),
        checkNumber);
  }

  /** The register as managers read it: by system and status (both optional), newest check first. */
  public List<Finding> findings(String system, String status) {
    StringBuilder sql = new StringBuilder("SELECT * FROM hardening_finding WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (system != null) {
      sql.append(" AND system_id = ?");
      args.add(system);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      args.add(status);
    }
    sql.append(" ORDER BY created_at DESC, check_number DESC, seq");
    return jdbc.query(sql.toString(), (rs, i) -> map(rs), args.toArray());
  }

  public List<RecordEntry> record(String system) {
    return jdbc.query("SELECT * FROM hardening_record WHERE system_id = ? ORDER BY recorded_at, id", (rs, i) ->
        new RecordEntry(rs.getString("system_id"), rs.getLong("finding_id"), rs.getString("check_number"),
            rs.getString("severity"), rs.getString("component"), rs.getString("measure"), rs.getString("change_number"),
            rs.getString("hardened_by"), local(rs.getTimestamp("hardened_at")), rs.getString("observation"),
            rs.getInt("rollback_count"), local(rs.getTimestamp("recorded_at"))), system);
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  private static Finding map(ResultSet rs) throws SQLException {
    Date deadline = rs.getDate("deadline");
    return new Finding(rs.getLong("id"), rs.getString("check_number"), rs.getInt("seq"), rs.getString("system_id"),
        rs.getString("severity"), rs.getString("component"), rs.getString("description"), rs.getString("remedy"),
        rs.getBoolean("config_change"), rs.getString("change_type"), rs.getString("status"),
        deadline == null ? null : deadline.toLocalDate(), rs.getString("deadline_set_by"),
        rs.getString("change_number"), rs.getString("hardened_by"), local(rs.getTimestamp("hardened_at")),
        rs.getString("hardening_note"), rs.getString("observation"), rs.getInt("rollback_count"),
        rs.getString("rollback_reason"), rs.getInt("escalation_count"), local(rs.getTimestamp("escalated_at")),
        local(rs.getTimestamp("closed_at")));
  }
}
