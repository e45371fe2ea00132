package com.opsflow.problem;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.FormFieldError;
import com.opsflow.incident.IncidentFollowupProcess;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "关联问题单" in the incident followup: links the incident to the problem number second line entered
 * ({@link ProblemService#linkFromFollowup}). Runs in the completion of second line's task, so an unknown or ended
 * problem refuses the completion (Tasklist shows the message at the field, REST answers 400) instead of leaving a
 * dangling number on the ticket; waiting needs a problem that is still open.
 */
@Component("linkProblem")
class LinkProblemDelegate implements JavaDelegate {

  private final ProblemService problems;

  LinkProblemDelegate(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean awaitProblem = IncidentFollowupProcess.Outcome.AWAIT_PROBLEM.equals(
        IncidentFollowupProcess.Var.HANDLING_OUTCOME_VAR.get(execution));
    try {
      problems.linkFromFollowup(TicketVariables.PROBLEM_NUMBER_VAR.get(execution), awaitProblem,
          execution.getProcessBusinessKey(), CurrentUser.of(execution));
    } catch (InvalidInputException e) {
      throw FormFieldError.of(TicketVariables.PROBLEM_NUMBER, e.getMessage());
    }
  }
}
