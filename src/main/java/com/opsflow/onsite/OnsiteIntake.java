package com.opsflow.onsite;

import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of on-site support ({@code ${onsiteIntake.accept(execution)}}): checks the start
 * variables on every way in and chooses the business key. An instance for an existing ticket keeps
 * that ticket's number (given as variable {@code ticketNumber}, or as business key by a caller inside
 * the engine such as a call activity); a new request gets an ONS- number.
 */
@Component("onsiteIntake")
public class OnsiteIntake {

  private final OnsiteStartValidator validator;
  private final TicketNumbers ticketNumbers;

  OnsiteIntake(OnsiteStartValidator validator, TicketNumbers ticketNumbers) {
    this.validator = validator;
    this.ticketNumbers = ticketNumbers;
  }

  public void accept(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Object given = execution.getVariable(Var.TICKET_NUMBER);
    if (businessKey != null && !businessKey.isBlank()) {
      if (given != null && !given.toString().isBlank() && !given.toString().equals(businessKey)) {
        throw new InvalidInputException("businessKey", "业务键 " + businessKey + " 与已有工单号 " + given
            + " 不一致 / business key and ticketNumber name different tickets");
      }
      execution.setVariable(Var.TICKET_NUMBER, businessKey);
    }
    execution.setVariables(validator.validate(execution.getVariables()));
    Object number = execution.getVariable(Var.TICKET_NUMBER);
    boolean existing = number != null && !number.toString().isBlank();
    if (!existing) {
      number = ticketNumbers.next(OnsiteSupportProcess.TICKET_PREFIX);
      execution.setVariable(Var.TICKET_NUMBER, number);
    }
    execution.setProcessBusinessKey(number.toString());
    execution.setVariable(Var.EXISTING_TICKET, existing);
  }
}
