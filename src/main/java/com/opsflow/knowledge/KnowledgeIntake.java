package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of the knowledge process ({@code ${knowledgeIntake.accept(execution)}} on the process,
 * so every start event passes it once). A draft written by hand: checks the template fields, gives the
 * article its number KB-NNNN and makes it the business key. A draft requested by message (an incident's
 * candidate, a revision; {@link KnowledgeDrafts}): the business key must be an existing article, the
 * fields and the source ticket are checked — a message sent over engine-rest gets the same checks
 * ({@link KnowledgeService}).
 */
@Component("knowledgeIntake")
public class KnowledgeIntake {

  private final KnowledgeService knowledge;

  KnowledgeIntake(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  public void accept(DelegateExecution execution) {
    if (KnowledgeProcess.Element.START_REQUESTED.equals(execution.getCurrentActivityId())) {
      execution.setVariables(knowledge.acceptRequested(execution.getVariables(), execution.getProcessBusinessKey()));
    } else {
      String actor = KnowledgeTasks.currentUser(execution.getProcessEngineServices().getIdentityService(), null);
      execution.setVariables(knowledge.acceptByHand(execution.getVariables(), execution.getProcessBusinessKey(),
          execution.getProcessInstanceId(), actor));
      execution.setProcessBusinessKey(Var.ARTICLE_ID_VAR.require(execution));
    }
  }
}
