package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import com.opsflow.engine.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Knowledge step" ({@code ${knowledgeStep}}, input parameter {@code knowledgeAction}): {@code submit}
 * saves the draft as the version in review, {@code publish} publishes it, {@code reject} records the
 * reviewer's reason and sends the draft back ({@link KnowledgeService#review}).
 */
@Component("knowledgeStep")
class KnowledgeStepDelegate implements JavaDelegate {

  static final String STEP = "knowledgeAction";
  static final Variable<String> STEP_VAR = Variable.string(STEP);

  private final KnowledgeService knowledge;

  KnowledgeStepDelegate(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String action = STEP_VAR.get(execution);
    int version = knowledge.review(action, Var.ARTICLE_ID_VAR.get(execution), Var.VERSION_NO_VAR.get(execution),
        execution.getVariables());
    if (KnowledgeService.SUBMIT.equals(action)) {
      Var.VERSION_NO_VAR.set(execution, version);
    }
  }
}
