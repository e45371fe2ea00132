package com.opsflow.migration;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.approval.PlanAuthorship;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.migration.MigrationProcess.Typed;
import com.opsflow.worklog.CompletedTasks;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code migration} that are no record on the ticket ({@code ${migrations.…}}), adapted to
 * {@link MigrationService}: the plan's author, what the approvers read, the checklist shown in and imported by the
 * verification, and the rule that the switch-over needs verified functions and a complete, matching checklist
 * (also checked on REST and Tasklist completions: 400).
 */
@Component("migrations")
public class Migrations implements TaskCompletionValidator, PlanAuthorship {

  private final MigrationService service;

  Migrations(MigrationService service) {
    this.service = service;
  }

  /** Complete listener of 撰写迁移方案和回退方案: who wrote the plan (the approval refuses them as approver). */
  public void planWritten(DelegateTask task) {
    String author = CurrentUser.of(task);
    Typed.PLAN_AUTHOR.set(task, author);
    service.planWritten(task.getExecution().getProcessBusinessKey(), author);
  }

  /** Start listener of the approval call activity: the approval contract's subject, document and author. */
  public void prepareApproval(DelegateExecution execution) {
    MigrationService.ApprovalRequest request = service.approvalRequest(execution.getProcessBusinessKey(),
        execution.getVariables());
    ApprovalProcess.Typed.SUBJECT.set(execution, request.subject());
    ApprovalProcess.Typed.DOCUMENT.set(execution, request.document());
    ApprovalProcess.Typed.AUTHOR.set(execution, request.author());
  }

  public void approved(DelegateExecution execution) {
    service.approved(execution.getProcessBusinessKey(), ApprovalProcess.Typed.APPROVED_BY.get(execution));
  }

  /** Taken on a failure flow: which step failed, for the rollback task, the ticket and the mail. */
  public void failedAt(DelegateExecution execution, String step) {
    Typed.FAILED_STEP.set(execution, step);
  }

  /**
   * Create listener of the verification: the checklist as it stands, as text and as the form's list; the task keeps
   * what the list showed, so a completion stores only the rows the user changed or added (an import through
   * {@code /api} meanwhile is not overwritten by rows the form merely sent back).
   */
  public void showChecklist(DelegateTask task) {
    MigrationService.ChecklistView view = service.checklist(task.getExecution().getProcessBusinessKey());
    Typed.CHECKLIST_SUMMARY.set(task, view.summary());
    Typed.CHECKLIST_ROWS.set(task, view.rows());
    Typed.CHECKLIST_ROWS_SHOWN.setLocal(task, view.rows());
  }

  /**
   * Complete listener of the verification: stores the list's changed rows and a pasted CSV, then refuses the
   * switch-over unless the functions are verified and every line of the checklist matches.
   */
  public void verified(DelegateTask task) {
    MigrationService.Verified verified = service.verified(task.getExecution().getProcessBusinessKey(),
        CurrentUser.of(task), task.getVariables(), Typed.CHECKLIST_ROWS_SHOWN.getLocal(task));
    if (verified.stored()) {
      Typed.CHECKLIST_CSV.set(task, null);
    }
    Typed.CHECKLIST_SUMMARY.set(task, verified.summary());
  }

  @Override
  public String processKey() {
    return MigrationProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return MigrationProcess.Element.VERIFY;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  /** The checklist is the register's (by the instance's business key), never a ticket number a variable names. */
  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    service.checkVerification(task.businessKey(), submitted, current);
  }

  /** What the approvers read (and the mails quote). */
  public String document(DelegateExecution execution) {
    return service.document(execution.getProcessBusinessKey(), execution.getVariables());
  }

  /** The text of the migration mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return service.note(execution.getProcessBusinessKey(), execution.getVariables());
  }

  /** The plan handed to {@code approval} is written in this task; its completer is the plan's author. */
  @Override
  public CompletedTasks.Step planStep() {
    return new CompletedTasks.Step(MigrationProcess.KEY, MigrationProcess.Element.PLAN);
  }
}
