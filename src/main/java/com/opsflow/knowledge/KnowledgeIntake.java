package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of the knowledge process ({@code ${knowledgeIntake.accept(execution)}} on the process,
 * so every start event passes it once). A draft written by hand: checks the template fields, gives the
 * article its number KB-NNNN and makes it the business key. A draft requested by message (an incident's
 * candidate, a revision; {@link KnowledgeDrafts}): the business key must be an existing article, the
 * fields and the source ticket are checked — a message sent over engine-rest gets the same checks.
 */
@Component("knowledgeIntake")
public class KnowledgeIntake {

  private final KnowledgeStartValidator validator;
  private final KnowledgeBase base;
  private final TicketService tickets;

  KnowledgeIntake(KnowledgeStartValidator validator, KnowledgeBase base, TicketService tickets) {
    this.validator = validator;
    this.base = base;
    this.tickets = tickets;
  }

  public void accept(DelegateExecution execution) {
    if (KnowledgeProcess.Element.START_REQUESTED.equals(execution.getCurrentActivityId())) {
      acceptRequested(execution);
    } else {
      acceptByHand(execution);
    }
  }

  private void acceptRequested(DelegateExecution execution) {
    Map<String, Object> clean = validator.validateRequested(execution.getVariables());
    String sourceTicket = (String) clean.get(Var.SOURCE_TICKET);
    if (!sourceTicket.isEmpty() && tickets.find(sourceTicket).isEmpty()) {
      throw new InvalidInputException(Var.SOURCE_TICKET, "字段 sourceTicket（来源工单）：没有工单 " + sourceTicket
          + " / field 'sourceTicket': no ticket " + sourceTicket);
    }
    String articleId = execution.getProcessBusinessKey();
    if (articleId == null || articleId.isBlank() || base.find(articleId).isEmpty()) {
      throw new InvalidInputException("businessKey", "知识草稿请求的业务键应为已有的知识条目编号，收到 '"
          + (articleId == null ? "" : articleId) + "' / field 'businessKey': a draft request needs an existing"
          + " article id as business key");
    }
    Object given = execution.getVariable(Var.ARTICLE_ID);
    if (given != null && !articleId.equals(given)) {
      throw new InvalidInputException(Var.ARTICLE_ID, "字段 articleId 与业务键 " + articleId + " 不一致 / field"
          + " 'articleId' differs from the business key " + articleId);
    }
    execution.setVariables(clean);
    execution.setVariable(Var.ARTICLE_ID, articleId);
  }

  private void acceptByHand(DelegateExecution execution) {
    Map<String, Object> clean = validator.validate(execution.getVariables());
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank()) {
      throw new InvalidInputException("businessKey", "知识条目编号由 OpsFlow 分配，请勿填写业务键 / the business key is the"
          + " article id that OpsFlow assigns; leave it empty");
    }
    String articleId = base.createDraft((String) clean.get(Var.SYSTEM), (String) clean.get(Var.CATEGORY), null,
        KnowledgeTasks.currentUser(execution.getProcessEngineServices().getIdentityService(), null));
    base.linkProcess(articleId, execution.getProcessInstanceId());
    execution.setVariables(clean);
    execution.setVariable(Var.ARTICLE_ID, articleId);
    execution.setVariable(Var.SOURCE_TICKET, "");
    execution.setProcessBusinessKey(articleId);
  }
}
