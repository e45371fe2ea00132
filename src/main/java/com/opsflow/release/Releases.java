package com.opsflow.release;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.approval.PlanAuthorship;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.release.ReleaseProcess.Typed;
import com.opsflow.worklog.CompletedTasks;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code release} that are no record on the ticket ({@code ${releases.…}}), adapted to
 * {@link ReleaseService}: the plan's author and upgrade window when the review is completed (also checked on REST
 * completions: 400), what the approvers read, the bureau's publish decision and the text of the release mails.
 */
@Component("releases")
public class Releases implements TaskCompletionValidator, PlanAuthorship {

  private final ReleaseService service;

  Releases(ReleaseService service) {
    this.service = service;
  }

  /** Complete listener of 审核补丁并编写升级方案: who wrote the plan, the window for the timer. */
  public void planWritten(DelegateTask task) {
    service.planWritten(task.getExecution().getProcessBusinessKey(), CurrentUser.of(task), task.getVariables())
        .ifPresent(plan -> {
          Typed.PLAN_AUTHOR.set(task, plan.author());
          Typed.WINDOW_STARTS_AT.set(task, plan.windowStartsAt());
        });
  }

  /** Start listener of the approval call activity: the approval contract's subject, document and author. */
  public void prepareApproval(DelegateExecution execution) {
    ReleaseService.ApprovalRequest request = service.approvalRequest(execution.getProcessBusinessKey(),
        execution.getVariables());
    ApprovalProcess.Typed.SUBJECT.set(execution, request.subject());
    ApprovalProcess.Typed.DOCUMENT.set(execution, request.document());
    ApprovalProcess.Typed.AUTHOR.set(execution, request.author());
  }

  /** After the approval: who approved goes to the register. */
  public void approved(DelegateExecution execution) {
    service.approved(execution.getProcessBusinessKey(), ApprovalProcess.Typed.APPROVED_BY.get(execution));
  }

  /** Complete listener of 统一发布 (bureau-it, B-2.4.4.1(7)): the bureau's decision on the ticket. */
  public void published(DelegateTask task) {
    service.published(task.getExecution().getProcessBusinessKey(), CurrentUser.of(task), task.getVariables());
  }

  /** What the approvers read (and the mails quote): the plan with its rollback plan and test result. */
  public String document(DelegateExecution execution) {
    return service.document(execution.getProcessBusinessKey(), execution.getVariables());
  }

  /** The text of the release mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return service.note(execution.getProcessBusinessKey(), execution.getVariables());
  }

  @Override
  public String processKey() {
    return ReleaseProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ReleaseProcess.Element.REVIEW;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    Map<String, Object> all = new HashMap<>(current);
    all.putAll(submitted);
    service.checkReview(all);
  }

  /** The plan handed to {@code approval} is written in this task; its completer is the plan's author. */
  @Override
  public CompletedTasks.Step planStep() {
    return new CompletedTasks.Step(ReleaseProcess.KEY, ReleaseProcess.Element.REVIEW);
  }
}
