package com.opsflow.major;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares a ticket a major incident: starts its major-incident handling by message, under the ticket's
 * own number (no new ticket), at most once per ticket.
 */
@Service
@Transactional
public class MajorIncidentDeclaration {

  private final TicketService tickets;
  private final RuntimeService runtime;

  MajorIncidentDeclaration(TicketService tickets, RuntimeService runtime) {
    this.tickets = tickets;
    this.runtime = runtime;
  }

  /**
   * The ticket, if it may be declared major now.
   * @throws NoSuchElementException when there is no such ticket
   * @throws InvalidInputException when it is closed or already handled as a major incident
   */
  public Ticket declarable(String ticketNumber) {
    Ticket ticket = tickets.find(ticketNumber)
        .orElseThrow(() -> new NoSuchElementException("没有工单 " + ticketNumber + " / no ticket " + ticketNumber));
    if (TicketStatus.CLOSED.code().equals(ticket.status())) {
      throw new InvalidInputException("ticketNumber", "工单 " + ticketNumber + " 已关闭 / ticket " + ticketNumber
          + " is closed");
    }
    if (runtime.createProcessInstanceQuery().processDefinitionKey(MajorIncidentProcess.KEY)
        .processInstanceBusinessKey(ticketNumber).count() > 0) {
      throw new InvalidInputException("ticketNumber", "工单 " + ticketNumber + " 已在重大事件处置中 / ticket "
          + ticketNumber + " is already handled as a major incident");
    }
    return ticket;
  }

  /** The ticket's facts the handling shows in its forms and report. */
  static Map<String, Object> variablesOf(Ticket ticket) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ticketNumber", ticket.ticketNumber());
    variables.put("system", ticket.system());
    variables.put("summary", ticket.summary());
    variables.put("description", ticket.description() == null ? "" : ticket.description());
    variables.put("priority", ticket.priority());
    variables.put("impact", ticket.impact());
    variables.put(MajorIncidentProcess.Var.IMPORTANT_PERIOD, ticket.importantPeriod());
    return variables;
  }

  /** @return the id of the major-incident instance */
  public String declare(String ticketNumber, String actor, String reason) {
    Ticket ticket = declarable(ticketNumber);
    Map<String, Object> variables = variablesOf(ticket);
    variables.put(MajorIncidentProcess.Var.DECLARED_BY, actor);
    variables.put(MajorIncidentProcess.Var.DECLARED_REASON, reason == null ? "" : reason);
    String id = runtime.createMessageCorrelation(MajorIncidentProcess.DECLARED_MESSAGE)
        .processInstanceBusinessKey(ticketNumber)
        .setVariables(variables)
        .correlateStartMessage()
        .getId();
    tickets.recordMajorDeclared(ticketNumber, actor, reason);
    return id;
  }
}
