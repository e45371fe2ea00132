package com.opsflow.schedule;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "按日程发起定期工作" (element template start-scheduled-runs.json): after a scheduled process's timer start
 * event, starts the runs due today through the message named by {@code scheduleMessage}. Input parameters:
 * {@code scheduleProcess} (the row key of DMN operation-schedule), {@code scheduleMessage}.
 */
@Component("startScheduledRuns")
class StartScheduledRunsDelegate implements JavaDelegate {

  static final String PROCESS = "scheduleProcess";
  static final String MESSAGE = "scheduleMessage";

  private final ScheduledStarts starts;

  StartScheduledRunsDelegate(ScheduledStarts starts) {
    this.starts = starts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    starts.startDue(execution, (String) execution.getVariableLocal(PROCESS), (String) execution.getVariableLocal(MESSAGE));
  }
}
