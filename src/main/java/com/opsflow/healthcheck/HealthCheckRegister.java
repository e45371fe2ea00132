package com.opsflow.healthcheck;

import com.opsflow.healthcheck.Checklist.Line;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tables {@code health_check} and {@code health_check_item} (V45). */
@Repository
public class HealthCheckRegister {

  public record Check(String number, String system, String schedule, String periodKey, LocalDate periodStart,
      LocalDate periodEnd, String status, LocalDateTime plannedAt, String place, String scope, String method,
      String checkedBy, LocalDateTime checkedAt, String runState, String problems, String advice,
      LocalDateTime overdueFlaggedAt) {
  }

  public record Item(String item, String scope, String label, BigDecimal measured, BigDecimal threshold, String unit,
      boolean finding, String followUp, String linkedTicket) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  HealthCheckRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void open(String number, String instanceId, String system, String schedule, String periodKey, LocalDate periodStart,
      LocalDate periodEnd) {
    jdbc.update("INSERT INTO health_check (check_number, process_instance_id, system_id, schedule_id, period_key,"
            + " period_start, period_end, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'planning', ?)", number,
        instanceId, system, schedule, periodKey, Date.valueOf(periodStart), Date.valueOf(periodEnd), now());
  }

  void planned(String number, LocalDateTime plannedAt, String place, String scope, String method) {
    jdbc.update("UPDATE health_check SET status = 'planned', planned_at = ?, place = ?, scope = ?, method = ?"
        + " WHERE check_number = ?", Timestamp.valueOf(plannedAt), place, scope, method, number);
  }

  void checked(String number, String user, String runState, String problems, String advice, List<Line> lines) {
    jdbc.update("UPDATE health_check SET status = 'checked', checked_by = ?, checked_at = ?, run_state = ?,"
        + " problems = ?, advice = ? WHERE check_number = ?", user, now(), runState, problems, advice, number);
    jdbc.update("DELETE FROM health_check_item WHERE check_number = ?", number);
    for (Line l : lines) {
      jdbc.update("INSERT INTO health_check_item (check_number, item, scope, label, measured, threshold, unit, finding,"
              + " follow_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", number, l.threshold().item(), l.threshold().scope(),
          l.threshold().label(), l.measured(), l.threshold().threshold(), l.threshold().unit(), l.finding(),
          l.finding() ? l.threshold().followUp() : null);
    }
  }

  void linked(String number, String item, String ticket) {
    jdbc.update("UPDATE health_check_item SET linked_ticket = ? WHERE check_number = ? AND item = ?", ticket, number,
        item);
  }

  void closed(String number) {
    jdbc.update("UPDATE health_check SET status = 'closed' WHERE check_number = ?", number);
  }

  void overdueFlagged(String number) {
    jdbc.update("UPDATE health_check SET overdue_flagged_at = ? WHERE check_number = ?", now(), number);
  }

  /** Checks of the schedule whose checklist was recorded in the period (whichever run, timer or by hand). */
  public int checkedInPeriod(String system, String schedule, LocalDate periodStart) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM health_check WHERE system_id = ? AND schedule_id = ?"
            + " AND period_start = ? AND status IN ('checked', 'closed')", Integer.class, system, schedule,
        Date.valueOf(periodStart));
    return n == null ? 0 : n;
  }

  public Optional<Check> find(String number) {
    return jdbc.query("SELECT * FROM health_check WHERE check_number = ?", (rs, i) -> map(rs), number).stream()
        .findFirst();
  }

  /**
   * The checks of {@code system} (every system when null) whose period starts in [{@code from}, {@code to}], ordered by
   * system, period and schedule (index ix_health_check_period).
   */
  public List<Check> between(String system, LocalDate from, LocalDate to) {
    if (system == null) {
      return jdbc.query("SELECT * FROM health_check WHERE period_start >= ? AND period_start <= ?"
          + " ORDER BY system_id, period_start, schedule_id, check_number", (rs, i) -> map(rs), Date.valueOf(from),
          Date.valueOf(to));
    }
    return jdbc.query("SELECT * FROM health_check WHERE system_id = ? AND period_start >= ? AND period_start <= ?"
        + " ORDER BY system_id, period_start, schedule_id, check_number", (rs, i) -> map(rs), system,
        Date.valueOf(from), Date.valueOf(to));
  }

  /** The findings (items over their threshold) of the given checks, per check number, in one query. */
  public java.util.Map<String, List<Item>> findings(List<String> numbers) {
    java.util.Map<String, List<Item>> byCheck = new java.util.LinkedHashMap<>();
    numbers.forEach(n -> byCheck.put(n, new java.util.ArrayList<>()));
    if (numbers.isEmpty()) {
      return byCheck;
    }
    String marks = String.join(",", numbers.stream().map(n -> "?").toList());
    jdbc.query("SELECT * FROM health_check_item WHERE finding = TRUE AND check_number IN (" + marks + ")"
        + " ORDER BY check_number, scope, item", rs -> {
          byCheck.get(rs.getString("check_number")).add(mapItem(rs));
        }, numbers.toArray());
    return byCheck;
  }

  private Check map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Check(
        rs.getString("check_number"), rs.getString("system_id"), rs.getString("schedule_id"), rs.getString("period_key"),
        rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(), rs.getString("status"),
        local(rs.getTimestamp("planned_at")), rs.getString("place"), rs.getString("scope"), rs.getString("method"),
        rs.getString("checked_by"), local(rs.getTimestamp("checked_at")), rs.getString("run_state"),
        rs.getString("problems"), rs.getString("advice"), local(rs.getTimestamp("overdue_flagged_at")));
  }

  private static Item mapItem(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Item(rs.getString("item"), rs.getString("scope"), rs.getString("label"), rs.getBigDecimal("measured"),
        rs.getBigDecimal("threshold"), rs.getString("unit"), rs.getBoolean("finding"), rs.getString("follow_up"),
        rs.getString("linked_ticket"));
  }

  public List<Item> items(String number) {
    return jdbc.query("SELECT * FROM health_check_item WHERE check_number = ? ORDER BY scope, item",
        (rs, i) -> mapItem(rs), number);
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
