package com.opsflow.knowledge;

import com.opsflow.engine.CurrentUser;
import static com.opsflow.knowledge.KnowledgeProcess.Var;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.worklog.CompletedTasks;
import com.opsflow.worklog.FourEyes;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Task listeners of the knowledge process: the drafting task records its author
 * ({@code ${knowledgeTasks.drafted(task)}}), the review task refuses a review by the author
 * ({@code ${knowledgeTasks.reviewed(task)}}, four-eyes). The same rule runs in the REST filter as a
 * {@link TaskCompletionValidator}, so callers get a 403 with the reason instead of the engine's 500.
 * The author is who completed the drafting task, from the register of completed tasks — a fact no task
 * candidate can edit (issue 9); the {@code knowledgeAuthor} variable is refused as well.
 */
@Component("knowledgeTasks")
public class KnowledgeTasks implements TaskCompletionValidator {

  public static final String REVIEWER = "knowledgeReviewer";

  private final CompletedTasks completedTasks;

  KnowledgeTasks(@Lazy CompletedTasks completedTasks) {
    this.completedTasks = completedTasks;
  }

  public void drafted(DelegateTask task) {
    String author = currentUser(task.getProcessEngineServices().getIdentityService(), task.getAssignee());
    task.setVariable(Var.AUTHOR, author == null ? "" : author);
  }

  public void reviewed(DelegateTask task) {
    String reviewer = currentUser(task.getProcessEngineServices().getIdentityService(), task.getAssignee());
    checkFourEyes((String) task.getVariable(Var.ARTICLE_ID), authors(task.getProcessInstanceId(),
        task.getVariable(Var.AUTHOR)), reviewer, task.getAssignee());
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
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    checkFourEyes((String) current.get(Var.ARTICLE_ID), authors(task.processInstanceId(), current.get(Var.AUTHOR)),
        userId, task.assignee());
  }

  /** Who drafted the article: the drafting task's completer in the register, and the recorded author. */
  private Set<String> authors(String processInstanceId, Object recordedAuthor) {
    return FourEyes.people(completedTasks.lastCompletedBy(processInstanceId, KnowledgeProcess.Element.DRAFT),
        recordedAuthor);
  }

  private static void checkFourEyes(String articleId, Set<String> authors, String reviewer, String assignee) {
    FourEyes.among(authors, reviewer, assignee).ifPresent(author -> {
      throw new ActionNotAllowedException("reviewer", "知识条目 " + articleId + " 由 " + author + " 起草，作者不能审核自己的"
          + "条目，请由知识库岗的其他人员审核 / the author of an article cannot review it; another member of the"
          + " knowledge group must");
    });
  }

  /** The user the engine acts for, else the given fallback (the task's assignee). */
  static String currentUser(IdentityService identityService, String fallback) {
    String user = CurrentUser.of(identityService);
    return user != null ? user : fallback;
  }
}
