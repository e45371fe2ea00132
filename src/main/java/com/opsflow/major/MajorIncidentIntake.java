package com.opsflow.major;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidators;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of the major-incident process ({@code ${majorIncidentIntake.accept(execution)}} on the
 * process, so both start events pass it once): checks the named incident and reason, and runs the
 * handling under the incident's own ticket number — no new ticket. A declaration in Tasklist or by REST
 * start names the ticket in {@code ticketNumber} and may not choose a business key; a declaration by
 * message ({@link MajorIncidentDeclaration}, or a message sent over engine-rest) carries the ticket number
 * as business key.
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
    String businessKey = execution.getProcessBusinessKey();
    boolean byMessage = MajorIncidentProcess.START_DECLARED.equals(execution.getCurrentActivityId());
    Map<String, Object> variables = execution.getVariables();
    String ticketNumber;
    String reason;
    if (byMessage) {
      if (businessKey == null || businessKey.isBlank()) {
        throw new InvalidInputException("businessKey", "宣布重大事件的消息须以事件单号为业务键 / field 'businessKey':"
            + " the message that declares a major incident needs the incident's ticket number as business key");
      }
      Object named = variables.get("ticketNumber");
      if (named != null && !businessKey.equals(named)) {
        throw new InvalidInputException("ticketNumber", "字段 ticketNumber 与业务键 " + businessKey + " 不一致 / field"
            + " 'ticketNumber' differs from the business key " + businessKey);
      }
      ticketNumber = businessKey;
      reason = Objects.requireNonNullElse(
          Fields.optionalLines(variables, MajorIncidentProcess.Var.DECLARED_REASON, "宣布原因", 2000), "");
      try {
        declaration.declarable(ticketNumber);
      } catch (NoSuchElementException e) {
        throw new InvalidInputException("ticketNumber", "字段 ticketNumber：没有工单 " + ticketNumber + " / field"
            + " 'ticketNumber': no ticket " + ticketNumber);
      }
    } else {
      if (businessKey != null && !businessKey.isBlank()) {
        throw InvalidInputException.businessKeyGiven();
      }
      Map<String, Object> clean = validators.forProcess(MajorIncidentProcess.KEY).orElseThrow().validate(variables);
      ticketNumber = (String) clean.get("ticketNumber");
      reason = (String) clean.get(MajorIncidentProcess.Var.DECLARED_REASON);
    }
    Ticket ticket = declaration.declarable(ticketNumber);
    execution.setProcessBusinessKey(ticketNumber);
    execution.setVariables(MajorIncidentDeclaration.variablesOf(ticket));
    execution.setVariable(MajorIncidentProcess.Var.DECLARED_REASON, reason);
    String auth = CurrentUser.of(execution);
    // OpsFlow's own declaration names its declarer; any other start is declared by the authenticated caller
    String actor = MajorIncidentDeclaration.declaring()
        .orElseGet(() -> Optional.ofNullable(auth)).orElse(null);
    execution.setVariable(MajorIncidentProcess.Var.DECLARED_BY, actor);
    Instant faultAt = declaration.faultOccurredAt(ticket, execution.getVariable(MajorIncidentProcess.Var.FAULT_OCCURRED_AT));
    execution.setVariable(MajorIncidentProcess.Var.FAULT_OCCURRED_AT, Date.from(faultAt));
    tickets.recordMajorDeclared(ticketNumber, actor, reason);
    declaration.recordFaultOccurred(ticketNumber, actor, ticket, faultAt);
  }
}
