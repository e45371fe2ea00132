package com.opsflow.incident;

import static com.opsflow.incident.IncidentProcess.Var;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ClockBasis;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the response and resolution clocks: turns the decided minutes into due dates (responseDue,
 * resolveDue — the SLA timers fire on them), each on the basis the decision gives for it (working time on
 * the system's business calendar, or natural time), and records priority and due dates on the ticket.
 */
@Component("slaClocks")
public class SlaClocksDelegate implements JavaDelegate {

  private final BusinessCalendarService calendar;
  private final TicketService tickets;
  private final TicketTime time;

  SlaClocksDelegate(BusinessCalendarService calendar, TicketService tickets, TicketTime time) {
    this.calendar = calendar;
    this.tickets = tickets;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String system = (String) execution.getVariable(Var.SYSTEM);
    boolean importantPeriod = Boolean.TRUE.equals(execution.getVariable(Var.IMPORTANT_PERIOD));
    ClockBasis responseClock = basis(execution, Var.RESPONSE_CLOCK);
    ClockBasis resolveClock = basis(execution, Var.RESOLVE_CLOCK);
    Instant now = time.now();
    Instant responseDue = calendar.addMinutes(system, responseClock, importantPeriod, now,
        minutes(execution, Var.RESPONSE_MINUTES));
    Instant resolveDue = calendar.addMinutes(system, resolveClock, importantPeriod, now,
        minutes(execution, Var.RESOLVE_MINUTES));
    execution.setVariable(Var.RESPONSE_DUE, Date.from(responseDue));
    execution.setVariable(Var.RESOLVE_DUE, Date.from(resolveDue));
    execution.setVariable(Var.ESCALATION_LEVEL, 0);
    tickets.recordPriority(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.PRIORITY),
        Boolean.TRUE.equals(execution.getVariable(Var.MAJOR)), responseDue, resolveDue);
  }

  /** Minutes past the resolution due date on the resolution clock's basis (negative while in time); an escalation input. */
  public long minutesOverdue(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(Var.RESOLVE_DUE);
    if (due == null) {
      return 0;
    }
    String system = (String) execution.getVariable(Var.SYSTEM);
    boolean importantPeriod = Boolean.TRUE.equals(execution.getVariable(Var.IMPORTANT_PERIOD));
    ClockBasis basis = basis(execution, Var.RESOLVE_CLOCK);
    Instant now = time.now();
    Instant dueAt = due.toInstant();
    return now.isBefore(dueAt)
        ? -calendar.minutesBetween(system, basis, importantPeriod, now, dueAt)
        : calendar.minutesBetween(system, basis, importantPeriod, dueAt, now);
  }

  private static ClockBasis basis(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("Decision " + IncidentProcess.PRIORITY_DECISION + " gave no " + name);
    }
    return ClockBasis.of(value);
  }

  private static long minutes(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof Number n)) {
      throw new IllegalStateException("Decision " + IncidentProcess.PRIORITY_DECISION + " gave no " + name);
    }
    return n.longValue();
  }
}
