package com.opsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives the {@code approval} call activity of a caller (release, migration) in tests. */
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
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("approval")
        .superProcessInstanceId(caller.getId()).singleResult();
    assertThat(called).as("approval called by %s", caller.getBusinessKey()).isNotNull();
    return called;
  }

  public Object calledWith(ProcessInstance caller, String variable) {
    return engine.getRuntimeService().getVariable(called(caller).getId(), variable);
  }

  public void approveAll(ProcessInstance caller) {
    for (int i = 0; i < 10 && open(caller) != null; i++) {
      decide(open(caller), "approved", null);
    }
    assertThat(open(caller)).isNull();
  }

  public void sendBack(ProcessInstance caller, String reason) {
    decide(open(caller), "rework", reason);
  }

  public void reject(ProcessInstance caller, String reason) {
    decide(open(caller), "rejected", reason);
  }

  private Task open(ProcessInstance caller) {
    runPending(caller);
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("approval")
        .superProcessInstanceId(caller.getId()).singleResult();
    if (called == null) {
      return null;
    }
    return engine.getTaskService().createTaskQuery().processInstanceId(called.getId()).list().stream().findFirst()
        .orElse(null);
  }

  private void decide(Task task, String outcome, String reason) {
    assertThat(task).as("open approval task").isNotNull();
    String user = "demo-team-lead";
    engine.getIdentityService().setAuthentication(user, List.of("team-lead"));
    try {
      engine.getTaskService().complete(task.getId(), Map.of("approvalOutcome", outcome,
          "approvalReason", reason == null ? "" : reason, "approvedBy", "approved".equals(outcome) ? user : ""));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
