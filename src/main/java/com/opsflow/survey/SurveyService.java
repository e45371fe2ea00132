package com.opsflow.survey;

import com.opsflow.intake.InvalidInputException;
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
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 满意度调查 on plain values (B-2.3.13(3)): the plan and its ticket, batches of answers (from the task or
 * {@code POST /api/surveys/{number}/answers}), the summary, the improvement actions and their results, the report and
 * the texts of the mails. Variables arrive as the instance's or task's map.
 */
@Service
class SurveyService {

  /** Process variables hold at most 4000 characters; the full texts are in the register and the report. */
  static final int NOTE_LIMIT = 3900;

  private final SurveyRegister register;
  private final TicketService tickets;
  private final SurveyReport report;
  private final TicketTime time;

  SurveyService(SurveyRegister register, TicketService tickets, SurveyReport report, TicketTime time) {
    this.register = register;
    this.tickets = tickets;
    this.report = report;
    this.time = time;
  }

  /** A registered plan: its questions (numbered text) and when the collection closes. */
  record Plan(int questionCount, String questionList, Date collectionEndsAt) {
  }

  /** The summary for the decision task. */
  record Summary(int respondents, String text, Double satisfactionRate) {
  }

  /** The collection closes at the end of the last survey day. */
  Plan register(String number, String processInstanceId, String actor, Map<String, Object> v) {
    List<String> questions = SurveyStartValidator.questions(v.get(Var.QUESTIONS));
    LocalDate from = LocalDate.parse((String) v.get(Var.PERIOD_FROM));
    LocalDate to = LocalDate.parse((String) v.get(Var.PERIOD_TO));
    String title = (String) v.get(Var.TITLE);
    register.register(number, processInstanceId, (String) v.get(Var.SYSTEM), title, from, to,
        (String) v.get(Var.RESPONDENTS), (String) v.get(Var.SURVEYOR), questions, actor);
    tickets.register(new NewTicket(number, SatisfactionSurveyProcess.TICKET_TYPE, processInstanceId,
        (String) v.get(Var.SYSTEM), null, actor, null, cut("满意度调查：" + title, 200), cut(planText(v), 4000), null,
        null, false, actor));
    return new Plan(questions.size(), numbered(questions),
        Date.from(to.plusDays(1).atStartOfDay(time.zone()).toInstant()));
  }

  /**
   * 录入调查答卷: stores the batch (the form's list, and the text of a task opened before the list or of a REST
   * client); the number of answers so far.
   */
  int answersEntered(String number, String user, Map<String, Object> v) {
    int questions = ((Number) v.get(Var.QUESTION_COUNT)).intValue();
    Object text = v.get(Var.ANSWERS);
    List<Answer> batch = new ArrayList<>(SurveyAnswers.parseRows(v.get(Var.ANSWER_ROWS), questions));
    if (text != null && !text.toString().isBlank()) {
      batch.addAll(SurveyAnswers.parse(text, questions));
    }
    batch.forEach(a -> register.addAnswer(number, a, user));
    int count = register.answers(number).size();
    if (!batch.isEmpty()) {
      tickets.event(number, SurveyEvent.ANSWERS, user, "录入答卷 " + batch.size() + " 份，累计 " + count + " 份");
    }
    return count;
  }

  /** An answer through {@code POST /api/surveys/{number}/answers}; only while the collection is open. */
  @Transactional
  public long addAnswer(String number, Answer answer, String user) {
    SurveyRegister.Survey survey = register.find(number)
        .orElseThrow(() -> new NoSuchElementException("没有满意度调查 " + number + " / no survey " + number));
    if (!SurveyRegister.COLLECTING.equals(survey.status())) {
      throw new IllegalStateException("调查 " + number + " 已结束收集，不能再录入答卷 / the survey no longer collects answers");
    }
    long id = register.addAnswer(number, answer, user);
    tickets.event(number, SurveyEvent.ANSWERS, user, "通过接口录入答卷 1 份（" + answer.respondent() + "）");
    return id;
  }

