package com.opsflow.schedule;

import com.opsflow.ticket.TicketTime;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code scheduled_start}: which period of which schedule was started, by whom, as which ticket. */
@Repository
public class ScheduledStartRegister {

  public record Claim(String process, String schedule, String system, String periodKey, LocalDate periodStart,
      LocalDate periodEnd, LocalDate dueOn, String ticketNumber, String startedBy) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  ScheduledStartRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  /**
   * Takes the period for the schedule; false when it was taken before. Runs in the caller's (the engine's)
   * transaction: when the start fails, the claim goes with it. Two transactions taking the same period at once
   * meet the primary key, and the later one fails and is retried as a job, then finds the period taken.
   */
  public boolean claim(ScheduleRule rule, SchedulePeriod period, LocalDate dueOn, String startedBy) {
    if (find(rule.process(), rule.schedule(), rule.system(), period.key()).isPresent()) {
      return false;
    }
    jdbc.update("INSERT INTO scheduled_start (process_key, schedule_id, system_id, period_key, period_start, period_end,"
            + " due_on, started_at, started_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rule.process(), rule.schedule(),
        rule.system(), period.key(), Date.valueOf(period.start()), Date.valueOf(period.end()), Date.valueOf(dueOn),
        Timestamp.valueOf(time.localNow()), startedBy);
    return true;
  }

  public void started(String process, String schedule, String system, String periodKey, String ticketNumber) {
    jdbc.update("UPDATE scheduled_start SET ticket_number = ? WHERE process_key = ? AND schedule_id = ? AND system_id = ?"
        + " AND period_key = ?", ticketNumber, process, schedule, system, periodKey);
  }

  public Optional<Claim> find(String process, String schedule, String system, String periodKey) {
    return jdbc.query("SELECT * FROM scheduled_start WHERE process_key = ? AND schedule_id = ? AND system_id = ?"
        + " AND period_key = ?", (rs, i) -> map(rs), process, schedule, system, periodKey).stream().findFirst();
  }

  /** The first period the schedule ever started: a daily schedule catches up no day before it. */
  public Optional<LocalDate> firstStart(String process, String schedule, String system) {
    Date first = jdbc.queryForObject("SELECT MIN(period_start) FROM scheduled_start WHERE process_key = ?"
        + " AND schedule_id = ? AND system_id = ?", Date.class, process, schedule, system);
    return Optional.ofNullable(first).map(Date::toLocalDate);
  }

  public List<Claim> between(String process, String schedule, String system, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM scheduled_start WHERE process_key = ? AND schedule_id = ? AND system_id = ?"
        + " AND period_start >= ? AND period_start <= ? ORDER BY period_start", (rs, i) -> map(rs), process, schedule,
        system, Date.valueOf(from), Date.valueOf(to));
  }

  private static Claim map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Claim(rs.getString("process_key"), rs.getString("schedule_id"), rs.getString("system_id"),
        rs.getString("period_key"), rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
        rs.getDate("due_on").toLocalDate(), rs.getString("ticket_number"), rs.getString("started_by"));
  }
}
