package com.opsflow.major;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the duty clocks of a major incident from the decided figures ({@link MajorIncidentService#startDuties}), each
 * counted on the basis the decision gives for it.
 */
@Component("majorIncidentDuties")
public class MajorIncidentDutiesDelegate implements JavaDelegate {

  private final MajorIncidentService majorIncidents;

  MajorIncidentDutiesDelegate(MajorIncidentService majorIncidents) {
    this.majorIncidents = majorIncidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(majorIncidents.startDuties(execution.getProcessBusinessKey(), execution.getVariables()));
  }

  /** Timer of 现场恢复系统: {@code onsiteRestoreHours} from now (the engineer is on site) on its basis. */
  public Date onsiteRestoreDue(DelegateExecution execution) {
    return majorIncidents.onsiteRestoreDue(execution.getVariables());
  }
}