  /** 汇总调查结果: closes the collection and summarises the answers. */
  Summary summarise(String number) {
    register.closeCollection(number);
    SurveyRegister.Survey survey = register.find(number).orElseThrow();
    SurveySummary summary = SurveySummary.of(survey.questions(), register.answers(number));
    tickets.event(number, SurveyEvent.SUMMARISED, null, summary.respondents() + " 份答卷，满意度 "
        + (summary.satisfactionRate() == null ? "—" : summary.satisfactionRate().toPlainString() + "%"));
    return new Summary(summary.respondents(), cut(summary.text(), NOTE_LIMIT, "\n……（其余意见和建议见调查报告）"),
        summary.satisfactionRate() == null ? null : summary.satisfactionRate().doubleValue());
  }

  /** 确定改进措施: one stored action per row or line; their ids (comma-separated) drive the multi-instance task. */
  String actionsDecided(String number, String actor, Map<String, Object> v) {
    List<ImprovementActions.Action> actions = ImprovementActions.parseAll(v.get(Var.ACTION_ROWS),
        v.get(Var.IMPROVEMENT_ACTIONS), defaultGroup(v.get(Var.ACTION_GROUP_DEFAULT)));
    List<Long> ids = register.addActions(number, actions);
    tickets.event(number, SurveyEvent.ACTIONS, actor, actions.isEmpty() ? "无改进措施"
        : actions.size() + " 项改进措施：" + String.join("；", actions.stream().map(a -> a.text()).toList()));
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }

  SurveyRegister.StoredAction action(String actionId) {
    return register.action(Long.parseLong(actionId)).orElseThrow();
  }

  /** 落实改进措施 completed: the action's result. */
  void actionDone(String number, String actionId, String result, String user) {
    register.actionDone(Long.parseLong(actionId), result, user);
    tickets.event(number, SurveyEvent.ACTION_DONE, user, action(actionId).text() + "：" + result);
  }

  /** Writes the survey report (DOCX) with summary and actions, keeps it with the ticket; the closing note. */
  String writeReport(String number, String actor) {
    report.issue(number, actor);
    return "满意度调查结束：" + register.actions(number).size() + " 项改进措施已落实";
  }

  void closed(String number) {
    register.closed(number);
  }

  /** The text of the survey mails ({@code ${note}}). */
  String note(String number, Map<String, Object> v) {
    StringBuilder s = new StringBuilder(planText(v));
    Object summary = v.get(Var.SUMMARY);
    if (summary != null) {
      s.append("\n调查结果：\n").append(summary);
    }
    List<SurveyRegister.StoredAction> actions = register.actions(number);
    if (!actions.isEmpty()) { // decided as list rows or text lines: the register holds both
      s.append("\n改进措施：\n");
      actions.forEach(a -> s.append(SatisfactionSurveyProcess.ACTION_GROUPS.getOrDefault(a.group(), a.group()))
          .append("：").append(a.text()).append('\n'));
    }
    return cut(s.toString(), NOTE_LIMIT, "\n……（详见附件调查报告）");
  }

  /** REST/Tasklist completion of 录入调查答卷: 400 naming the row or line before the engine sees it. */
  static void checkAnswers(Map<String, Object> submitted, Map<String, Object> current) {
    int questions = ((Number) current.get(Var.QUESTION_COUNT)).intValue();
    if (submitted.containsKey(Var.ANSWER_ROWS)) {
      SurveyAnswers.parseRows(submitted.get(Var.ANSWER_ROWS), questions);
    }
    Object text = submitted.get(Var.ANSWERS);
    if (text != null && !text.toString().isBlank()) {
      SurveyAnswers.parse(text, questions);
    }
  }

  private static String planText(Map<String, Object> v) {
    String system = (String) v.get(Var.SYSTEM);
    return "调查主题：" + v.get(Var.TITLE) + "\n系统：" + SupportedSystems.name(system)
        + "\n调查时间：" + v.get(Var.PERIOD_FROM) + " 至 " + v.get(Var.PERIOD_TO)
        + "\n被调查人员：" + v.get(Var.RESPONDENTS) + "\n调查人员：" + v.get(Var.SURVEYOR) + "\n";
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
}
