package com.opsflow.knowledge;

import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start knowledge draft" ({@code ${startKnowledgeDraft}}) for a closed incident flagged as new
 * knowledge: a new article number and a knowledge instance with the ticket's summary, description and
 * solution as the draft. Returns at once: only the knowledge start checks run here (on fields taken
 * from the closed ticket); the draft continues asynchronously (the message start event is asyncAfter),
 * so the incident never waits for the knowledge process.
 */
@Component("startKnowledgeDraft")
class StartKnowledgeDraftDelegate implements JavaDelegate {

  private final KnowledgeDrafts drafts;
  private final TicketService tickets;

  StartKnowledgeDraftDelegate(KnowledgeDrafts drafts, TicketService tickets) {
    this.drafts = drafts;
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ticketNumber = execution.getProcessBusinessKey();
    String actor = KnowledgeTasks.currentUser(execution.getProcessEngineServices().getIdentityService(), null);
    // engine-internal work: the desk member closing the ticket needs no right to start knowledge drafts
    KnowledgeDrafts.Draft draft = WithoutAuthorization.inCurrentCommand(() -> drafts.fromIncident(
        ticketNumber, text(execution, TicketVariables.SYSTEM), text(execution, TicketVariables.SUMMARY),
        text(execution, TicketVariables.DESCRIPTION), text(execution, TicketVariables.SOLUTION), actor));
    tickets.event(ticketNumber, "knowledge-drafted", actor, draft.articleId());
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
