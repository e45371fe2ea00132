package com.opsflow.intake;

import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of every process that opens a ticket: checks the start variables (whatever way
 * the instance was started) and gives the instance its ticket number as business key.
 * Used in the models as {@code ${startIntake.accept(execution, 'INC')}}.
 */
@Component("startIntake")
public class StartIntake {

  public static final String TICKET_NUMBER = TicketVariables.TICKET_NUMBER;

  private final StartValidators validators;
  private final TicketNumbers ticketNumbers;

  StartIntake(StartValidators validators, TicketNumbers ticketNumbers) {
    this.validators = validators;
    this.ticketNumbers = ticketNumbers;
  }

  public void accept(DelegateExecution execution, String ticketPrefix) {
    String processKey = execution.getProcessDefinitionId().split(":")[0];
    validators.forProcess(processKey).ifPresent(v -> execution.setVariables(v.validate(execution.getCurrentActivityId(), execution.getVariables())));
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    String number = ticketNumbers.next(ticketPrefix);
    execution.setProcessBusinessKey(number);
    TicketVariables.TICKET_NUMBER_VAR.set(execution, number);
  }
}
