package com.opsflow.knowledge;

import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.TaskCompletionValidator;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The article the desk records as having solved the ticket (lookup task, {@code knowledgeArticleUsed})
 * must exist and be published: it feeds the "used" statistics. Checked on every REST and Tasklist
 * completion of the lookup task, answered with a 400 naming the field.
 */
@Component
class KnowledgeUsedValidator implements TaskCompletionValidator {

  private final KnowledgeBase base;

  KnowledgeUsedValidator(KnowledgeBase base) {
    this.base = base;
  }

  @Override
  public String processKey() {
    return IncidentProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return IncidentProcess.Element.LOOKUP_KNOWLEDGE;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    Object used = submitted.get(IncidentProcess.Var.KNOWLEDGE_ARTICLE_USED);
    if (used != null && !used.toString().isBlank() && !base.isPublished(used.toString().trim())) {
      throw KnowledgeBase.unknownArticle(IncidentProcess.Var.KNOWLEDGE_ARTICLE_USED, used.toString());
    }
  }
}
