package com.opsflow.training;

import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.training.TrainingProcess.Var;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The use cases of 运维培训 on plain values (B-2.3.12): the plan registered with its ticket, the delivery, each exam
 * round and the retraining of the failed trainees, the report, and the trainings other processes make compulsory.
 * Plans and exam rounds arrive as the task's variables (the same map a REST completion gives).
 */
@Service
class TrainingService {

  /** Process variables hold at most 4000 characters; longer texts live in the register and the report. */
  static final int NOTE_LIMIT = 3900;

  private final TrainingRegister register;
  private final TicketService tickets;
  private final TrainingReport report;
  private final TicketTime time;
  private final TrainingStartValidator plans;

  TrainingService(TrainingRegister register, TicketService tickets, TrainingReport report, TicketTime time,
      TrainingStartValidator plans) {
    this.register = register;
    this.tickets = tickets;
    this.report = report;
    this.time = time;
    this.plans = plans;
  }

  /** An exam round: who sits it. */
  record Round(int number, List<String> trainees) {
  }

  /** A registered plan: when to remind, how many trainees, and the first round (everybody). */
  record Registration(Date reminderAt, int traineeCount, Round firstRound) {
  }

  /** A plan entered in 填写培训计划: the checked values to keep and the registration. */
  record Planned(Map<String, Object> clean, Registration registration) {
  }

  /** The overall result after a round, for the pass-rate decision. */
  record ExamOutcome(int passedCount, double passRate, List<String> failed, String summary) {
  }

  /** Registers the plan in {@code variables} (register row, trainees, ticket). */
  Registration register(String number, String instanceId, String actor, Map<String, Object> variables) {
    List<String> trainees = TraineeList.parse(variables.get(Var.TRAINEES));
    LocalDateTime at = LocalDateTime.parse((String) variables.get(Var.TRAINING_AT));
    String topic = (String) variables.get(Var.TOPIC);
    register.register(number, instanceId, (String) variables.get(Var.SYSTEM), topic, at,
        (String) variables.get(Var.PLACE), (String) variables.get(Var.TEACHER),
        (String) variables.get(Var.MATERIAL), passMark(variables), trainees, actor);
    tickets.register(new NewTicket(number, TrainingProcess.TICKET_TYPE, instanceId,
        (String) variables.get(Var.SYSTEM), null, actor, null, cut("培训：" + topic, 200), cut(planText(variables), 4000),
        null, null, false, actor));
    LocalDateTime reminder = at.minusDays(1);
    LocalDateTime now = time.localNow();
    return new Registration(Date.from((reminder.isBefore(now) ? now : reminder).atZone(time.zone()).toInstant()),
        trainees.size(), new Round(1, trainees));
  }

  /**
   * A training the system started (B-2.3.12 "必须进行"): the plan is checked by the same rules as the start form,
   * then registered as a planned training is.
   */
  Planned planned(String number, String instanceId, String actor, Map<String, Object> variables) {
    Map<String, Object> clean = plans.validate(variables);
    Map<String, Object> plan = new HashMap<>(variables);
    plan.putAll(clean);
    Registration registration = register(number, instanceId, actor, plan);
    tickets.event(number, TrainingEvent.REQUIRED, actor, String.valueOf(plan.get(Var.TRAINING_REASON)));
    return new Planned(clean, registration);
  }

  void delivered(String number, String actor, String deliveryNote) {
    register.delivered(number);
    tickets.event(number, TrainingEvent.DELIVERED, actor, deliveryNote);
  }

