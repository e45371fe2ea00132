package com.opsflow.problem;

import com.opsflow.engine.WithoutAuthorization;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells every open incident linked to the problem that it ended ({@link ProblemService#notifyLinkedIncidents}): a
 * followup waiting for the problem (Message_ProblemResolved) receives the problem's solution and goes on to
 * verification and callback; an incident not waiting is noted on its ticket instead, so an ended problem never
 * fails on it.
 */
@Component("notifyLinkedIncidents")
class NotifyLinkedIncidentsDelegate implements JavaDelegate {

  private final ProblemService problems;

  NotifyLinkedIncidentsDelegate(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    // Engine-internal work: whoever completed the report need not be allowed to touch the incidents.
    problems.notifyLinkedIncidents(execution.getProcessBusinessKey(), (incident, answer) ->
        !WithoutAuthorization.inCurrentCommand(() -> runtime.createMessageCorrelation(ProblemProcess.RESOLVED_MESSAGE)
            .processInstanceBusinessKey(incident)
            .setVariables(answer)
            .correlateAllWithResult()).isEmpty());
  }
}
