package com.opsflow.survey;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import com.opsflow.survey.SurveyAnswers.Answer;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code satisfaction-survey} ({@code ${surveys.…}}): registers the plan and its ticket, stores
 * each batch of answers (checked again on REST/Tasklist completion: 400 naming the line), summarises,
 * turns the decided improvement actions into one task each and records their results.
 */
@Component("surveys")
public class Surveys implements TaskCompletionValidator {


  /** Process variables hold at most 4000 characters; the full texts are in the register and the report. */
  static final int NOTE_LIMIT = 3900;

  private final SurveyRegister register;
  private final TicketService tickets;
  private final SurveyReport report;
  private final TicketTime time;

  Surveys(SurveyRegister register, TicketService tickets, SurveyReport report, TicketTime time) {
    this.register = register;
    this.tickets = tickets;
    this.report = report;
    this.time = time;
  }

  /** Start listener after {@code startIntake}. The collection closes at the end of the last survey day. */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    List<String> questions = SurveyStartValidator.questions(execution.getVariable(Var.QUESTIONS));
    LocalDate from = LocalDate.parse((String) execution.getVariable(Var.PERIOD_FROM));
    LocalDate to = LocalDate.parse((String) execution.getVariable(Var.PERIOD_TO));
    String actor = CurrentUser.of(execution);
    String title = (String) execution.getVariable(Var.TITLE);
    register.register(number, execution.getProcessInstanceId(), (String) execution.getVariable(Var.SYSTEM), title, from,
        to, (String) execution.getVariable(Var.RESPONDENTS), (String) execution.getVariable(Var.SURVEYOR), questions,
        actor);
    execution.setVariable(Var.QUESTION_COUNT, questions.size());
    execution.setVariable(Var.QUESTION_LIST, numbered(questions));
    execution.setVariable(Var.COLLECTION_ENDS_AT, Date.from(to.plusDays(1).atStartOfDay(time.zone()).toInstant()));
    execution.setVariable(Var.ANSWER_COUNT, 0);
    execution.setVariable(Var.ANSWERS, "");
    execution.setVariable(Var.ANSWER_ROWS, emptyRows());
    execution.setVariable(Var.COLLECTION_COMPLETE, false);
    tickets.register(new NewTicket(number, SatisfactionSurveyProcess.TICKET_TYPE, execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.SYSTEM), null, actor, null, cut("满意度调查：" + title, 200),
        cut(planText(execution), 4000), null, null, false, actor));
  }

  /** Complete listener of 录入调查答卷: stores the batch, empties the field for the next one. */
  public void answersEntered(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    int questions = ((Number) task.getVariable(Var.QUESTION_COUNT)).intValue();
    Object text = task.getVariable(Var.ANSWERS);
    List<Answer> batch = new ArrayList<>(SurveyAnswers.parseRows(task.getVariable(Var.ANSWER_ROWS), questions));
    if (text != null && !text.toString().isBlank()) {
      batch.addAll(SurveyAnswers.parse(text, questions)); // a task opened before the list, or a REST client
    }
    String user = CurrentUser.of(task);
    batch.forEach(a -> register.addAnswer(number, a, user));
    int count = register.answers(number).size();
    task.setVariable(Var.ANSWER_COUNT, count);
    task.setVariable(Var.ANSWERS, "");
    task.setVariable(Var.ANSWER_ROWS, emptyRows());
    if (!batch.isEmpty()) {
      tickets.event(number, "survey-answers", user, "录入答卷 " + batch.size() + " 份，累计 " + count + " 份");
    }
  }

  /** The list of a new batch: empty, a Json variable Tasklist fills the form's list from and sends back as Json. */
  private static Object emptyRows() {
    return SpinValues.jsonValue("[]").create();
  }

  /** An answer through {@code POST /api/surveys/{number}/answers}; only while the collection is open. */
  @Transactional
  public long addAnswer(String number, Answer answer, String user) {
    SurveyRegister.Survey survey = register.find(number)
        .orElseThrow(() -> new java.util.NoSuchElementException("没有满意度调查 " + number + " / no survey " + number));
    if (!SurveyRegister.COLLECTING.equals(survey.status())) {
      throw new IllegalStateException("调查 " + number + " 已结束收集，不能再录入答卷 / the survey no longer collects answers");
    }
    long id = register.addAnswer(number, answer, user);
    tickets.event(number, "survey-answers", user, "通过接口录入答卷 1 份（" + answer.respondent() + "）");
    return id;
  }

  /** 汇总调查结果: closes the collection and writes the summary for the decision task. */
  public void summarise(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    register.closeCollection(number);
    SurveyRegister.Survey survey = register.find(number).orElseThrow();
    SurveySummary summary = SurveySummary.of(survey.questions(), register.answers(number));
    execution.setVariable(Var.ANSWER_COUNT, summary.respondents());
    execution.setVariable(Var.SUMMARY, cut(summary.text(), NOTE_LIMIT, "\n……（其余意见和建议见调查报告）"));
    execution.setVariable(Var.SATISFACTION_RATE, summary.satisfactionRate() == null ? null
        : summary.satisfactionRate().doubleValue());
    tickets.event(number, "survey-summarised", null, summary.respondents() + " 份答卷，满意度 "
        + (summary.satisfactionRate() == null ? "—" : summary.satisfactionRate().toPlainString() + "%"));
  }

  /** Complete listener of 确定改进措施: one stored action per row or line, their ids drive the multi-instance task. */
  public void actionsDecided(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    List<ImprovementActions.Action> actions = ImprovementActions.parseAll(task.getVariable(Var.ACTION_ROWS),
        task.getVariable(Var.IMPROVEMENT_ACTIONS), defaultGroup(task.getVariable(Var.ACTION_GROUP_DEFAULT)));
    List<Long> ids = register.addActions(number, actions);
    task.setVariable(Var.ACTION_IDS, String.join(",", ids.stream().map(String::valueOf).toList()));
    tickets.event(number, "survey-actions", CurrentUser.of(task), actions.isEmpty() ? "无改进措施"
        : actions.size() + " 项改进措施：" + String.join("；", actions.stream().map(a -> a.text()).toList()));
  }

  /** The multi-instance collection: the action ids as strings. */
  public List<String> actionIds(DelegateExecution execution) {
    Object ids = execution.getVariable(Var.ACTION_IDS);
    return ids == null || ids.toString().isBlank() ? List.of() : List.of(ids.toString().split(","));
  }

  public String actionGroup(String actionId) {
    return register.action(Long.parseLong(actionId)).orElseThrow().group();
  }

  public String actionText(String actionId) {
    return register.action(Long.parseLong(actionId)).orElseThrow().text();
  }

  /** Create listener of 落实改进措施: the task shows its action; each parallel instance keeps its own result. */
  public void actionCreated(DelegateTask task) {
    String id = (String) task.getVariable(Var.ACTION_ID);
    SurveyRegister.StoredAction action = register.action(Long.parseLong(id)).orElseThrow();
    task.setVariableLocal(Var.ACTION_TEXT, action.text());
    task.setVariableLocal(Var.ACTION_GROUP, SatisfactionSurveyProcess.ACTION_GROUPS.get(action.group()));
    // completions set variables on the execution: keep the result on this instance's own execution
    task.getExecution().setVariableLocal(Var.ACTION_RESULT, "");
  }

  /** Complete listener of 落实改进措施. */
  public void actionDone(DelegateTask task) {
    String id = (String) task.getVariable(Var.ACTION_ID);
    String user = CurrentUser.of(task);
    String result = (String) task.getVariable(Var.ACTION_RESULT);
    register.actionDone(Long.parseLong(id), result, user);
    tickets.event(task.getExecution().getProcessBusinessKey(), "survey-action-done", user,
        actionText(id) + "：" + result);
  }

  /** Writes the survey report (DOCX) with summary and actions and keeps it with the ticket. */
  public void writeReport(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    report.issue(number, CurrentUser.of(execution));
    execution.setVariable(Var.CLOSURE_NOTE, "满意度调查结束：" + register.actions(number).size() + " 项改进措施已落实");
  }

  public void closed(DelegateExecution execution) {
    register.closed(execution.getProcessBusinessKey());
  }

  /** The text of the survey mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder(planText(execution));
    Object summary = execution.getVariable(Var.SUMMARY);
    if (summary != null) {
      s.append("\n调查结果：\n").append(summary);
    }
    List<SurveyRegister.StoredAction> actions = register.actions(execution.getProcessBusinessKey());
    if (!actions.isEmpty()) { // decided as list rows or text lines: the register holds both
      s.append("\n改进措施：\n");
      actions.forEach(a -> s.append(SatisfactionSurveyProcess.ACTION_GROUPS.getOrDefault(a.group(), a.group()))
          .append("：").append(a.text()).append('\n'));
    }
    return cut(s.toString(), NOTE_LIMIT, "\n……（详见附件调查报告）");
  }

  private static String planText(VariableScope v) {
    String system = (String) v.getVariable(Var.SYSTEM);
    return "调查主题：" + v.getVariable(Var.TITLE) + "\n系统：" + SupportedSystems.name(system)
        + "\n调查时间：" + v.getVariable(Var.PERIOD_FROM) + " 至 " + v.getVariable(Var.PERIOD_TO)
        + "\n被调查人员：" + v.getVariable(Var.RESPONDENTS) + "\n调查人员：" + v.getVariable(Var.SURVEYOR) + "\n";
  }

  static String numbered(List<String> questions) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < questions.size(); i++) {
      s.append(i + 1).append(". ").append(questions.get(i)).append('\n');
    }
    return s.toString();
  }

  private static String defaultGroup(Object value) {
    String group = value == null ? null : value.toString();
    if (group == null || !SatisfactionSurveyProcess.ACTION_GROUPS.containsKey(group)) {
      throw new InvalidInputException(Var.ACTION_GROUP_DEFAULT, "字段 actionGroupDefault（默认负责组）无效，可选值："
          + SatisfactionSurveyProcess.ACTION_GROUPS.keySet() + " / field 'actionGroupDefault' must be one of "
          + SatisfactionSurveyProcess.ACTION_GROUPS.keySet());
    }
    return group;
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static String cut(String s, int max, String more) {
    return s.length() > max ? s.substring(0, max - more.length()) + more : s;
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
    int questions = ((Number) current.get(Var.QUESTION_COUNT)).intValue();
    if (submitted.containsKey(Var.ANSWER_ROWS)) {
      SurveyAnswers.parseRows(submitted.get(Var.ANSWER_ROWS), questions);
    }
    Object text = submitted.get(Var.ANSWERS);
    if (text != null && !text.toString().isBlank()) {
      SurveyAnswers.parse(text, ((Number) current.get(Var.QUESTION_COUNT)).intValue());
    }
  }
}
