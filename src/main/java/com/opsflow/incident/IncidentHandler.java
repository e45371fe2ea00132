package com.opsflow.incident;

import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works an incident, from the ticket register (not from a process variable a task candidate could rewrite): the
 * desk engineer who took it up, or the second-line engineer who returned its solution. Used as a task assignee, e.g.
 * 提交处理建议 (A-3.2.3(1)4)) {@code camunda:assignee="${incidentHandler.of(execution)}"}; null leaves the task to
 * its candidate groups.
 */
@Component("incidentHandler")
public class IncidentHandler {

  private final TicketService tickets;

  IncidentHandler(TicketService tickets) {
    this.tickets = tickets;
  }

  public String of(DelegateExecution execution) {
    return tickets.find(execution.getProcessBusinessKey()).map(Ticket::handler).filter(h -> !h.isBlank()).orElse(null);
  }
}