  /** Stores a round's scores (the form's list, or the text of older tasks) and gives the overall pass rate. */
  ExamOutcome recordExam(String number, String actor, Map<String, Object> variables) {
    int round = ((Number) variables.get(Var.EXAM_ROUND)).intValue();
    List<String> roundTrainees = TraineeList.parse(variables.get(Var.EXAM_TRAINEES));
    Map<String, BigDecimal> scores = ExamResults.parse(variables.get(Var.EXAM_SCORES), variables.get(Var.EXAM_RESULTS),
        roundTrainees);
    BigDecimal passMark = passMark(variables);
    BigDecimal rate = register.recordRound(number, round, scores, passMark, actor);
    int passed = register.passedCount(number);
    int all = ((Number) variables.get(Var.TRAINEE_COUNT)).intValue();
    long passedThisRound = scores.values().stream().filter(s -> s.compareTo(passMark) >= 0).count();
    List<String> failed = register.failed(number);
    String summary = "第 " + round + " 轮考试：" + scores.size() + " 人参加，" + passedThisRound + " 人及格（及格分 "
        + passMark.stripTrailingZeros().toPlainString() + "）；累计 " + passed + "/" + all + " 人通过，通过率 "
        + rate.toPlainString() + "%" + (failed.isEmpty() ? "" : "；未通过：" + String.join("、", failed));
    tickets.event(number, TrainingEvent.EXAM, actor, summary);
    return new ExamOutcome(passed, rate.doubleValue(), failed, summary);
  }

  /** The next round after {@code round} is the failed trainees only. */
  Round retrained(String number, int round, String retrainNote, String actor) {
    List<String> failed = register.failed(number);
    tickets.event(number, TrainingEvent.RETRAINED, actor, "重新培训 " + String.join("、", failed) + "：" + retrainNote);
    return new Round(round + 1, failed);
  }

  /** Writes the training report (DOCX), keeps it with the ticket; the closing note. */
  String report(String number, String actor, String examSummary) {
    report.issue(number, actor);
    register.reported(number);
    return "培训结果已上报：" + examSummary;
  }

  /** The variables that start a compulsory training by message (its plan comes from 填写培训计划). */
  static Map<String, Object> requiredTraining(String system, String reason, String sourceTicket) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(Var.SYSTEM, system);
    vars.put(Var.TRAINING_REASON, reason);
    vars.put(Var.SOURCE_TICKET, sourceTicket);
    return vars;
  }

  /** The requiring ticket (change, migration, release) tells which training it started. */
  void started(String sourceTicket, String trainingNumber) {
    tickets.event(sourceTicket, TrainingEvent.STARTED, null, "已发起运维培训 " + trainingNumber);
  }

  static String reasonAfterMajorChange(String change, String summary) {
    return "重大变更 " + change + " 已实施：" + summary + "（B-2.3.12：应用系统技术、业务发生重大变更时必须进行内部培训）";
  }

  static String reasonAfterMigration(String migration, String summary) {
    return "系统迁移 " + migration + " 已完成，应用系统在新环境上线：" + summary + "（B-2.3.12：在新系统上线时必须进行内部培训）";
  }

  static String reasonAfterNewVersion(String release, String version, String summary) {
    return "新版本 " + version + "（发布单 " + release + "）已上线：" + summary
        + "（B-2.3.12：在新系统上线，或应用系统技术、业务发生重大变更时必须进行内部培训）";
  }

  /** The text of the training mails ({@code ${note}}). */
  static String note(Map<String, Object> variables) {
    StringBuilder s = new StringBuilder(planText(variables));
    Object summary = variables.get(Var.EXAM_SUMMARY);
    if (summary != null) {
      s.append("\n考核结果：").append(summary).append('\n');
    }
    return cut(s.toString(), NOTE_LIMIT);
  }

  static String planText(Map<String, Object> v) {
    String system = (String) v.get(Var.SYSTEM);
    return "培训主题：" + v.get(Var.TOPIC) + "\n系统：" + SupportedSystems.name(system)
        + "\n培训时间：" + String.valueOf(v.get(Var.TRAINING_AT)).replace('T', ' ')
        + "\n培训地点：" + v.get(Var.PLACE) + "\n培训讲师：" + v.get(Var.TEACHER)
        + "\n培训教材与课件：" + v.get(Var.MATERIAL)
        + "\n培训对象（" + v.get(Var.TRAINEE_COUNT) + " 人）：" + String.join("、",
            TraineeList.parse(v.get(Var.TRAINEES))) + "\n";
  }

  private static BigDecimal passMark(Map<String, Object> variables) {
    return BigDecimal.valueOf(((Number) variables.get(Var.PASS_MARK)).doubleValue());
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
