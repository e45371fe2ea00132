package com.opsflow.knowledge;

import com.opsflow.engine.WithoutAuthorization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start knowledge draft" ({@code ${startKnowledgeDraft}}) for a closed incident flagged as new
 * knowledge: a new article number and a knowledge instance with the ticket's summary, description and
 * solution as the draft ({@link KnowledgeService#draftFromIncident}). Returns at once: only the knowledge start checks
 * run here (on fields taken from the closed ticket); the draft continues asynchronously (the message start event is
 * asyncAfter), so the incident never waits for the knowledge process.
 */
@Component("startKnowledgeDraft")
class StartKnowledgeDraftDelegate implements JavaDelegate {

  private final KnowledgeService knowledge;

  StartKnowledgeDraftDelegate(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String actor = KnowledgeTasks.currentUser(execution.getProcessEngineServices().getIdentityService(), null);
    // engine-internal work: the desk member closing the ticket needs no right to start knowledge drafts
    WithoutAuthorization.inCurrentCommand(() -> knowledge.draftFromIncident(execution.getProcessBusinessKey(),
        execution.getVariables(), actor));
  }
}
