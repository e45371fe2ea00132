package com.opsflow.approval;

import com.opsflow.approval.ApprovalProcess.Typed;
import com.opsflow.engine.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code approval} ({@code ${approvals.…}}), adapted to {@link ApprovalService}: the caller's
 * variables and the tally of decisions are read from the instance, the service checks, counts and records, the
 * results are written back. The four-eyes rule is {@link ApprovalFourEyes}.
 */
@Component("approvals")
public class Approvals {

  private final ApprovalService service;

  Approvals(ApprovalService service) {
    this.service = service;
  }

  /** Start listener: the caller's variables are checked, the route is set up, the deadline computed. */
  public void start(DelegateExecution execution) {
    ApprovalService.Start start = service.start(execution.getVariables());
    Typed.REQUIRED.set(execution, start.required());
    Typed.DEADLINE_HOURS.set(execution, start.deadlineHours());
    Typed.DUE_AT.set(execution, start.dueAt());
    write(execution, ApprovalService.Tally.NONE);
    Typed.OUTCOME.set(execution, null);
    Typed.REASON.set(execution, null);
  }

  /** Detail of the "approval requested" ticket event. */
  public String route(DelegateExecution execution) {
    return service.route(request(execution));
  }

  /** The multi-instance collection of the approval tasks: one task per group, in the listed order. */
  public List<String> groupList(DelegateExecution execution) {
    return new ArrayList<>(service.groups(Typed.GROUPS.get(execution)));
  }

  /**
   * Create listener: the form's decision fields belong to this task only (no prefill from another
   * approver); the subject is the task's description, the deadline its due date.
   */
  public void created(DelegateTask task) {
    task.setDescription(Typed.SUBJECT.get(task));
    task.setDueDate(Typed.DUE_AT.get(task));
    // the form's values land on the task's execution (one per approver): start each approver empty
    Typed.DECISION.setLocal(task.getExecution(), null);
    Typed.DECISION_REASON.setLocal(task.getExecution(), null);
  }

  /**
   * Complete listener: the author never decides (four-eyes), a reject or rework needs its reason; the
   * decision is counted and recorded on the ticket with who and when.
   */
  public void decided(DelegateTask task) {
    String user = CurrentUser.of(task);
    DelegateExecution instance = task.getExecution().getProcessInstance();
    ApprovalService.Decision decision = new ApprovalService.Decision(task.getExecution().getProcessBusinessKey(),
        Typed.SUBJECT.get(task), Typed.APPROVER_GROUP.get(task), user, task.getAssignee(), Typed.AUTHOR.get(task),
        Typed.DECISION.get(task), Typed.DECISION_REASON.get(task));
    write(instance, service.decided(decision, tally(instance)));
    // kept on the task as well, so the history shows each approver's decision with the task (who, when)
    Typed.DECISION.setLocal(task, decision.decision());
    Typed.DECISION_REASON.setLocal(task, decision.reason());
    Typed.DECIDED_BY.setLocal(task, user == null ? "" : user);
  }

  /**
   * Completion condition of the approval tasks: settled when n approvals are in, when n can no longer be
   * reached, or when any approver sent the plan back.
   */
  public boolean settled(DelegateExecution execution) {
    return service.settled(tally(execution), Typed.REQUIRED.find(execution).orElse(0), Typed.GROUPS.get(execution));
  }

  /** After the approval tasks: the outcome for the caller, recorded on the ticket. */
  public void conclude(DelegateExecution execution) {
    ApprovalService.Outcome outcome = service.conclude(execution.getProcessBusinessKey(),
        Typed.SUBJECT.get(execution), tally(execution), Typed.REQUIRED.find(execution).orElse(0));
    Typed.OUTCOME.set(execution, outcome.outcome());
    Typed.REASON.set(execution, outcome.reason());
  }

  /** The text of the escalation mail ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return service.note(request(execution), tally(execution));
  }

  /** Recipients of the escalation mail: the project manager and the approver groups. */
  public String escalationRecipients(DelegateExecution execution) {
    return service.escalationRecipients(Typed.GROUPS.get(execution));
  }

  /** What the caller asked for, as the start listener left it. */
  static ApprovalService.Request request(VariableScope scope) {
    return new ApprovalService.Request(Typed.SUBJECT.get(scope), Typed.GROUPS.get(scope), Typed.MODE.get(scope),
        Typed.REQUIRED.find(scope).orElse(0), Typed.AUTHOR.get(scope), Typed.DUE_AT.get(scope));
  }

  private static ApprovalService.Tally tally(VariableScope scope) {
    return new ApprovalService.Tally(Typed.APPROVALS.find(scope).orElse(0), Typed.REJECTIONS.find(scope).orElse(0),
        Typed.REWORKS.find(scope).orElse(0), Typed.APPROVED_BY.get(scope), Typed.REASONS.get(scope));
  }

  private static void write(VariableScope scope, ApprovalService.Tally tally) {
    Typed.APPROVALS.set(scope, tally.approvals());
    Typed.REJECTIONS.set(scope, tally.rejections());
    Typed.REWORKS.set(scope, tally.reworks());
    Typed.APPROVED_BY.set(scope, tally.approvedBy());
    Typed.REASONS.set(scope, tally.reasons());
  }
}
