package com.opsflow.incident;

import static com.opsflow.incident.IncidentProcess.Var;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ClockBasis;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The response and resolution clocks of an incident from the priority decision's outputs ({@value
 * IncidentProcess#PRIORITY_DECISION}): each counted on the basis the decision gives for it (working time on the
 * system's business calendar, or natural time).
 */
@Service
class SlaClockService {

  private final BusinessCalendarService calendar;
  private final TicketService tickets;
  private final TicketTime time;

  SlaClockService(BusinessCalendarService calendar, TicketService tickets, TicketTime time) {
    this.calendar = calendar;
    this.tickets = tickets;
    this.time = time;
  }

  /**
   * Turns the decided minutes in {@code v} into due dates, records priority and due dates on the ticket and returns
   * the variables the SLA timers fire on (responseDue, resolveDue) with the escalation level reset.
   */
  Map<String, Object> start(String ticketNumber, Map<String, ?> v) {
    String system = Var.SYSTEM_VAR.from(v);
    boolean importantPeriod = Boolean.TRUE.equals(v.get(Var.IMPORTANT_PERIOD));
    Instant now = time.now();
    Instant responseDue = calendar.addMinutes(system, basis(v, Var.RESPONSE_CLOCK), importantPeriod, now,
        minutes(v, Var.RESPONSE_MINUTES));
    Instant resolveDue = calendar.addMinutes(system, basis(v, Var.RESOLVE_CLOCK), importantPeriod, now,
        minutes(v, Var.RESOLVE_MINUTES));
    tickets.recordPriority(ticketNumber, Var.PRIORITY_VAR.from(v), Boolean.TRUE.equals(v.get(Var.MAJOR)), responseDue,
        resolveDue);
    Map<String, Object> set = new HashMap<>();
    set.put(Var.RESPONSE_DUE, Date.from(responseDue));
    set.put(Var.RESOLVE_DUE, Date.from(resolveDue));
    set.put(Var.ESCALATION_LEVEL, 0);
    return set;
  }

  /** Minutes past the resolution due date on the resolution clock's basis (negative while in time; 0 without one). */
  long minutesOverdue(Map<String, ?> v) {
    Date due = Var.RESOLVE_DUE_VAR.from(v);
    if (due == null) {
      return 0;
    }
    String system = Var.SYSTEM_VAR.from(v);
    boolean importantPeriod = Boolean.TRUE.equals(v.get(Var.IMPORTANT_PERIOD));
    ClockBasis basis = basis(v, Var.RESOLVE_CLOCK);
    Instant now = time.now();
    Instant dueAt = due.toInstant();
    return now.isBefore(dueAt)
        ? -calendar.minutesBetween(system, basis, importantPeriod, now, dueAt)
        : calendar.minutesBetween(system, basis, importantPeriod, dueAt, now);
  }

  private static ClockBasis basis(Map<String, ?> v, String name) {
    Object value = v.get(name);
    if (value == null) {
      throw new IllegalStateException("Decision " + IncidentProcess.PRIORITY_DECISION + " gave no " + name);
    }
    return ClockBasis.of(value);
  }

  private static long minutes(Map<String, ?> v, String name) {
    if (!(v.get(name) instanceof Number n)) {
      throw new IllegalStateException("Decision " + IncidentProcess.PRIORITY_DECISION + " gave no " + name);
    }
    return n.longValue();
  }
}
