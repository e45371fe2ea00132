package com.opsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.approval.ApprovalProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives the {@code approval} call activity of a caller (release, migration) in tests: each open approval
 * task is claimed and decided by the demo user of its candidate group, as in Tasklist.
 */
public class PlanApprovals {

  private final ProcessEngine engine;

  public PlanApprovals(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Runs the caller's pending async step (the route decision before the call activity), as the job executor would. */
  public void runPending(ProcessInstance caller) {
    engine.getManagementService().createJobQuery().processInstanceId(caller.getId()).messages().list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
  }

  public ProcessInstance called(ProcessInstance caller) {
    runPending(caller);
    ProcessInstance called = find(caller);
    assertThat(called).as("approval called by %s", caller.getBusinessKey()).isNotNull();
    return called;
  }

  public Object calledWith(ProcessInstance caller, String variable) {
    return engine.getRuntimeService().getVariable(called(caller).getId(), variable);
  }

  /** The candidate groups of the open approval tasks. */
  public List<String> openGroups(ProcessInstance caller) {
    return tasks(called(caller)).stream().map(this::group).toList();
  }

  public void approveAll(ProcessInstance caller) {
    decideUntilEnded(caller, ApprovalProcess.APPROVE, null);
  }

  public void sendBack(ProcessInstance caller, String reason) {
    decide(tasks(called(caller)).get(0), ApprovalProcess.REWORK, reason);
    assertThat(find(caller)).as("rework ends the approval").isNull();
  }

  public void reject(ProcessInstance caller, String reason) {
    decideUntilEnded(caller, ApprovalProcess.REJECT, reason);
  }

  private void decideUntilEnded(ProcessInstance caller, String decision, String reason) {
    called(caller);
    for (int i = 0; i < 10 && find(caller) != null; i++) {
      decide(tasks(find(caller)).get(0), decision, reason);
    }
    assertThat(find(caller)).as("approval of %s ended", caller.getBusinessKey()).isNull();
  }

  private ProcessInstance find(ProcessInstance caller) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ApprovalProcess.KEY)
        .superProcessInstanceId(caller.getId()).singleResult();
  }

  private List<Task> tasks(ProcessInstance approval) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).orderByTaskCreateTime()
        .asc().list();
    assertThat(tasks).as("open approval tasks").isNotEmpty();
    return tasks;
  }

  private String group(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId)
        .findFirst().orElseThrow();
  }

  private void decide(Task task, String decision, String reason) {
    String group = group(task);
    String user = "demo-" + group;
    Acting.as(engine.getIdentityService(), user, List.of(group), () -> {
      engine.getTaskService().claim(task.getId(), user);
      Map<String, Object> form = new HashMap<>();
      form.put(ApprovalProcess.Var.DECISION, decision);
      if (reason != null) {
        form.put(ApprovalProcess.Var.DECISION_REASON, reason);
      }
      engine.getTaskService().complete(task.getId(), form);
    });
  }
}
