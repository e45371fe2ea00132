package com.opsflow.incident;

import static com.opsflow.incident.IncidentProcess.Var;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the response and resolution clocks: turns the decided minutes into due dates on the
 * system's business calendar (responseDue, resolveDue — the SLA timers fire on them) and records
 * priority and due dates on the ticket.
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
    Instant now = time.now();
    Instant responseDue = calendar.addWorkingMinutes(system, importantPeriod, now, minutes(execution, Var.RESPONSE_MINUTES));
    Instant resolveDue = calendar.addWorkingMinutes(system, importantPeriod, now, minutes(execution, Var.RESOLVE_MINUTES));
    execution.setVariable(Var.RESPONSE_DUE, Date.from(responseDue));
    execution.setVariable(Var.RESOLVE_DUE, Date.from(resolveDue));
    execution.setVariable(Var.ESCALATION_LEVEL, 0);
    tickets.recordPriority(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.PRIORITY),
        Boolean.TRUE.equals(execution.getVariable(Var.MAJOR)), responseDue, resolveDue);
  }

  /** Working minutes past the resolution due date (negative while still in time); an escalation input. */
  public long minutesOverdue(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(Var.RESOLVE_DUE);
    if (due == null) {
      return 0;
    }
    String system = (String) execution.getVariable(Var.SYSTEM);
    boolean importantPeriod = Boolean.TRUE.equals(execution.getVariable(Var.IMPORTANT_PERIOD));
    Instant now = time.now();
    Instant dueAt = due.toInstant();
    return now.isBefore(dueAt)
        ? -calendar.workingMinutesBetween(system, importantPeriod, now, dueAt)
        : calendar.workingMinutesBetween(system, importantPeriod, dueAt, now);
  }

  private static long minutes(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof Number n)) {
      throw new IllegalStateException("Decision " + IncidentProcess.PRIORITY_DECISION + " gave no " + name);
    }
    return n.longValue();
  }
}
