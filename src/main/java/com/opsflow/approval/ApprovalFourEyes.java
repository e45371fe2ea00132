package com.opsflow.approval;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.worklog.CompletedTasks;
import com.opsflow.worklog.FourEyes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Four-eyes (SPEC §7: "an approval by someone other than the author"): the author of a plan can neither
 * claim nor complete its approval task. The author is who completed the caller's plan task for this
 * ticket, from the register of completed tasks ({@link PlanAuthorship}, {@link CompletedTasks}) — a fact
 * no task candidate can edit (issue 9); the {@code approvalAuthor} the caller hands in is refused as well,
 * so the rule only ever gets stricter. In the engine: the assignment listener ({@code
 * ${approvalAssignmentGuard}}) refuses a claim or assignment to the author, the complete listener ({@code
 * ${approvals.decided(task)}}) refuses a completion; the same rule runs in the REST filter (engine-rest
 * and Tasklist) as a {@link TaskCompletionValidator} per approval task, so a claim or a completion by the
 * author gets 403 with the reason instead of the engine's 500.
 */
@Component
public class ApprovalFourEyes {

  private final CompletedTasks completedTasks;
  private final List<PlanAuthorship> plans;

  ApprovalFourEyes(@Lazy CompletedTasks completedTasks, @Lazy List<PlanAuthorship> plans) {
    this.completedTasks = completedTasks;
    this.plans = plans;
  }

  /** The plan's authors: who wrote it per the register, and the author the caller named. */
  Set<String> authors(String ticketNumber, Object namedAuthor) {
    return FourEyes.people(completedTasks.lastCompletedBy(ticketNumber,
        plans.stream().map(PlanAuthorship::planStep).toList()), namedAuthor);
  }

  /** Refuses the decision when the deciding user or the assignee is one of the plan's authors. */
  void check(String ticketNumber, Set<String> authors, String user, String assignee) {
    FourEyes.among(authors, user, assignee).ifPresent(author -> {
      throw new ActionNotAllowedException(ApprovalProcess.Var.DECISION, message(ticketNumber, author));
    });
  }

  static String message(String ticketNumber, String author) {
    return (ticketNumber == null ? "该" : ticketNumber + " 的") + "方案由 " + author + " 编写，作者不能认领或审批自己的方案，"
        + "请由审批组的其他人员审批 / the author of a plan can neither claim nor approve it";
  }

  @Configuration(proxyBeanMethods = false)
  static class Rules {

    @Bean
    TaskCompletionValidator approveInOrderFourEyes(ApprovalFourEyes fourEyes) {
      return new Validator(fourEyes, ApprovalProcess.Element.APPROVE_IN_ORDER);
    }

    @Bean
    TaskCompletionValidator approveTogetherFourEyes(ApprovalFourEyes fourEyes) {
      return new Validator(fourEyes, ApprovalProcess.Element.APPROVE_TOGETHER);
    }

    @Bean("approvalAssignmentGuard")
    TaskListener approvalAssignmentGuard(ApprovalFourEyes fourEyes) {
      return task -> {
        String number = task.getExecution().getProcessBusinessKey();
        if (task.getAssignee() != null) {
          fourEyes.check(number, fourEyes.authors(number, task.getVariable(ApprovalProcess.In.AUTHOR)), null,
              task.getAssignee());
        }
      };
    }
  }

  private record Validator(ApprovalFourEyes fourEyes, String taskDefinitionKey) implements TaskCompletionValidator {

    @Override
    public String processKey() {
      return ApprovalProcess.KEY;
    }

    @Override
    public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
      validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
    }

    @Override
    public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
      fourEyes.check(task.businessKey(), fourEyes.authors(task.businessKey(), current.get(ApprovalProcess.In.AUTHOR)),
          userId, task.assignee());
    }

    @Override
    public void validateClaim(TaskRef task, String claimant, Map<String, Object> current) {
      fourEyes.check(task.businessKey(), fourEyes.authors(task.businessKey(), current.get(ApprovalProcess.In.AUTHOR)),
          claimant, null);
    }
  }
}
