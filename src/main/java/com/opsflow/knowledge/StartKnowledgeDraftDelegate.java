package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketVariables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * "Start knowledge draft" ({@code ${startKnowledgeDraft}}) for a closed incident flagged as new
 * knowledge: gives the article its number and starts a knowledge instance with the ticket's summary,
 * description and solution as the draft. Returns at once: the knowledge instance starts
 * asynchronously (its start event is asyncBefore), so the incident never waits for or fails with it.
 */
@Component("startKnowledgeDraft")
class StartKnowledgeDraftDelegate implements JavaDelegate {

  private final KnowledgeBase base;
  private final TicketService tickets;

  StartKnowledgeDraftDelegate(KnowledgeBase base, TicketService tickets) {
    this.base = base;
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ticketNumber = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(TicketVariables.SYSTEM);
    String summary = text(execution, TicketVariables.SUMMARY);
    String description = text(execution, TicketVariables.DESCRIPTION);
    String actor = KnowledgeTasks.currentUser(execution.getProcessEngineServices().getIdentityService(), null);
    String articleId = base.createDraft(system, "other", ticketNumber, actor);
    Map<String, Object> draft = new HashMap<>();
    draft.put(Var.ARTICLE_ID, articleId);
    draft.put(Var.SYSTEM, system);
    draft.put(Var.CATEGORY, "other");
    draft.put(Var.TITLE, summary);
    draft.put(Var.SYMPTOM, description.isBlank() ? summary : description);
    draft.put(Var.CAUSE, "");
    draft.put(Var.SOLUTION, text(execution, TicketVariables.SOLUTION));
    draft.put(Var.KEYWORDS, "");
    draft.put(Var.SOURCE_TICKET, ticketNumber);
    // engine-internal work: the desk member closing the ticket needs no right to start knowledge drafts
    String instanceId = Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
        .getRuntimeService().createMessageCorrelation(KnowledgeProcess.DRAFT_REQUESTED_MESSAGE)
        .processInstanceBusinessKey(articleId)
        .setVariables(draft)
        .correlateStartMessage().getId());
    base.linkProcess(articleId, instanceId);
    tickets.event(ticketNumber, "knowledge-drafted", actor, articleId);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
