package com.opsflow.drdrill;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.worklog.CompletedTasks;
import com.opsflow.worklog.FourEyes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The system owner who approves a drill plan is someone other than its author (docs/adr/0007): the author is who
 * completed 制定灾备演练计划 (task_completion) and the {@code planned_by} of the drill's register row — facts no task
 * candidate can edit. Runs in the complete listener and, for REST and Tasklist, in the request filter (403).
 */
@Component
class DrDrillFourEyes implements TaskCompletionValidator {

  private final DrDrillRegister register;
  private final CompletedTasks completedTasks;

  DrDrillFourEyes(DrDrillRegister register, @Lazy CompletedTasks completedTasks) {
    this.register = register;
    this.completedTasks = completedTasks;
  }

  @Override
  public String processKey() {
    return DrDrillProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return DrDrillProcess.Element.APPROVE;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    check(task.processInstanceId(), task.businessKey(), userId, task.assignee());
  }

  /** The author may not take the approval either, so it never sits claimed by someone who cannot complete it. */
  @Override
  public void validateClaim(TaskRef task, String claimant, Map<String, Object> current) {
    check(task.processInstanceId(), task.businessKey(), claimant, null);
  }

  void check(String processInstanceId, String number, String approver, String assignee) {
    Set<String> authors = FourEyes.people(completedTasks.lastCompletedBy(processInstanceId, DrDrillProcess.Element.PLAN),
        Optional.ofNullable(number).flatMap(register::find).map(DrDrillRegister.Drill::plannedBy).orElse(null));
    FourEyes.among(authors, approver, assignee).ifPresent(author -> {
      throw new ActionNotAllowedException("planApproval", "灾备演练计划 " + number + " 由 " + author + " 编制，编制人不能"
          + "审批自己的计划，请由其他应用系统负责人审批 / the author of a drill plan cannot approve it");
    });
  }
}
