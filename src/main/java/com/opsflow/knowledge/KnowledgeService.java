package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketVariables;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The steps of the knowledge process on plain values: the start checks of a draft written by hand or requested by
 * message, review (submit, publish, reject), and the draft of a closed incident flagged as new knowledge.
 */
@Service
class KnowledgeService {

  /** Values of the {@code knowledgeAction} input parameter of "knowledge step". */
  static final String SUBMIT = "submit";
  static final String PUBLISH = "publish";
  static final String REJECT = "reject";

  private final KnowledgeStartValidator validator;
  private final KnowledgeBase base;
  private final KnowledgeDrafts drafts;
  private final TicketService tickets;

  KnowledgeService(KnowledgeStartValidator validator, KnowledgeBase base, KnowledgeDrafts drafts,
      TicketService tickets) {
    this.validator = validator;
    this.base = base;
    this.drafts = drafts;
    this.tickets = tickets;
  }

  /**
   * A draft requested by message (an incident's candidate, a revision; {@link KnowledgeDrafts}): the business key must
   * be an existing article, the fields and the source ticket are checked. Returns the variables the instance runs
   * with.
   */
  Map<String, Object> acceptRequested(Map<String, Object> v, String businessKey) {
    Map<String, Object> clean = validator.validateRequested(v);
    String sourceTicket = (String) clean.get(Var.SOURCE_TICKET);
    if (!sourceTicket.isEmpty() && tickets.find(sourceTicket).isEmpty()) {
      throw new InvalidInputException(Var.SOURCE_TICKET, "字段 sourceTicket（来源工单）：没有工单 " + sourceTicket
          + " / field 'sourceTicket': no ticket " + sourceTicket);
    }
    if (businessKey == null || businessKey.isBlank() || base.find(businessKey).isEmpty()) {
      throw new InvalidInputException("businessKey", "知识草稿请求的业务键应为已有的知识条目编号，收到 '"
          + (businessKey == null ? "" : businessKey) + "' / field 'businessKey': a draft request needs an existing"
          + " article id as business key");
    }
    Object given = v.get(Var.ARTICLE_ID);
    if (given != null && !businessKey.equals(given)) {
      throw new InvalidInputException(Var.ARTICLE_ID, "字段 articleId 与业务键 " + businessKey + " 不一致 / field"
          + " 'articleId' differs from the business key " + businessKey);
    }
    Map<String, Object> set = new HashMap<>(clean);
    set.put(Var.ARTICLE_ID, businessKey);
    return set;
  }

  /**
   * A draft written by hand: checks the template fields and gives the article its number KB-NNNN, which becomes the
   * business key ({@link Var#ARTICLE_ID} of the returned variables).
   */
  Map<String, Object> acceptByHand(Map<String, Object> v, String businessKey, String processInstanceId,
      String actor) {
    Map<String, Object> clean = validator.validate(v);
    if (businessKey != null && !businessKey.isBlank()) {
      throw new InvalidInputException("businessKey", "知识条目编号由 OpsFlow 分配，请勿填写业务键 / the business key is the"
          + " article id that OpsFlow assigns; leave it empty");
    }
    String articleId = base.createDraft((String) clean.get(Var.SYSTEM), (String) clean.get(Var.CATEGORY), null, actor);
    base.linkProcess(articleId, processInstanceId);
    Map<String, Object> set = new HashMap<>(clean);
    set.put(Var.ARTICLE_ID, articleId);
    set.put(Var.SOURCE_TICKET, "");
    return set;
  }

  /**
   * The reviewer's step {@code action} on the article's draft: {@code submit} saves the checked fields of {@code v} as
   * the version in review and returns its number; {@code publish} publishes it, {@code reject} records the reason and
   * sends the draft back (both return {@code version}).
   */
  int review(String action, String articleId, Integer version, Map<String, Object> v) {
    switch (action) {
      case SUBMIT -> {
        Map<String, Object> clean = validator.validate(v);
        return base.submitForReview(articleId, (String) clean.get(Var.CATEGORY), new KnowledgeBase.ArticleContent(
            (String) clean.get(Var.TITLE), (String) clean.get(Var.SYMPTOM), (String) clean.get(Var.CAUSE),
            (String) clean.get(Var.SOLUTION), (String) clean.get(Var.KEYWORDS)), text(v, Var.AUTHOR, null));
      }
      case PUBLISH -> base.publish(articleId, version, text(v, KnowledgeTasks.REVIEWER, null), null);
      case REJECT -> base.reject(articleId, version, text(v, KnowledgeTasks.REVIEWER, null),
          text(v, Var.REVIEW_NOTE, null));
      default -> throw new IllegalArgumentException("unknown knowledge step '" + action + "'");
    }
    return version;
  }

  /**
   * A closed incident flagged as new knowledge: a new article drafted from the ticket's summary, description and
   * solution ({@code v}, the incident's variables), noted in the incident's history.
   */
  KnowledgeDrafts.Draft draftFromIncident(String ticketNumber, Map<String, ?> v, String actor) {
    KnowledgeDrafts.Draft draft = drafts.fromIncident(ticketNumber, text(v, TicketVariables.SYSTEM, ""),
        text(v, TicketVariables.SUMMARY, ""), text(v, TicketVariables.DESCRIPTION, ""),
        text(v, TicketVariables.SOLUTION, ""), actor);
    tickets.event(ticketNumber, KnowledgeEvent.DRAFTED, actor, draft.articleId());
    return draft;
  }

  private static String text(Map<String, ?> v, String name, String absent) {
    Object value = v.get(name);
    return value == null ? absent : value.toString();
  }
}
