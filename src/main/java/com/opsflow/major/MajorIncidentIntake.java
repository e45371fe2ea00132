package com.opsflow.major;

import com.opsflow.engine.CurrentUser;
import com.opsflow.ticket.TicketVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of the major-incident process ({@code ${majorIncidentIntake.accept(execution)}} on the
 * process, so both start events pass it once): checks the named incident and reason
 * ({@link MajorIncidentService#acceptDeclaration}), and runs the handling under the incident's own ticket number — no
 * new ticket.
 */
@Component("majorIncidentIntake")
public class MajorIncidentIntake {

  private final MajorIncidentService majorIncidents;

  MajorIncidentIntake(MajorIncidentService majorIncidents) {
    this.majorIncidents = majorIncidents;
  }

  public void accept(DelegateExecution execution) {
    boolean byMessage = MajorIncidentProcess.START_DECLARED.equals(execution.getCurrentActivityId());
    Map<String, Object> run = majorIncidents.acceptDeclaration(byMessage, execution.getProcessBusinessKey(),
        execution.getVariables(), CurrentUser.of(execution));
    execution.setProcessBusinessKey(TicketVariables.TICKET_NUMBER_VAR.from(run));
    execution.setVariables(run);
  }
}
