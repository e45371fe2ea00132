package com.opsflow.operations;

import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Business gauges for operators (issue 14), read from the shared database so every node reports the same:
 * open incidents by priority and system, SLA breaches today, failed jobs (no retries left), open engine
 * incidents, and the mail backlog (notification jobs waiting). Figures are read at most every 15 seconds,
 * however often the scraper asks.
 */
@Component
class BusinessMetrics implements MeterBinder {

  static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
  private static final Duration FRESH = Duration.ofSeconds(15);

  private final JdbcTemplate jdbc;
  private final ProcessEngine engine;
  private final TicketTime time;
  private volatile Snapshot snapshot;

  BusinessMetrics(JdbcTemplate jdbc, ProcessEngine engine, TicketTime time) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.time = time;
  }

  record Snapshot(Instant takenAt, Map<String, Long> openIncidents, long breachesToday, long failedJobs,
      long engineIncidents, long mailBacklog) {
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String system : SupportedSystems.CODES) {
      for (String priority : PRIORITIES) {
        gauge(registry, "opsflow.incidents.open", "open incidents (not resolved or closed)",
            () -> current().openIncidents().getOrDefault(system + "/" + priority, 0L), "system", system,
            "priority", priority);
      }
    }
    gauge(registry, "opsflow.sla.breaches.today", "response or resolution deadlines missed today (bureau time)",
        () -> current().breachesToday());
    gauge(registry, "opsflow.jobs.failed", "jobs with no retries left", () -> current().failedJobs());
    gauge(registry, "opsflow.engine.incidents", "open engine incidents (Cockpit)", () -> current().engineIncidents());
    gauge(registry, "opsflow.mail.backlog", "notification jobs waiting to be sent", () -> current().mailBacklog());
  }

  private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value,
      String... tags) {
    Gauge.builder(name, value).description(description).tags(tags).strongReference(true).register(registry);
  }

  Snapshot current() {
    Snapshot last = snapshot;
    if (last == null || last.takenAt().plus(FRESH).isBefore(Instant.now())) {
      last = take();
      snapshot = last;
    }
    return last;
  }

  Snapshot take() {
    Map<String, Long> open = new HashMap<>();
    jdbc.query("SELECT system_id, priority, COUNT(*) AS n FROM ticket WHERE ticket_type = 'incident'"
        + " AND status IN ('open', 'responded', 'escalated') GROUP BY system_id, priority",
        rs -> {
          open.put(rs.getString("system_id") + "/" + rs.getString("priority"), rs.getLong("n"));
        });
    LocalDate today = time.today();
    Timestamp from = Timestamp.valueOf(today.atStartOfDay());
    Timestamp to = Timestamp.valueOf(today.plusDays(1).atStartOfDay());
    Long breaches = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ticket WHERE response_breached_at >= ?"
        + " AND response_breached_at < ?) + (SELECT COUNT(*) FROM ticket WHERE resolve_breached_at >= ?"
        + " AND resolve_breached_at < ?)", Long.class, from, to, from, to);
    return new Snapshot(Instant.now(), open, breaches == null ? 0 : breaches,
        engine.getManagementService().createJobQuery().noRetriesLeft().count(),
        engine.getRuntimeService().createIncidentQuery().count(),
        engine.getManagementService().createJobQuery().processDefinitionKey("notification").count());
  }
}
