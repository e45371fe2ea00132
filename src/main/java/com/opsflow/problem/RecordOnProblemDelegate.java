package com.opsflow.problem;

import com.opsflow.engine.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record on problem": writes the step named by the input parameter {@code problemStep} to the problem
 * register ({@link ProblemService#recordStep}), attributed to the user who completed the step before it.
 */
@Component("recordOnProblem")
class RecordOnProblemDelegate implements JavaDelegate {

  private final ProblemService problems;

  RecordOnProblemDelegate(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemStep step = ProblemStep.of(ProblemProcess.Var.PROBLEM_STEP_VAR.require(execution));
    execution.setVariables(problems.recordStep(step, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), CurrentUser.of(execution), execution.getVariables()));
  }
}
