package com.opsflow.survey;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.survey.SatisfactionSurveyProcess.Typed;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import com.opsflow.survey.SurveyAnswers.Answer;
import com.opsflow.survey.SurveyService.Plan;
import com.opsflow.survey.SurveyService.Summary;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code satisfaction-survey} ({@code ${surveys.…}}): thin adapters from the process to
 * {@link SurveyService}. As the answer task's {@link TaskCompletionValidator} it checks each batch again on
 * REST/Tasklist completion (400 naming the line).
 */
@Component("surveys")
public class Surveys implements TaskCompletionValidator {

  /** Process variables hold at most 4000 characters; the full texts are in the register and the report. */
  static final int NOTE_LIMIT = SurveyService.NOTE_LIMIT;

  private final SurveyService service;

  Surveys(SurveyService service) {
    this.service = service;
  }

  /** Start listener after {@code startIntake}. The collection closes at the end of the last survey day. */
  public void register(DelegateExecution execution) {
    Plan plan = service.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        CurrentUser.of(execution), execution.getVariables());
    Typed.QUESTION_COUNT.set(execution, plan.questionCount());
    Typed.QUESTION_LIST.set(execution, plan.questionList());
    Typed.COLLECTION_ENDS_AT.set(execution, plan.collectionEndsAt());
    Typed.COLLECTION_COMPLETE.set(execution, false);
    emptyBatch(execution, 0);
  }

  /** Complete listener of 录入调查答卷: stores the batch, empties the field for the next one. */
  public void answersEntered(DelegateTask task) {
    emptyBatch(task, service.answersEntered(task.getExecution().getProcessBusinessKey(), CurrentUser.of(task),
        task.getVariables()));
  }

  /** The answers so far, and an empty batch: the list a Json variable Tasklist fills and sends back as Json. */
  private static void emptyBatch(VariableScope scope, int answerCount) {
    Typed.ANSWER_COUNT.set(scope, answerCount);
    Typed.ANSWERS.set(scope, "");
    scope.setVariable(Var.ANSWER_ROWS, SpinValues.jsonValue("[]").create());
  }

  /** An answer through {@code POST /api/surveys/{number}/answers}; only while the collection is open. */
  public long addAnswer(String number, Answer answer, String user) {
    return service.addAnswer(number, answer, user);
  }

  /** 汇总调查结果: closes the collection and writes the summary for the decision task. */
  public void summarise(DelegateExecution execution) {
    Summary summary = service.summarise(execution.getProcessBusinessKey());
    Typed.ANSWER_COUNT.set(execution, summary.respondents());
    Typed.SUMMARY.set(execution, summary.text());
    Typed.SATISFACTION_RATE.set(execution, summary.satisfactionRate());
  }

  /** Complete listener of 确定改进措施: one stored action per row or line, their ids drive the multi-instance task. */
  public void actionsDecided(DelegateTask task) {
    Typed.ACTION_IDS.set(task, service.actionsDecided(task.getExecution().getProcessBusinessKey(),
        CurrentUser.of(task), task.getVariables()));
  }

  /** The multi-instance collection: the action ids as strings. */
  public List<String> actionIds(DelegateExecution execution) {
    String ids = Typed.ACTION_IDS.get(execution);
    return ids == null || ids.isBlank() ? List.of() : List.of(ids.split(","));
  }

  public String actionGroup(String actionId) {
    return service.action(actionId).group();
  }

  public String actionText(String actionId) {
    return service.action(actionId).text();
  }

  /** Create listener of 落实改进措施: the task shows its action; each parallel instance keeps its own result. */
  public void actionCreated(DelegateTask task) {
    SurveyRegister.StoredAction action = service.action(Typed.ACTION_ID.require(task));
    Typed.ACTION_TEXT.setLocal(task, action.text());
    Typed.ACTION_GROUP.setLocal(task, SatisfactionSurveyProcess.ACTION_GROUPS.get(action.group()));
    // completions set variables on the execution: keep the result on this instance's own execution
    Typed.ACTION_RESULT.setLocal(task.getExecution(), "");
  }

  /** Complete listener of 落实改进措施. */
  public void actionDone(DelegateTask task) {
    service.actionDone(task.getExecution().getProcessBusinessKey(), Typed.ACTION_ID.require(task),
        Typed.ACTION_RESULT.get(task), CurrentUser.of(task));
  }

  /** Writes the survey report (DOCX) with summary and actions and keeps it with the ticket. */
  public void writeReport(DelegateExecution execution) {
    Typed.CLOSURE_NOTE.set(execution, service.writeReport(execution.getProcessBusinessKey(),
        CurrentUser.of(execution)));
  }

  public void closed(DelegateExecution execution) {
    service.closed(execution.getProcessBusinessKey());
  }

  /** The text of the survey mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return service.note(execution.getProcessBusinessKey(), execution.getVariables());
  }

  @Override
  public String processKey() {
    return SatisfactionSurveyProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return SatisfactionSurveyProcess.Element.COLLECT;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    SurveyService.checkAnswers(submitted, current);
  }
}
