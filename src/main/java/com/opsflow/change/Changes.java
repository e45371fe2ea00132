package com.opsflow.change;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.approval.PlanAuthorship;
import com.opsflow.change.ChangeProcess.Typed;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.worklog.CompletedTasks;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code change} ({@code ${changes.…}}), adapted to {@link ChangeService}: each passes the ticket
 * number, the acting user and the instance's variables, and writes back what the service returns. As a
 * {@link TaskCompletionValidator} of 制定实施计划 it refuses a window that ends before it starts (400).
 */
@Component("changes")
public class Changes implements TaskCompletionValidator, PlanAuthorship {

  private final ChangeService service;

  Changes(ChangeService service) {
    this.service = service;
  }

  /** After the ticket is registered: the change register row. */
  public void register(DelegateExecution execution) {
    service.registered(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), execution.getVariables());
  }

  /** Complete listener of 评估可行性和风险. */
  public void assessed(DelegateTask task) {
    service.assessed(number(task.getExecution()), actor(task), task.getVariables());
  }

  public void notFeasible(DelegateExecution execution) {
    service.notFeasible(number(execution));
  }

  /** After DMN change-risk. */
  public void classified(DelegateExecution execution) {
    service.classified(number(execution), CurrentUser.of(execution), execution.getVariables());
  }

  /** Complete listener of 编制变更方案和回退方案: whoever writes the plan is its author (four-eyes in approval). */
  public void planWritten(DelegateTask task) {
    Typed.PLAN_AUTHOR.set(task, service.planAuthor(CurrentUser.of(task)));
  }

  /** Complete listener of 制定实施计划: the window must end after it starts. */
  public void implementationPlanned(DelegateTask task) {
    service.window(task.getVariable(Var.WINDOW_START), task.getVariable(Var.WINDOW_END));
  }

  /**
   * Before approval: the window is booked in the register and checked against the other approved
   * changes of the same system; conflicts are recorded and become part of what the approvers read.
   */
  public void checkSchedule(DelegateExecution execution) {
    ChangeService.ScheduleChecked checked = service.checkSchedule(number(execution), CurrentUser.of(execution),
        execution.getVariables());
    Typed.WINDOW_START_AT.set(execution, checked.windowStartAt());
    Typed.SCHEDULE_CONFLICTS.set(execution, checked.conflicts());
    ApprovalProcess.Typed.SUBJECT.set(execution, checked.approvalSubject());
    ApprovalProcess.Typed.AUTHOR.set(execution, checked.approvalAuthor());
    ApprovalProcess.Typed.DOCUMENT.set(execution, checked.approvalDocument());
  }

  /**
   * Approved: the window is booked in the forward schedule; a change of the same system approved for an
   * overlapping window while this one was in approval is recorded as a conflict too (and named in the mail).
   */
  public void approved(DelegateExecution execution) {
    service.approved(number(execution), CurrentUser.of(execution), execution.getVariables())
        .ifPresent(conflicts -> Typed.SCHEDULE_CONFLICTS.set(execution, conflicts));
  }

  public void rejected(DelegateExecution execution) {
    service.rejected(number(execution));
  }

  /** Verified after implementation: monitoring for one business cycle starts. */
  public void implemented(DelegateExecution execution) {
    service.implemented(number(execution), CurrentUser.of(execution), execution.getVariables());
  }

  public void rolledBack(DelegateExecution execution) {
    Typed.CLOSURE_NOTE.set(execution, service.rolledBack(number(execution), CurrentUser.of(execution),
        execution.getVariables()));
  }

  public void closed(DelegateExecution execution) {
    Typed.CLOSURE_NOTE.set(execution, service.closed(number(execution), execution.getVariables()));
  }

  /** The text of the change mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return service.note(execution.getVariables());
  }

  @Override
  public String processKey() {
    return ChangeProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ChangeProcess.Element.PLAN_IMPLEMENTATION;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    Object start = submitted.containsKey(Var.WINDOW_START) ? submitted.get(Var.WINDOW_START) : current.get(Var.WINDOW_START);
    Object end = submitted.containsKey(Var.WINDOW_END) ? submitted.get(Var.WINDOW_END) : current.get(Var.WINDOW_END);
    service.window(start, end);
  }

  /** The plan handed to {@code approval} is written in this task; its completer is the plan's author. */
  @Override
  public CompletedTasks.Step planStep() {
    return new CompletedTasks.Step(ChangeProcess.KEY, ChangeProcess.Element.WRITE_PLAN);
  }

  private static String number(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  /** Who completed the task; for a step without a user, whoever the engine acts for. */
  private static String actor(DelegateTask task) {
    String user = CurrentUser.of(task);
    return user != null ? user : CurrentUser.of(task.getExecution());
  }
}
