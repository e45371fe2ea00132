package com.opsflow.datamaintenance;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.approval.PlanAuthorship;
import com.opsflow.datamaintenance.DataMaintenanceProcess.Typed;
import com.opsflow.datamaintenance.DataMaintenanceProcess.Var;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.worklog.CompletedTasks;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code data-maintenance} ({@code ${dataMaintenance.…}}), adapted to {@link DataMaintenanceService}:
 * each reads the ticket number, the acting user and the task's variables, and writes back what the service
 * returns. The count-mismatch review's four-eyes rule also guards REST and Tasklist completions and claims.
 */
@Component("dataMaintenance")
public class DataMaintenance implements TaskCompletionValidator, PlanAuthorship {

  private final DataMaintenanceService service;

  DataMaintenance(DataMaintenanceService service) {
    this.service = service;
  }

  /** End listener of 登记数据维护单: the register row and the link to the incident it came from. */
  public void opened(DelegateExecution execution) {
    service.opened(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        Typed.SYSTEM.get(execution), Typed.INCIDENT_NUMBER.get(execution), Typed.SUMMARY.get(execution),
        CurrentUser.of(execution, null));
  }

  public void communicated(DelegateTask task) {
    service.communicated(number(task), actor(task), task.getVariables());
  }

  public void analysed(DelegateTask task) {
    service.analysed(number(task), actor(task), task.getVariables());
  }

  /** The plan version is stored; its author and text go to the approval. */
  public void planWritten(DelegateTask task) {
    DataMaintenanceService.PlanWritten plan = service.planWritten(number(task), actor(task), task.getVariables());
    Typed.PLAN_VERSION.set(task, plan.version());
    Typed.EXPECTED_RECORDS.set(task, plan.expectedRecords());
    ApprovalProcess.Typed.AUTHOR.set(task, plan.author());
    ApprovalProcess.Typed.SUBJECT.set(task, plan.approvalSubject());
    ApprovalProcess.Typed.DOCUMENT.set(task, plan.approvalDocument());
  }

  /** End listener of the approval call: its outcome is kept with the plan version. */
  public void reviewed(DelegateExecution execution) {
    service.reviewed(execution.getProcessBusinessKey(), ApprovalProcess.Typed.OUTCOME.get(execution),
        ApprovalProcess.Typed.REASON.get(execution), ApprovalProcess.Typed.APPROVED_BY.get(execution));
  }

  public void tested(DelegateTask task) {
    service.tested(number(task), actor(task), task.getVariables());
  }

  /** The production run: the actual count against the expected one decides whether the ticket stops for review. */
  public void executed(DelegateTask task) {
    DataMaintenanceService.ProductionRun run = service.executed(number(task), actor(task), task.getVariables());
    Typed.ACTUAL_RECORDS.set(task, run.actualRecords());
    Typed.RECORDS_MATCH.set(task, run.recordsMatch());
    Typed.EXECUTED_BY.set(task, run.executedBy());
  }

  /** The team lead's decision on a count mismatch; never by whoever ran the plan. */
  public void mismatchDecided(DelegateTask task) {
    service.mismatchDecided(number(task), task.getProcessInstanceId(), actor(task), task.getAssignee(),
        task.getVariables());
  }

  /** Assignment listener of the mismatch review: whoever ran the plan cannot even take the review. */
  public void reviewAssigned(DelegateTask task) {
    service.checkNotOwnRun(task.getProcessInstanceId(), Typed.EXECUTED_BY.get(task), null, task.getAssignee());
  }

  public void rolledBack(DelegateTask task) {
    service.rolledBack(number(task), actor(task), task.getVariables());
  }

  public void confirmed(DelegateTask task) {
    service.confirmed(number(task), actor(task), task.getVariables());
  }

  /** The text of the data-maintenance mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return service.note(execution.getProcessBusinessKey());
  }

  @Override
  public String processKey() {
    return DataMaintenanceProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return DataMaintenanceProcess.Element.REVIEW_MISMATCH;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    service.checkNotOwnRun(task.processInstanceId(), current.get(Var.EXECUTED_BY), userId, task.assignee());
  }

  @Override
  public void validateClaim(TaskRef task, String claimant, Map<String, Object> current) {
    service.checkNotOwnRun(task.processInstanceId(), current.get(Var.EXECUTED_BY), claimant, null);
  }

  /** The plan handed to {@code approval} is written in this task; its completer is the plan's author. */
  @Override
  public CompletedTasks.Step planStep() {
    return new CompletedTasks.Step(DataMaintenanceProcess.KEY, DataMaintenanceProcess.Element.WRITE_PLAN);
  }

  private static String number(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }

  private static String actor(DelegateTask task) {
    return CurrentUser.of(task.getExecution(), task.getAssignee());
  }
}
