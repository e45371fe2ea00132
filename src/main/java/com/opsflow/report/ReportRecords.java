package com.opsflow.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the period reports list besides tickets, read from the registers of the other features (training, data
 * maintenance, change, release, problem, evaluation), one statement per list, for a system (null: all) and the days
 * [{@code from}, {@code to}].
 */
@Component
@Transactional(readOnly = true)
class ReportRecords {

  record Training(String number, String system, String topic, LocalDateTime at, String teacher, String status,
      BigDecimal passRate) {
  }

  record DataFix(String number, String system, String summary, String category, String status, LocalDateTime created,
      LocalDateTime confirmed) {
  }

  record Change(String number, String system, String summary, String kind, String status, LocalDateTime created,
      boolean rolledBack) {
  }

  record Problem(String number, String type, String system, String status, String summary, String cause,
      String workaround, String solution, int incidents, LocalDateTime created, LocalDateTime resolved) {
  }

  record Score(String contract, String period, LocalDate periodFrom, String engineer, BigDecimal score,
      String action) {
  }

  private final JdbcTemplate jdbc;

  ReportRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Training> trainings(String system, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT training_number, system_id, topic, training_at, teacher, status, pass_rate FROM training"
            + " WHERE training_at >= ? AND training_at < ?" + system(system) + " ORDER BY training_at, training_number",
        (rs, i) -> new Training(rs.getString(1), rs.getString(2), rs.getString(3), time(rs, 4), rs.getString(5),
            rs.getString(6), rs.getBigDecimal(7)), args(from, to, system));
  }

  List<DataFix> dataFixes(String system, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT d.ticket_number, d.system_id, t.summary, d.data_category, d.status, d.created_at,"
            + " d.confirmed_at FROM data_maintenance d JOIN ticket t ON t.ticket_number = d.ticket_number"
            + " WHERE d.created_at >= ? AND d.created_at < ?" + system(system, "d.") + " ORDER BY d.created_at",
        (rs, i) -> new DataFix(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            time(rs, 6), time(rs, 7)), args(from, to, system));
  }

  /** Changes ({@code change}) or releases ({@code release}) registered in the period; rolled back by its ticket event. */
  List<Change> changes(String type, String system, LocalDate from, LocalDate to) {
    String rolledBack = "change".equals(type) ? "change-rolled-back" : "release-rolled-back";
    List<Object> args = new ArrayList<>(List.of(rolledBack, type));
    args.addAll(List.of(args(from, to, system)));
    return jdbc.query("SELECT t.ticket_number, t.system_id, t.summary, t.status, t.created_at,"
            + " CASE WHEN EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_number = t.ticket_number"
            + " AND e.event_type = ?) THEN 1 ELSE 0 END FROM ticket t WHERE t.ticket_type = ?"
            + " AND t.created_at >= ? AND t.created_at < ?" + system(system, "t.") + " ORDER BY t.created_at",
        (rs, i) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), type, rs.getString(4), time(rs, 5),
            rs.getInt(6) == 1), args.toArray());
  }

  /** Problems registered in the period. */
  List<Problem> problems(String system, LocalDate from, LocalDate to) {
    return problems(" WHERE p.created_at >= ? AND p.created_at < ?", args(from, to, system), system);
  }

  /** Problems registered before the period's end and not closed by then (遗留问题). */
  List<Problem> openProblems(String system, LocalDate to) {
    Timestamp end = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
    List<Object> args = new ArrayList<>(List.of(end, end));
    if (system != null) {
      args.add(system);
    }
    return problems(" WHERE p.created_at < ? AND (p.closed_at IS NULL OR p.closed_at >= ?)", args.toArray(), system);
  }

  private List<Problem> problems(String where, Object[] args, String system) {
    return jdbc.query("SELECT p.problem_number, p.problem_type, p.primary_system, p.status, p.summary,"
            + " COALESCE(p.report_cause, p.root_cause), COALESCE(p.report_workaround, p.workaround), p.final_solution,"
            + " (SELECT COUNT(*) FROM problem_incident i WHERE i.problem_number = p.problem_number), p.created_at,"
            + " p.resolved_at FROM problem p" + where + (system == null ? "" : " AND p.primary_system = ?")
            + " ORDER BY p.created_at, p.problem_number",
        (rs, i) -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), time(rs, 10), time(rs, 11)), args);
  }

  /** Engineers' scored periods of a contract starting in [{@code from}, {@code to}]. */
  List<Score> scores(String contract, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT contract, period, period_from, engineer, score, action FROM evaluation_period"
            + " WHERE contract = ? AND score IS NOT NULL AND period_from >= ? AND period_from <= ?"
            + " ORDER BY period_from, engineer",
        (rs, i) -> new Score(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
            rs.getBigDecimal(5), rs.getString(6)), contract, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
  }

  private static String system(String system) {
    return system(system, "");
  }

  private static String system(String system, String alias) {
    return system == null ? "" : " AND " + alias + "system_id = ?";
  }

  private static Object[] args(LocalDate from, LocalDate to, String system) {
    List<Object> args = new ArrayList<>(List.of(Timestamp.valueOf(from.atStartOfDay()),
        Timestamp.valueOf(to.plusDays(1).atStartOfDay())));
    if (system != null) {
      args.add(system);
    }
    return args.toArray();
  }

  private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toLocalDateTime();
  }
}
