package com.opsflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the response and resolution clocks ({@link SlaClockService#start}): the due dates the SLA timers fire on,
 * recorded on the ticket with the priority.
 */
@Component("slaClocks")
public class SlaClocksDelegate implements JavaDelegate {

  private final SlaClockService clocks;

  SlaClocksDelegate(SlaClockService clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(clocks.start(execution.getProcessBusinessKey(), execution.getVariables()));
  }

  /** Minutes past the resolution due date on the resolution clock's basis (negative while in time); an escalation input. */
  public long minutesOverdue(DelegateExecution execution) {
    return clocks.minutesOverdue(execution.getVariables());
  }
}
