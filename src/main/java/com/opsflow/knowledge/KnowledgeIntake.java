package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import com.opsflow.intake.InvalidInputException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of a draft written by hand ({@code ${knowledgeIntake.acceptByHand(execution)}}):
 * checks the template fields, gives the article its number KB-NNNN and makes it the business key.
 */
@Component("knowledgeIntake")
public class KnowledgeIntake {

  private final KnowledgeStartValidator validator;
  private final KnowledgeBase base;

  KnowledgeIntake(KnowledgeStartValidator validator, KnowledgeBase base) {
    this.validator = validator;
    this.base = base;
  }

  public void acceptByHand(DelegateExecution execution) {
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
