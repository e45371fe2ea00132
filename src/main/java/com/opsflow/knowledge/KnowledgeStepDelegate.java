package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Knowledge step" ({@code ${knowledgeStep}}, input parameter {@code knowledgeAction}): {@code submit}
 * saves the draft as the version in review, {@code publish} publishes it, {@code reject} records the
 * reviewer's reason and sends the draft back.
 */
@Component("knowledgeStep")
class KnowledgeStepDelegate implements JavaDelegate {

  static final String STEP = "knowledgeAction";

  private final KnowledgeBase base;
  private final KnowledgeStartValidator validator;

  KnowledgeStepDelegate(KnowledgeBase base, KnowledgeStartValidator validator) {
    this.base = base;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String articleId = (String) execution.getVariable(Var.ARTICLE_ID);
    String step = (String) execution.getVariable(STEP);
    switch (step) {
      case "submit" -> {
        var clean = validator.validate(execution.getVariables());
        int version = base.submitForReview(articleId, (String) clean.get(Var.CATEGORY), new KnowledgeBase.ArticleContent(
            (String) clean.get(Var.TITLE), (String) clean.get(Var.SYMPTOM), (String) clean.get(Var.CAUSE),
            (String) clean.get(Var.SOLUTION), (String) clean.get(Var.KEYWORDS)), (String) execution.getVariable(Var.AUTHOR));
        execution.setVariable(Var.VERSION_NO, version);
      }
      case "publish" -> base.publish(articleId, version(execution), reviewer(execution), null);
      case "reject" -> base.reject(articleId, version(execution), reviewer(execution), note(execution));
      default -> throw new IllegalArgumentException("unknown knowledge step '" + step + "'");
    }
  }

  private static int version(DelegateExecution execution) {
    return ((Number) execution.getVariable(Var.VERSION_NO)).intValue();
  }

  private static String reviewer(DelegateExecution execution) {
    return (String) execution.getVariable(KnowledgeTasks.REVIEWER);
  }

  private static String note(DelegateExecution execution) {
    Object note = execution.getVariable(Var.REVIEW_NOTE);
    return note == null ? null : note.toString();
  }
}
