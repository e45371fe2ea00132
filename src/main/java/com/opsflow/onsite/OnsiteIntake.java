package com.opsflow.onsite;

import com.opsflow.onsite.OnsiteService.Intake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of on-site support ({@code ${onsiteIntake.accept(execution)}}): {@link OnsiteService#intake} checks
 * the start variables on every way in and chooses the ticket, whose number becomes the business key.
 */
@Component("onsiteIntake")
public class OnsiteIntake {

  private final OnsiteService onsite;

  OnsiteIntake(OnsiteService onsite) {
    this.onsite = onsite;
  }

  public void accept(DelegateExecution execution) {
    Intake intake = onsite.intake(execution.getProcessBusinessKey(), execution.getVariables());
    execution.setVariables(intake.variables());
    execution.setProcessBusinessKey(intake.ticketNumber());
  }
}
