package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.TaskCompletionValidator;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task listeners of the knowledge process: the drafting task records its author
 * ({@code ${knowledgeTasks.drafted(task)}}), the review task refuses a review by the author
 * ({@code ${knowledgeTasks.reviewed(task)}}, four-eyes). The same rule runs in the REST filter as a
 * {@link TaskCompletionValidator}, so callers get a 403 with the reason instead of the engine's 500.
 */
@Component("knowledgeTasks")
public class KnowledgeTasks implements TaskCompletionValidator {

  public static final String REVIEWER = "knowledgeReviewer";

  public void drafted(DelegateTask task) {
    String author = currentUser(task.getProcessEngineServices().getIdentityService(), task.getAssignee());
    task.setVariable(Var.AUTHOR, author == null ? "" : author);
  }

  public void reviewed(DelegateTask task) {
    String reviewer = currentUser(task.getProcessEngineServices().getIdentityService(), task.getAssignee());
    String author = (String) task.getVariable(Var.AUTHOR);
    checkFourEyes((String) task.getVariable(Var.ARTICLE_ID), author, reviewer, task.getAssignee());
    task.setVariable(REVIEWER, reviewer == null ? "" : reviewer);
  }

  @Override
  public String processKey() {
    return KnowledgeProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return KnowledgeProcess.Element.REVIEW;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    checkFourEyes((String) current.get(Var.ARTICLE_ID), (String) current.get(Var.AUTHOR), userId, assignee);
  }

  private static void checkFourEyes(String articleId, String author, String reviewer, String assignee) {
    if (author == null || author.isBlank()) {
      return;
    }
    if (author.equals(reviewer) || author.equals(assignee)) {
      throw new ActionNotAllowedException("reviewer", "知识条目 " + articleId + " 由 " + author + " 起草，作者不能审核自己的"
          + "条目，请由知识库岗的其他人员审核 / the author of an article cannot review it; another member of the"
          + " knowledge group must");
    }
  }

  /** The user the engine acts for, else the given fallback (the task's assignee). */
  static String currentUser(IdentityService identityService, String fallback) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return fallback;
  }
}
