package com.opsflow.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The delivered reports ({@code report_delivery}), written in the engine's transaction. */
@Component
class ReportDeliveryRegister {

  record Delivery(String number, String system, String kind, String period, LocalDate periodFrom, LocalDate periodTo,
      LocalDateTime dueAt, int generatedCount, int sendBackCount, String lastSendBackReason, LocalDateTime sentAt,
      Boolean late) {
  }

  private final JdbcTemplate jdbc;

  ReportDeliveryRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String system, String kind, String period) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM report_delivery WHERE system_id = ? AND report_kind = ?"
        + " AND period = ?", Integer.class, system, kind, period);
    return n != null && n > 0;
  }

  void open(String number, String system, ReportKind kind, ReportPeriod period, LocalDateTime dueAt) {
    jdbc.update("""
        INSERT INTO report_delivery (ticket_number, system_id, report_kind, period, period_from, period_to, due_at,
          generated_count, send_back_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)""", number, system, kind.code(),
        period.code(), period.from(), period.to(), Timestamp.valueOf(dueAt));
  }

  void generated(String number) {
    jdbc.update("UPDATE report_delivery SET generated_count = generated_count + 1 WHERE ticket_number = ?", number);
  }

  void sentBack(String number, String reason) {
    jdbc.update("UPDATE report_delivery SET send_back_count = send_back_count + 1, last_send_back_reason = ?"
        + " WHERE ticket_number = ?", reason, number);
  }

  void delivered(String number, String approvedBy, LocalDateTime at, boolean late) {
    jdbc.update("UPDATE report_delivery SET approved_by = ?, approved_at = ?, sent_at = ?, late = ? WHERE ticket_number = ?",
        approvedBy, Timestamp.valueOf(at), Timestamp.valueOf(at), late, number);
  }

  Optional<Delivery> find(String number) {
    return jdbc.query("SELECT * FROM report_delivery WHERE ticket_number = ?", (rs, i) -> map(rs), number).stream()
        .findFirst();
  }

  /** Monthly and quarterly reports of {@code system} for periods within [{@code from}, {@code to}) sent late. */
  List<Delivery> lateReports(String system, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM report_delivery WHERE system_id = ? AND late = TRUE AND period_from >= ?"
            + " AND period_to < ? AND report_kind IN (?, ?) ORDER BY period_from, ticket_number", (rs, i) -> map(rs),
        system, from, to, ReportKind.MONTHLY.code(), ReportKind.QUARTERLY.code());
  }

  private static Delivery map(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    Object late = rs.getObject("late");
    return new Delivery(rs.getString("ticket_number"), rs.getString("system_id"), rs.getString("report_kind"),
        rs.getString("period"), rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
        rs.getTimestamp("due_at").toLocalDateTime(), rs.getInt("generated_count"), rs.getInt("send_back_count"),
        rs.getString("last_send_back_reason"), sent == null ? null : sent.toLocalDateTime(),
        late == null ? null : rs.getBoolean("late"));
  }
}
