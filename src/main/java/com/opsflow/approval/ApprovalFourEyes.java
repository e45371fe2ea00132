package com.opsflow.approval;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.TaskCompletionValidator;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Four-eyes (SPEC §7: "an approval by someone other than the author"): the author of a plan can neither
 * claim nor complete its approval task. In the engine: the assignment listener ({@code
 * ${approvalAssignmentGuard}}) refuses a claim or assignment to the author, the complete listener
 * ({@code ${approvals.decided(task)}}) refuses a completion; the same rule runs in the REST filter
 * (engine-rest and Tasklist) as a {@link TaskCompletionValidator} per approval task, so a claim or a
 * completion by the author gets 403 with the reason instead of the engine's 500.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalFourEyes {

  @Bean
  TaskCompletionValidator approveInOrderFourEyes() {
    return new Validator(ApprovalProcess.Element.APPROVE_IN_ORDER);
  }

  @Bean
  TaskCompletionValidator approveTogetherFourEyes() {
    return new Validator(ApprovalProcess.Element.APPROVE_TOGETHER);
  }

  @Bean("approvalAssignmentGuard")
  TaskListener approvalAssignmentGuard() {
    return task -> {
      String author = (String) task.getVariable(ApprovalProcess.In.AUTHOR);
      if (author != null && !author.isBlank() && author.equals(task.getAssignee())) {
        throw new ActionNotAllowedException(ApprovalProcess.Var.DECISION,
            message(task.getExecution().getProcessBusinessKey(), author));
      }
    };
  }

  /** Refuses the decision when the deciding user or the assignee is the plan's author. */
  static void check(String ticketNumber, String author, String user, String assignee) {
    if (author == null || author.isBlank()) {
      return;
    }
    if (author.equals(user) || author.equals(assignee)) {
      throw new ActionNotAllowedException(ApprovalProcess.Var.DECISION, message(ticketNumber, author));
    }
  }

  static String message(String ticketNumber, String author) {
    return (ticketNumber == null ? "该" : ticketNumber + " 的") + "方案由 " + author + " 编写，作者不能认领或审批自己的方案，"
        + "请由审批组的其他人员审批 / the author of a plan can neither claim nor approve it";
  }

  /** The user the engine acts for, else the task's assignee. */
  static String currentUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }

  private record Validator(String taskDefinitionKey) implements TaskCompletionValidator {

    @Override
    public String processKey() {
      return ApprovalProcess.KEY;
    }

    @Override
    public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
      check(null, (String) current.get(ApprovalProcess.In.AUTHOR), userId, assignee);
    }

    @Override
    public void validateClaim(String claimant, Map<String, Object> current) {
      check(null, (String) current.get(ApprovalProcess.In.AUTHOR), claimant, null);
    }
  }
}
