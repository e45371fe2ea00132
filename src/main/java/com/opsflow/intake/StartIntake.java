package com.opsflow.intake;

import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketVariables;
import java.util.Map;
import java.util.Objects;
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
    validators.forProcess(processKey).ifPresent(v -> {
      Map<String, Object> given = execution.getVariables();
      setChanged(execution, given, v.validate(execution.getCurrentActivityId(), given));
    });
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    String number = ticketNumbers.next(ticketPrefix);
    execution.setProcessBusinessKey(number);
    TicketVariables.TICKET_NUMBER_VAR.set(execution, number);
  }

  /**
   * Sets the validated values that are new or differ from what the instance was started with. Setting an unchanged
   * value again changes nothing but writes one more history row per variable (ACT_HI_DETAIL, history full): about ten
   * per incident start (issue 15).
   */
  private static void setChanged(DelegateExecution execution, Map<String, Object> given, Map<String, Object> validated) {
    validated.forEach((name, value) -> {
      if (!given.containsKey(name) || !Objects.equals(given.get(name), value)) {
        execution.setVariable(name, value);
      }
    });
  }
}
