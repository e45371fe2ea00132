package com.opsflow.support;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tickets (of any kind) written straight into the register with known times and outcomes, for lists, KPIs and reports. */
public final class TicketRows {

  private final JdbcTemplate jdbc;
  private String number;
  private String type = "incident";
  private String system = "oa";
  private String channel = "hotline";
  private String summary = "测试工单";
  private String priority = "P3";
  private boolean major;
  private boolean importantPeriod;
  private LocalDateTime created;
  private LocalDateTime responseDue;
  private LocalDateTime responded;
  private Boolean responseMet;
  private LocalDateTime resolveDue;
  private LocalDateTime resolved;
  private Boolean resolveMet;
  private LocalDateTime closed;
  private int escalations;
  private int reopens;
  private String handler = "demo-service-desk";
  private String solution;
  private String category;
  private final java.util.List<String[]> events = new java.util.ArrayList<>();

  private TicketRows(JdbcTemplate jdbc, String number) {
    this.jdbc = jdbc;
    this.number = number;
  }

  public static TicketRows ticket(JdbcTemplate jdbc, String number) {
    return new TicketRows(jdbc, number);
  }

  public TicketRows type(String value) {
    type = value;
    return this;
  }

  public TicketRows system(String value) {
    system = value;
    return this;
  }

  public TicketRows channel(String value) {
    channel = value;
    return this;
  }

  public TicketRows summary(String value) {
    summary = value;
    return this;
  }

  public TicketRows priority(String value) {
    priority = value;
    return this;
  }

  public TicketRows major() {
    major = true;
    return this;
  }

  public TicketRows importantPeriod() {
    importantPeriod = true;
    return this;
  }

  public TicketRows created(LocalDateTime value) {
    created = value;
    return this;
  }

  /** Responded at {@code at}, due at {@code due}; met when not after the due time. */
  public TicketRows responded(LocalDateTime at, LocalDateTime due) {
    responded = at;
    responseDue = due;
    responseMet = !at.isAfter(due);
    return this;
  }

  /** Resolved at {@code at}, due at {@code due}; met when not after the due time. */
  public TicketRows resolved(LocalDateTime at, LocalDateTime due, String text) {
    resolved = at;
    resolveDue = due;
    resolveMet = !at.isAfter(due);
    solution = text;
    return this;
  }

  public TicketRows closed(LocalDateTime value) {
    closed = value;
    return this;
  }

  public TicketRows escalated() {
    escalations = 1;
    return this;
  }

  public TicketRows reopened() {
    reopens = 1;
    return this;
  }

  /** The incident's category (事件分类, chosen at closure). */
  public TicketRows category(String value) {
    category = value;
    return this;
  }

  public TicketRows handler(String value) {
    handler = value;
    return this;
  }

  public String insert() {
    String status = closed != null ? "closed" : resolved != null ? "resolved" : escalations > 0 ? "escalated"
        : responded != null ? "responded" : "open";
    jdbc.update("""
        INSERT INTO ticket (ticket_number, ticket_type, system_id, channel, reporter, summary, important_period,
          priority, major, status, created_at, response_due_at, resolve_due_at, responded_at, resolved_at, closed_at,
          response_sla_met, resolve_sla_met, response_breached_at, resolve_breached_at, handler, handler_group,
          escalation_level, escalated_at, solution, reopen_count, updated_at, category)
        VALUES (?, ?, ?, ?, '张三', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, type, system, channel, summary, importantPeriod, priority, major, status, ts(created), ts(responseDue),
        ts(resolveDue), ts(responded), ts(resolved), ts(closed), responseMet, resolveMet,
        Boolean.FALSE.equals(responseMet) ? ts(responseDue) : null, Boolean.FALSE.equals(resolveMet) ? ts(resolveDue) : null,
        handler,
        escalations > 0 ? "second-line" : "service-desk", escalations, escalations > 0 ? ts(responded) : null, solution,
        reopens, ts(created), category);
    for (String[] e : events) {
      jdbc.update("INSERT INTO ticket_event (ticket_number, event_type, occurred_at, detail) VALUES (?, ?, ?, ?)",
          number, e[0], ts(created), e[1]);
    }
    return number;
  }

  /** A recorded ticket event (e.g. {@code major-duty-missed} with detail {@code notify}) at the creation time. */
  public TicketRows event(String type, String detail) {
    events.add(new String[] {type, detail});
    return this;
  }

  public static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }
}
