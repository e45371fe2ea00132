package com.opsflow.training;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.training.TrainingProcess.Var;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code training} ({@code ${trainings.…}}): registers the plan and its ticket, records the
 * delivery, each exam round (parsed from the form, only the round's trainees) and the retraining of the
 * failed ones, and writes the report. The exam results (the form's list, or the text of older tasks) are also
 * checked on REST/Tasklist completion (400 naming the row or line) as this class is the exam task's
 * {@link TaskCompletionValidator}.
 */
@Component("trainings")
public class Trainings implements TaskCompletionValidator {


  /** Process variables hold at most 4000 characters; longer texts live in the register and the report. */
  static final int NOTE_LIMIT = 3900;

  private final TrainingRegister register;
  private final TicketService tickets;
  private final TrainingReport report;
  private final TicketTime time;
  private final TrainingStartValidator plans;

  Trainings(TrainingRegister register, TicketService tickets, TrainingReport report, TicketTime time,
      TrainingStartValidator plans) {
    this.register = register;
    this.tickets = tickets;
    this.report = report;
    this.time = time;
    this.plans = plans;
  }

  /** Start listener after {@code startIntake}: register row, trainees, ticket; first exam round is everybody. */
  public void register(DelegateExecution execution) {
    register(execution, execution.getProcessBusinessKey(), execution.getProcessInstanceId(), CurrentUser.of(execution));
  }

  /**
   * Complete listener of 填写培训计划 (a training the system started, B-2.3.12 "必须进行"): the plan is checked
   * by the same rules as the start form (on every way in; REST/Tasklist get 400 from {@link TrainingPlanTask}),
   * then registered as a planned training is.
   */
  public void planned(DelegateTask task) {
    Map<String, Object> clean = plans.validate(task.getVariables());
    task.setVariables(clean);
    String number = task.getExecution().getProcessBusinessKey();
    String actor = CurrentUser.of(task);
    register(task, number, task.getProcessInstanceId(), actor);
    tickets.event(number, "training-required", actor, String.valueOf(task.getVariable(Var.TRAINING_REASON)));
  }

  private void register(VariableScope scope, String number, String instanceId, String actor) {
    List<String> trainees = TraineeList.parse(scope.getVariable(Var.TRAINEES));
    LocalDateTime at = LocalDateTime.parse((String) scope.getVariable(Var.TRAINING_AT));
    String topic = (String) scope.getVariable(Var.TOPIC);
    register.register(number, instanceId, (String) scope.getVariable(Var.SYSTEM), topic, at,
        (String) scope.getVariable(Var.PLACE), (String) scope.getVariable(Var.TEACHER),
        (String) scope.getVariable(Var.MATERIAL), passMark(scope), trainees, actor);
    tickets.register(new NewTicket(number, TrainingProcess.TICKET_TYPE, instanceId,
        (String) scope.getVariable(Var.SYSTEM), null, actor, null, cut("培训：" + topic, 200), cut(planText(scope), 4000),
        null, null, false, actor));
    LocalDateTime reminder = at.minusDays(1);
    LocalDateTime now = time.localNow();
    scope.setVariable(Var.REMINDER_AT, Date.from((reminder.isBefore(now) ? now : reminder).atZone(time.zone())
        .toInstant()));
    scope.setVariable(Var.TRAINEE_COUNT, trainees.size());
    startRound(scope, 1, trainees);
  }

  /** Complete listener of 培训实施. */
  public void delivered(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    register.delivered(number);
    tickets.event(number, "training-delivered", CurrentUser.of(task), (String) task.getVariable(Var.DELIVERY_NOTE));
  }

  /** Complete listener of 考试与成绩录入: stores the round and the overall pass rate for the decision. */
  public void examRecorded(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    int round = ((Number) task.getVariable(Var.EXAM_ROUND)).intValue();
    List<String> roundTrainees = TraineeList.parse(task.getVariable(Var.EXAM_TRAINEES));
    Map<String, BigDecimal> scores = ExamResults.parse(task.getVariable(Var.EXAM_SCORES),
        task.getVariable(Var.EXAM_RESULTS), roundTrainees);
    BigDecimal passMark = passMark(task);
    BigDecimal rate = register.recordRound(number, round, scores, passMark, CurrentUser.of(task));
    int passed = register.passedCount(number);
    int all = ((Number) task.getVariable(Var.TRAINEE_COUNT)).intValue();
    long passedThisRound = scores.values().stream().filter(s -> s.compareTo(passMark) >= 0).count();
    List<String> failed = register.failed(number);
    String summary = "第 " + round + " 轮考试：" + scores.size() + " 人参加，" + passedThisRound + " 人及格（及格分 "
        + passMark.stripTrailingZeros().toPlainString() + "）；累计 " + passed + "/" + all + " 人通过，通过率 "
        + rate.toPlainString() + "%";
    task.setVariable(Var.PASSED_COUNT, passed);
    task.setVariable(Var.PASS_RATE, rate.doubleValue());
    task.setVariable(Var.FAILED_TRAINEES, TraineeList.lines(failed));
    task.setVariable(Var.FAILED_COUNT, failed.size());
    task.setVariable(Var.EXAM_SUMMARY, summary + (failed.isEmpty() ? "" : "；未通过：" + String.join("、", failed)));
    tickets.event(number, "training-exam", CurrentUser.of(task), task.getVariable(Var.EXAM_SUMMARY).toString());
  }

  /** Complete listener of 重新培训: the next round is the failed trainees only. */
  public void retrained(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    int round = ((Number) task.getVariable(Var.EXAM_ROUND)).intValue() + 1;
    List<String> failed = register.failed(number);
    tickets.event(number, "training-retrained", CurrentUser.of(task), "重新培训 " + String.join("、", failed) + "："
        + task.getVariable(Var.RETRAIN_NOTE));
    startRound(task, round, failed);
  }

  /** Writes the training report (DOCX) and keeps it with the ticket. */
  public void writeReport(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    report.issue(number, CurrentUser.of(execution));
    register.reported(number);
    execution.setVariable(Var.CLOSURE_NOTE, "培训结果已上报：" + execution.getVariable(Var.EXAM_SUMMARY));
  }

  /** The text of the training mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder(planText(execution));
    Object summary = execution.getVariable(Var.EXAM_SUMMARY);
    if (summary != null) {
      s.append("\n考核结果：").append(summary).append('\n');
    }
    return cut(s.toString(), NOTE_LIMIT);
  }

  private static String planText(VariableScope v) {
    String system = (String) v.getVariable(Var.SYSTEM);
    return "培训主题：" + v.getVariable(Var.TOPIC) + "\n系统：" + SupportedSystems.name(system)
        + "\n培训时间：" + String.valueOf(v.getVariable(Var.TRAINING_AT)).replace('T', ' ')
        + "\n培训地点：" + v.getVariable(Var.PLACE) + "\n培训讲师：" + v.getVariable(Var.TEACHER)
        + "\n培训教材与课件：" + v.getVariable(Var.MATERIAL)
        + "\n培训对象（" + v.getVariable(Var.TRAINEE_COUNT) + " 人）：" + String.join("、",
            TraineeList.parse(v.getVariable(Var.TRAINEES))) + "\n";
  }

  private static void startRound(VariableScope scope, int round, List<String> trainees) {
    scope.setVariable(Var.EXAM_ROUND, round);
    scope.setVariable(Var.EXAM_TRAINEES, TraineeList.lines(trainees));
    scope.setVariable(Var.EXAM_RESULTS, ExamResults.template(trainees));
    // a Json variable: Tasklist fills the form's list from it and sends the rows back as Json
    scope.setVariable(Var.EXAM_SCORES, SpinValues.jsonValue(ExamResults.rows(trainees)).create());
  }

  private static BigDecimal passMark(VariableScope scope) {
    return BigDecimal.valueOf(((Number) scope.getVariable(Var.PASS_MARK)).doubleValue());
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }



  @Override
  public String processKey() {
    return TrainingProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return TrainingProcess.Element.RECORD_EXAM;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    List<String> roundTrainees = TraineeList.parse(current.get(Var.EXAM_TRAINEES));
    if (submitted.containsKey(Var.EXAM_SCORES)) {
      ExamResults.parseRows(submitted.get(Var.EXAM_SCORES), roundTrainees);
      return;
    }
    Object text = submitted.containsKey(Var.EXAM_RESULTS) ? submitted.get(Var.EXAM_RESULTS) : current.get(Var.EXAM_RESULTS);
    ExamResults.parse(submitted.containsKey(Var.EXAM_RESULTS) ? null : current.get(Var.EXAM_SCORES), text,
        roundTrainees);
  }
}
