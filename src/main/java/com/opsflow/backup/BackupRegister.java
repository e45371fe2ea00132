package com.opsflow.backup;

import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tables {@code backup_check} and {@code backup_audit} (V46). */
@Repository
public class BackupRegister {

  public record Check(String number, String system, LocalDate day, String status, Boolean done, BigDecimal sizeMb,
      String verification, String location, String note, String checkedBy, String incidentNumber) {
  }

  public record Audit(String number, String system, String month, String status, int daysChecked, int daysOk,
      int daysFailed, int daysMissed, String analysis, String advice, LocalDateTime restoreTestedAt,
      String restoreScope, String restoreResult, String restoreNote, String auditedBy, String incidentNumber,
      LocalDateTime overdueFlaggedAt) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  BackupRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void openCheck(String number, String instanceId, String system, LocalDate day) {
    jdbc.update("INSERT INTO backup_check (check_number, process_instance_id, system_id, backup_day, status, created_at)"
        + " VALUES (?, ?, ?, ?, 'open', ?)", number, instanceId, system, Date.valueOf(day), now());
  }

  void checked(String number, boolean done, BigDecimal sizeMb, String verification, String location, String note,
      boolean ok, String user) {
    jdbc.update("UPDATE backup_check SET status = ?, backup_done = ?, size_mb = ?, verification = ?, location = ?,"
            + " note = ?, checked_by = ?, checked_at = ? WHERE check_number = ?", ok ? "ok" : "failed", done, sizeMb,
        verification, location, note, user, now(), number);
  }

  void missed(String number) {
    jdbc.update("UPDATE backup_check SET status = 'missed' WHERE check_number = ?", number);
  }

  void checkIncident(String number, String incident) {
    jdbc.update("UPDATE backup_check SET incident_number = ? WHERE check_number = ?", incident, number);
    jdbc.update("UPDATE backup_audit SET incident_number = ? WHERE audit_number = ?", incident, number);
  }

  public Optional<Check> check(String number) {
    return jdbc.query("SELECT * FROM backup_check WHERE check_number = ?", (rs, i) -> mapCheck(rs), number).stream()
        .findFirst();
  }

  public List<Check> checks(String system, YearMonth month) {
    return checks(system, month.atDay(1), month.atEndOfMonth());
  }

  private List<Check> checks(String system, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM backup_check WHERE system_id = ? AND backup_day >= ? AND backup_day <= ?"
        + " ORDER BY backup_day, check_number", (rs, i) -> mapCheck(rs), system, Date.valueOf(from), Date.valueOf(to));
  }

  void openAudit(String number, String instanceId, String system, YearMonth month, int checked, int ok, int failed,
      int missed) {
    jdbc.update("INSERT INTO backup_audit (audit_number, process_instance_id, system_id, audited_month, status,"
            + " days_checked, days_ok, days_failed, days_missed, created_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)",
        number, instanceId, system, month.toString(), checked, ok, failed, missed, now());
  }

  void audited(String number, String analysis, String advice, LocalDateTime restoreAt, String scope, String result,
      String note, String user) {
    jdbc.update("UPDATE backup_audit SET status = 'audited', analysis = ?, advice = ?, restore_tested_at = ?,"
            + " restore_scope = ?, restore_result = ?, restore_note = ?, audited_by = ?, audited_at = ?"
            + " WHERE audit_number = ?", analysis, advice, Timestamp.valueOf(restoreAt), scope, result, note, user,
        now(), number);
  }

  public Optional<Audit> audit(String number) {
    return jdbc.query("SELECT * FROM backup_audit WHERE audit_number = ?", (rs, i) -> mapAudit(rs), number).stream()
        .findFirst();
  }

  /** The daily checks of {@code system} (every system when null) from {@code from} to {@code to}, both inclusive. */
  public List<Check> checksBetween(String system, LocalDate from, LocalDate to) {
    if (system == null) {
      return jdbc.query("SELECT * FROM backup_check WHERE backup_day >= ? AND backup_day <= ?"
          + " ORDER BY system_id, backup_day, check_number", (rs, i) -> mapCheck(rs), Date.valueOf(from),
          Date.valueOf(to));
    }
    return checks(system, from, to);
  }

  /** The audits of the months from {@code from} to {@code to} (both inclusive), of one system or all. */
  public List<Audit> audits(String system, YearMonth from, YearMonth to) {
    if (system == null) {
      return jdbc.query("SELECT * FROM backup_audit WHERE audited_month >= ? AND audited_month <= ?"
          + " ORDER BY system_id, audited_month, audit_number", (rs, i) -> mapAudit(rs), from.toString(), to.toString());
    }
    return jdbc.query("SELECT * FROM backup_audit WHERE system_id = ? AND audited_month >= ? AND audited_month <= ?"
        + " ORDER BY audited_month, audit_number", (rs, i) -> mapAudit(rs), system, from.toString(), to.toString());
  }

  /** The month's audit is still open when its month ended: flagged once, kept on the register (issue 12). */
  void auditOverdue(String number) {
    jdbc.update("UPDATE backup_audit SET overdue_flagged_at = ? WHERE audit_number = ? AND overdue_flagged_at IS NULL",
        now(), number);
  }

  private static Audit mapAudit(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Audit(
        rs.getString("audit_number"), rs.getString("system_id"), rs.getString("audited_month"), rs.getString("status"),
        rs.getInt("days_checked"), rs.getInt("days_ok"), rs.getInt("days_failed"), rs.getInt("days_missed"),
        rs.getString("analysis"), rs.getString("advice"),
        rs.getTimestamp("restore_tested_at") == null ? null : rs.getTimestamp("restore_tested_at").toLocalDateTime(),
        rs.getString("restore_scope"), rs.getString("restore_result"), rs.getString("restore_note"),
        rs.getString("audited_by"), rs.getString("incident_number"),
        rs.getTimestamp("overdue_flagged_at") == null ? null : rs.getTimestamp("overdue_flagged_at").toLocalDateTime());
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private static Check mapCheck(java.sql.ResultSet rs) throws java.sql.SQLException {
    Object done = rs.getObject("backup_done");
    return new Check(rs.getString("check_number"), rs.getString("system_id"), rs.getDate("backup_day").toLocalDate(),
        rs.getString("status"), done == null ? null : rs.getBoolean("backup_done"), rs.getBigDecimal("size_mb"),
        rs.getString("verification"), rs.getString("location"), rs.getString("note"), rs.getString("checked_by"),
        rs.getString("incident_number"));
  }
}
