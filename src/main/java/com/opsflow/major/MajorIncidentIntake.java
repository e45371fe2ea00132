package com.opsflow.major;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidators;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start listener of "二线宣布重大事件" (Tasklist or REST start): checks the named incident and reason,
 * and runs the handling under the incident's own ticket number — no new ticket.
 */
@Component("majorIncidentIntake")
public class MajorIncidentIntake {

  private final StartValidators validators;
  private final MajorIncidentDeclaration declaration;
  private final TicketService tickets;

  MajorIncidentIntake(StartValidators validators, MajorIncidentDeclaration declaration, TicketService tickets) {
    this.validators = validators;
    this.declaration = declaration;
    this.tickets = tickets;
  }

  public void accept(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() != null && !execution.getProcessBusinessKey().isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    validators.forProcess(MajorIncidentProcess.KEY).orElseThrow().validate(execution.getVariables());
    String ticketNumber = (String) execution.getVariable("ticketNumber");
    Ticket ticket = declaration.declarable(ticketNumber);
    execution.setProcessBusinessKey(ticketNumber);
    execution.setVariables(MajorIncidentDeclaration.variablesOf(ticket));
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = auth == null ? null : auth.getUserId();
    execution.setVariable(MajorIncidentProcess.Var.DECLARED_BY, actor);
    Instant faultAt = declaration.faultOccurredAt(ticket, execution.getVariable(MajorIncidentProcess.Var.FAULT_OCCURRED_AT));
    execution.setVariable(MajorIncidentProcess.Var.FAULT_OCCURRED_AT, Date.from(faultAt));
    tickets.recordMajorDeclared(ticketNumber, actor, (String) execution.getVariable(MajorIncidentProcess.Var.DECLARED_REASON));
    declaration.recordFaultOccurred(ticketNumber, actor, ticket, faultAt);
  }
}
