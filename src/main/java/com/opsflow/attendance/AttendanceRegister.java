package com.opsflow.attendance;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The attendance tables (V28): imported days, corrections (all kept) and the ranges the imports cover. */
@Repository
class AttendanceRegister {

  record Day(String engineer, LocalDate date, LocalTime signIn, LocalTime signOut, String importedBy,
      LocalDateTime importedAt, String sourceName) {
  }

  record Correction(long id, String engineer, LocalDate date, LocalTime signIn, LocalTime signOut, String reason,
      String correctedBy, LocalDateTime correctedAt) {
  }

  record Coverage(LocalDate from, LocalDate to) {
  }

  private final JdbcTemplate jdbc;

  AttendanceRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void replaceDay(AttendanceLog.Entry e, String importedBy, LocalDateTime at, String sourceName) {
    jdbc.update("DELETE FROM attendance_day WHERE engineer = ? AND work_date = ?", e.engineer(), e.date());
    jdbc.update("INSERT INTO attendance_day (engineer, work_date, sign_in, sign_out, imported_by, imported_at, source_name)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", e.engineer(), e.date(), e.signIn(), e.signOut(), importedBy,
        Timestamp.valueOf(at), sourceName);
  }

  void recordImport(String sourceName, LocalDate from, LocalDate to, int days, String importedBy, LocalDateTime at) {
    jdbc.update("INSERT INTO attendance_import (source_name, covered_from, covered_to, day_count, imported_by, imported_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", sourceName, from, to, days, importedBy, Timestamp.valueOf(at));
  }

  void addCorrection(String engineer, LocalDate date, LocalTime signIn, LocalTime signOut, String reason, String by,
      LocalDateTime at) {
    jdbc.update("INSERT INTO attendance_correction (engineer, work_date, sign_in, sign_out, reason, corrected_by,"
        + " corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?)", engineer, date, signIn, signOut, reason, by, Timestamp.valueOf(at));
  }

  /** Imported days of the engineer in [from, to] (both inclusive). */
  List<Day> days(String engineer, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM attendance_day WHERE engineer = ? AND work_date >= ? AND work_date <= ?"
        + " ORDER BY work_date", (rs, n) -> new Day(rs.getString("engineer"), rs.getObject("work_date", LocalDate.class),
        rs.getObject("sign_in", LocalTime.class), rs.getObject("sign_out", LocalTime.class), rs.getString("imported_by"),
        rs.getTimestamp("imported_at").toLocalDateTime(), rs.getString("source_name")), engineer, from, to);
  }

  /** Corrections of the engineer in [from, to], oldest first (the last one of a day is in force). */
  List<Correction> corrections(String engineer, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM attendance_correction WHERE engineer = ? AND work_date >= ? AND work_date <= ?"
        + " ORDER BY work_date, id", (rs, n) -> new Correction(rs.getLong("id"), rs.getString("engineer"),
        rs.getObject("work_date", LocalDate.class), rs.getObject("sign_in", LocalTime.class),
        rs.getObject("sign_out", LocalTime.class), rs.getString("reason"), rs.getString("corrected_by"),
        rs.getTimestamp("corrected_at").toLocalDateTime()), engineer, from, to);
  }

  /** Whether the engineer's month has been reported to the vendor's company (B-2.4.5.1(1)3)). */
  boolean vendorReported(String engineer, YearMonth month) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM attendance_vendor_report WHERE engineer = ? AND report_month = ?",
        Integer.class, engineer, month.toString());
    return n != null && n > 0;
  }

  /** Keeps the report of the engineer's month; returns its number (ATT-yyyyMM01-NNNN, the notification's key). */
  String recordVendorReport(String engineer, YearMonth month, int lateOrEarly, String recipients, LocalDateTime at) {
    String pending = "ATT-" + month.atDay(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-pending";
    jdbc.update("INSERT INTO attendance_vendor_report (engineer, report_month, late_or_early, report_number, recipients,"
        + " reported_at) VALUES (?, ?, ?, ?, ?, ?)", engineer, month.toString(), lateOrEarly, pending, recipients,
        Timestamp.valueOf(at));
    Long id = jdbc.queryForObject("SELECT id FROM attendance_vendor_report WHERE engineer = ? AND report_month = ?", Long.class,
        engineer, month.toString());
    String number = pending.replace("pending", String.format("%04d", id));
    jdbc.update("UPDATE attendance_vendor_report SET report_number = ? WHERE id = ?", number, id);
    return number;
  }

  /** The ranges imported logs cover that overlap [from, to]. */
  List<Coverage> coverage(LocalDate from, LocalDate to) {
    return jdbc.query("SELECT covered_from, covered_to FROM attendance_import WHERE covered_from <= ? AND covered_to >= ?",
        (rs, n) -> new Coverage(rs.getObject("covered_from", LocalDate.class), rs.getObject("covered_to", LocalDate.class)),
        to, from);
  }
}
