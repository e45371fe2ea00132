package com.opsflow.quality;

import com.opsflow.ticket.TicketTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The inspection register ({@code quality_inspection}, {@code quality_week_flag}): sampled calls, their
 * scores and the weeks flagged for too few inspections. Reads the ticket register for the hotline calls.
 */
@Service
public class QualityInspectionRegister {

  public static final String PENDING = "pending";
  public static final String DONE = "done";
  /** The inspection deadline passed before the call was scored. */
  public static final String MISSED = "missed";

  /** One sampled call; scores are null until it is inspected. */
  public record Inspection(String runNumber, String engineer, LocalDate weekStart, String ticketNumber, String system,
      String status, Integer attitudeScore, Integer skillScore, Integer technicalScore, Integer recordScore,
      String result, String evaluationItem, String feedback, String inspector, LocalDateTime sampledAt,
      LocalDateTime inspectedAt) {
  }

  /** A week with fewer inspections than required. */
  public record WeekFlag(String runNumber, String engineer, LocalDate weekStart, int hotlineCalls, int inspectionsDone,
      int requiredCount, String reason, LocalDateTime flaggedAt) {
  }

  /** The scores an inspector gave one call. */
  public record Scores(int attitude, int skill, int technical, int record) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  QualityInspectionRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  /**
   * The hotline incidents of the week starting {@code weekStart} (bureau time) that {@code engineer} handled:
   * the ticket's handler, or whoever took the call up (the 'responded' step). Ordered by ticket number.
   */
  public List<String> hotlineCalls(String engineer, LocalDate weekStart) {
    return jdbc.queryForList("""
        SELECT t.ticket_number FROM ticket t
        WHERE t.ticket_type = 'incident' AND t.channel = ? AND t.created_at >= ? AND t.created_at < ?
          AND (t.handler = ? OR EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_number = t.ticket_number
                                          AND e.event_type = 'responded' AND e.actor = ?))
        ORDER BY t.ticket_number""", String.class, QualityInspectionProcess.HOTLINE,
        Timestamp.valueOf(weekStart.atStartOfDay()), Timestamp.valueOf(weekStart.plusDays(7).atStartOfDay()),
        engineer, engineer);
  }

  /** The engineer whose calls a run inspects, as the register recorded it when the calls were sampled. */
  public Optional<String> engineerOf(String runNumber) {
    return jdbc.queryForList("SELECT DISTINCT engineer FROM quality_inspection WHERE run_number = ?", String.class,
        runNumber).stream().findFirst();
  }

  /** Calls of the engineer's week already sampled by an earlier run (still pending or done). */
  public List<String> alreadySampled(String engineer, LocalDate weekStart) {
    return jdbc.queryForList("SELECT ticket_number FROM quality_inspection WHERE engineer = ? AND week_start = ?"
        + " AND status <> ?", String.class, engineer, weekStart, MISSED);
  }

  void sampled(String runNumber, String processInstanceId, String engineer, LocalDate weekStart, String ticketNumber) {
    jdbc.update("""
        INSERT INTO quality_inspection (run_number, process_instance_id, engineer, week_start, ticket_number, status,
          sampled_at) VALUES (?, ?, ?, ?, ?, ?, ?)""", runNumber, processInstanceId, engineer, weekStart, ticketNumber,
        PENDING, Timestamp.valueOf(time.localNow()));
  }

  void inspected(String runNumber, String ticketNumber, Scores scores, String result, String item, String feedback,
      String inspector) {
    int rows = jdbc.update("""
        UPDATE quality_inspection SET status = ?, attitude_score = ?, skill_score = ?, technical_score = ?,
          record_score = ?, result = ?, evaluation_item = ?, feedback = ?, inspector = ?, inspected_at = ?
        WHERE run_number = ? AND ticket_number = ?""", DONE, scores.attitude(), scores.skill(), scores.technical(),
        scores.record(), result, item, feedback, inspector, Timestamp.valueOf(time.localNow()), runNumber, ticketNumber);
    if (rows == 0) {
      throw new IllegalStateException("No sampled call " + ticketNumber + " in inspection run " + runNumber);
    }
  }

  /** Calls of the run still pending when its deadline passed. */
  void missed(String runNumber) {
    jdbc.update("UPDATE quality_inspection SET status = ? WHERE run_number = ? AND status = ?", MISSED, runNumber,
        PENDING);
  }

  public int inspectionsDone(String engineer, LocalDate weekStart) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM quality_inspection WHERE engineer = ? AND week_start = ?"
        + " AND status = ?", Integer.class, engineer, weekStart, DONE);
    return n == null ? 0 : n;
  }

  void flag(String runNumber, String engineer, LocalDate weekStart, int hotlineCalls, int done, int required,
      String reason) {
    jdbc.update("""
        INSERT INTO quality_week_flag (run_number, engineer, week_start, hotline_calls, inspections_done, required_count,
          reason, flagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", runNumber, engineer, weekStart, hotlineCalls, done,
        required, reason, Timestamp.valueOf(time.localNow()));
  }

  /**
   * Inspections of weeks starting in [from, to), of one engineer (or all when null), optionally only of calls
   * on one system ({@code tips}, {@code oa}, {@code invoice}); ordered by week and ticket.
   */
  public List<Inspection> inspections(String engineer, String system, LocalDate from, LocalDate to) {
    StringBuilder sql = new StringBuilder("""
        SELECT q.*, t.system_id FROM quality_inspection q JOIN ticket t ON t.ticket_number = q.ticket_number
        WHERE q.week_start >= ? AND q.week_start < ?""");
    List<Object> args = new ArrayList<>(List.of(from, to));
    if (engineer != null) {
      sql.append(" AND q.engineer = ?");
      args.add(engineer);
    }
    if (system != null) {
      sql.append(" AND t.system_id = ?");
      args.add(system);
    }
    sql.append(" ORDER BY q.week_start, q.engineer, q.ticket_number, q.id");
    return jdbc.query(sql.toString(), QualityInspectionRegister::inspection, args.toArray());
  }

  /** Flagged weeks starting in [from, to), of one engineer (or all when null). */
  public List<WeekFlag> flags(String engineer, LocalDate from, LocalDate to) {
    String sql = "SELECT * FROM quality_week_flag WHERE week_start >= ? AND week_start < ?"
        + (engineer == null ? "" : " AND engineer = ?") + " ORDER BY week_start, engineer, id";
    Object[] args = engineer == null ? new Object[] {from, to} : new Object[] {from, to, engineer};
    return jdbc.query(sql, (rs, n) -> new WeekFlag(rs.getString("run_number"), rs.getString("engineer"),
        rs.getDate("week_start").toLocalDate(), rs.getInt("hotline_calls"), rs.getInt("inspections_done"),
        rs.getInt("required_count"), rs.getString("reason"), rs.getTimestamp("flagged_at").toLocalDateTime()), args);
  }

  private static Inspection inspection(ResultSet rs, int row) throws SQLException {
    Timestamp inspectedAt = rs.getTimestamp("inspected_at");
    return new Inspection(rs.getString("run_number"), rs.getString("engineer"), rs.getDate("week_start").toLocalDate(),
        rs.getString("ticket_number"), rs.getString("system_id"), rs.getString("status"),
        integer(rs, "attitude_score"), integer(rs, "skill_score"), integer(rs, "technical_score"),
        integer(rs, "record_score"), rs.getString("result"), rs.getString("evaluation_item"), rs.getString("feedback"),
        rs.getString("inspector"), rs.getTimestamp("sampled_at").toLocalDateTime(),
        inspectedAt == null ? null : inspectedAt.toLocalDateTime());
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
