package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts knowledge instances for a draft that does not come from the start form: a candidate from a
 * closed incident (new article) or a revision of a published article (same article id). The instance
 * starts at its message start event, whose start checks ({@link KnowledgeIntake}) run in the caller's
 * transaction, and continues asynchronously; its business key is the article id.
 */
@Service
@Transactional
public class KnowledgeDrafts {

  private final KnowledgeBase base;
  private final RuntimeService runtime;

  KnowledgeDrafts(KnowledgeBase base, RuntimeService runtime) {
    this.base = base;
    this.runtime = runtime;
  }

  /** A new article drafted from an incident's summary, description and solution. */
  public Draft fromIncident(String ticketNumber, String system, String summary, String description, String solution,
      String actor) {
    String articleId = base.createDraft(system, "other", ticketNumber, actor);
    return start(articleId, system, "other", new KnowledgeBase.ArticleContent(summary,
        description == null || description.isBlank() ? summary : description, "", solution == null ? "" : solution, ""),
        ticketNumber);
  }

  /** A new version of a published article, prefilled with the current one. */
  public Draft revision(KnowledgeBase.Article article, KnowledgeBase.ArticleVersion current) {
    return start(article.articleId(), article.system(), article.category(), new KnowledgeBase.ArticleContent(
        current.title(), current.symptom(), current.cause(), current.solution(), current.keywords()),
        article.sourceTicket());
  }

  private Draft start(String articleId, String system, String category, KnowledgeBase.ArticleContent content,
      String sourceTicket) {
    Map<String, Object> draft = new HashMap<>();
    draft.put(Var.ARTICLE_ID, articleId);
    draft.put(Var.SYSTEM, system);
    draft.put(Var.CATEGORY, category);
    draft.put(Var.TITLE, content.title());
    draft.put(Var.SYMPTOM, content.symptom());
    draft.put(Var.CAUSE, nonNull(content.cause()));
    draft.put(Var.SOLUTION, nonNull(content.solution()));
    draft.put(Var.KEYWORDS, nonNull(content.keywords()));
    draft.put(Var.SOURCE_TICKET, nonNull(sourceTicket));
    String instanceId = runtime.createMessageCorrelation(KnowledgeProcess.DRAFT_REQUESTED_MESSAGE)
        .processInstanceBusinessKey(articleId).setVariables(draft).correlateStartMessage().getId();
    base.linkProcess(articleId, instanceId);
    return new Draft(articleId, instanceId);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  public record Draft(String articleId, String processInstanceId) {
  }
}
