package com.opsflow.problem;

import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.incident.IncidentFollowupProcess;
import com.opsflow.ticket.TicketVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Component;

/**
 * Tells every open incident linked to the problem that it ended: a followup waiting for the problem
 * (Message_ProblemResolved) receives the problem's solution and goes on to verification and callback;
 * an incident not waiting is noted on its ticket instead, so an ended problem never fails on it.
 */
@Component("notifyLinkedIncidents")
class NotifyLinkedIncidentsDelegate implements JavaDelegate {

  static final String NOTIFIED = "notified";
  static final String NOT_WAITING = "noted-not-waiting";
  static final String ALREADY_CLOSED = "noted-closed";

  private final ProblemService problems;

  NotifyLinkedIncidentsDelegate(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Problem problem = problems.find(number).orElseThrow(() -> new IllegalStateException("No problem " + number));
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Map<String, Object> answer = answer(problem);
    for (LinkedIncident incident : problems.incidents(number)) {
      if (incident.notifiedAt() != null) {
        continue;
      }
      if ("closed".equals(incident.status())) {
        problems.recordIncidentNotified(number, incident.incidentNumber(), ALREADY_CLOSED);
        continue;
      }
      // Engine-internal work: whoever completed the report need not be allowed to touch the incidents.
      List<MessageCorrelationResult> results = WithoutAuthorization.inCurrentCommand(() ->
          runtime.createMessageCorrelation(ProblemProcess.RESOLVED_MESSAGE)
              .processInstanceBusinessKey(incident.incidentNumber())
              .setVariables(answer)
              .correlateAllWithResult());
      problems.recordIncidentNotified(number, incident.incidentNumber(), results.isEmpty() ? NOT_WAITING : NOTIFIED);
    }
  }

  /** What the incident's followup gets: the solution to verify and tell the user, and where it came from. */
  static Map<String, Object> answer(Problem problem) {
    Map<String, Object> v = new HashMap<>();
    boolean rejected = problem.resolvedAt() == null;
    v.put(IncidentFollowupProcess.Var.PROBLEM_OUTCOME, rejected ? "rejected" : "resolved");
    v.put(TicketVariables.PROBLEM_NUMBER, problem.problemNumber());
    if (rejected) {
      v.put(TicketVariables.SOLUTION, "关联问题单 " + problem.problemNumber() + " 的需求未获系统负责人批准："
          + problem.approvalNote());
      v.put(IncidentFollowupProcess.Var.SECOND_LINE_ANALYSIS, "需求分析：" + problem.rootCause());
    } else {
      v.put(TicketVariables.SOLUTION, "关联问题单 " + problem.problemNumber() + " 已解决：" + problem.report().finalSolution());
      v.put(IncidentFollowupProcess.Var.SECOND_LINE_ANALYSIS, "问题原因：" + problem.report().cause());
    }
    return v;
  }
}
