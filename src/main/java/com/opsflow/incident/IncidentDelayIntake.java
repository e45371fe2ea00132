package com.opsflow.incident;

import com.opsflow.engine.CurrentUser;
import com.opsflow.ticket.TicketVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of 登记延期 ({@code ${incidentDelayIntake.accept(execution)}}): checks the form and records the
 * delay with {@link IncidentDelays#agreeByForm} — the service the REST endpoint uses — in the starting transaction (a
 * refused delay starts nothing), and runs the instance under the incident's ticket number.
 */
@Component("incidentDelayIntake")
public class IncidentDelayIntake {

  private final IncidentDelays delays;

  IncidentDelayIntake(IncidentDelays delays) {
    this.delays = delays;
  }

  public void accept(DelegateExecution execution) {
    Map<String, Object> run = delays.agreeByForm(execution.getVariables(), execution.getProcessBusinessKey(),
        CurrentUser.of(execution));
    execution.setProcessBusinessKey(TicketVariables.TICKET_NUMBER_VAR.from(run));
    execution.setVariables(run);
  }
}
