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
 * "关联问题单" in the incident followup: links the incident to the problem number second line entered.
 * Runs in the completion of second line's task, so an unknown or ended problem refuses the completion
 * (Tasklist shows the message, REST answers 400) instead of leaving a dangling number on the ticket; waiting
 * needs a problem that is still open.
 */
@Component("linkProblem")
class LinkProblemDelegate implements JavaDelegate {

  private final ProblemService problems;

  LinkProblemDelegate(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object problemNumber = execution.getVariable(TicketVariables.PROBLEM_NUMBER);
    if (problemNumber == null || problemNumber.toString().isBlank()) {
      if (IncidentFollowupProcess.Outcome.AWAIT_PROBLEM.equals(
          execution.getVariable(IncidentFollowupProcess.Var.HANDLING_OUTCOME))) {
        throw FormFieldError.of(TicketVariables.PROBLEM_NUMBER, "等待问题解决时必须填写关联问题单号"
            + " / field 'problemNumber' is required when waiting for a problem");
      }
      return;
    }
    try {
      if (IncidentFollowupProcess.Outcome.AWAIT_PROBLEM.equals(
          execution.getVariable(IncidentFollowupProcess.Var.HANDLING_OUTCOME))) {
        problems.open(problemNumber.toString().trim());
      }
      problems.linkIncident(problemNumber.toString().trim(), execution.getProcessBusinessKey(),
          CurrentUser.of(execution));
    } catch (InvalidInputException e) {
      throw FormFieldError.of(TicketVariables.PROBLEM_NUMBER, e.getMessage());
    }
  }
}
