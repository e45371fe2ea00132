package com.opsflow.incident;

import static com.opsflow.incident.IncidentDelayProcess.Var;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidators;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of 登记延期 ({@code ${incidentDelayIntake.accept(execution)}}): checks the form, records the
 * delay with {@link IncidentDelays} — the service the REST endpoint uses — in the starting transaction (a refused
 * delay starts nothing), and runs the instance under the incident's ticket number.
 */
@Component("incidentDelayIntake")
public class IncidentDelayIntake {

  private final StartValidators validators;
  private final IncidentDelays delays;

  IncidentDelayIntake(StartValidators validators, IncidentDelays delays) {
    this.validators = validators;
    this.delays = delays;
  }

  public void accept(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    Map<String, Object> clean = validators.forProcess(IncidentDelayProcess.KEY).orElseThrow()
        .validate(execution.getVariables());
    String ticketNumber = (String) clean.get(Var.TICKET_NUMBER);
    String actor = CurrentUser.of(execution);
    try {
      delays.agree(ticketNumber, actor, clean);
    } catch (NoSuchElementException | IllegalStateException e) {
      throw new InvalidInputException(Var.TICKET_NUMBER, "字段 ticketNumber（事件单号）：" + e.getMessage()
          + " / field 'ticketNumber'");
    }
    execution.setProcessBusinessKey(ticketNumber);
    execution.setVariables(clean);
    execution.setVariable(Var.RECORDED_BY, actor);
  }
}
