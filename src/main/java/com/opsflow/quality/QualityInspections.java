package com.opsflow.quality;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.worklog.FourEyes;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.quality.QualityInspectionProcess.Var;
import com.opsflow.quality.QualityInspectionRegister.Scores;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code quality-inspection} ({@code ${qualityInspections.…}}): the weekly dispatch, random
 * sampling of an engineer's hotline calls, the inspector's scores (0–100, nobody inspects their own calls:
 * also as REST check, 403), the register, and the weekly count that flags too few inspections.
 */
@Component("qualityInspections")
public class QualityInspections implements TaskCompletionValidator {

  static final Map<String, String> ASPECTS = aspects();

  private final QualityInspectionRegister register;
  private final CallSampler sampler;
  private final QualityInspectionSettings settings;
  private final ResidentEngineers engineers;
  private final TicketService tickets;
  private final TicketTime time;
  private final QualityStartValidator startValidator;
  private final BusinessCalendarService calendar;

  QualityInspections(QualityInspectionRegister register, CallSampler sampler, QualityInspectionSettings settings,
      ResidentEngineers engineers, TicketService tickets, TicketTime time, QualityStartValidator startValidator,
      BusinessCalendarService calendar) {
    this.startValidator = startValidator;
    this.calendar = calendar;
    this.register = register;
    this.sampler = sampler;
    this.settings = settings;
    this.engineers = engineers;
    this.tickets = tickets;
    this.time = time;
  }

  private static Map<String, String> aspects() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(Var.ATTITUDE, "服务态度");
    m.put(Var.SKILL, "服务技巧");
    m.put(Var.TECHNICAL, "技术能力");
    m.put(Var.RECORD, "问题记录");
    return m;
  }

  /**
   * The timer (no variables): on the week's last working day, one inspection per resident engineer (of any
   * contract) for the current week; on other days nothing. A start by hand (Tasklist form quality-start): the
   * one engineer and week named.
   */
  public void dispatch(DelegateExecution execution) {
    Map<String, Object> requests = new LinkedHashMap<>();
    if (execution.getVariable(Var.ENGINEER) == null) {
      LocalDate today = time.today();
      if (!lastWorkingDayOfWeek(today)) {
        return;
      }
      String week = QualityStartValidator.weekStart(today).toString();
      Set<String> all = new TreeSet<>();
      engineers.all().values().forEach(all::addAll);
      all.forEach(engineer -> requests.put(engineer, week));
    } else {
      Map<String, Object> clean = startValidator.validate(execution.getVariables());
      execution.setVariables(clean);
      requests.put((String) clean.get(Var.ENGINEER), clean.get(Var.WEEK_OF));
    }
    // Engine-internal work: the timer has no user who could hold the right to start instances.
    WithoutAuthorization.inCurrentCommand(() -> {
      requests.forEach((engineer, week) -> execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(QualityInspectionProcess.MESSAGE).setVariable(Var.ENGINEER, engineer)
          .setVariable(Var.WEEK_OF, week).setVariable(Var.DISPATCHED_BY, execution.getProcessInstanceId())
          .correlateStartMessage());
      return null;
    });
  }

  /** A working day with no later working day in its Monday–Sunday week (holidays and make-up days counted). */
  boolean lastWorkingDayOfWeek(LocalDate day) {
    if (!calendar.isWorkingDay(day)) {
      return false;
    }
    LocalDate sunday = QualityStartValidator.weekStart(day).plusDays(6);
    for (LocalDate d = day.plusDays(1); !d.isAfter(sunday); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        return false;
      }
    }
    return true;
  }

  /** Picks the calls to inspect among the engineer's hotline calls of the week not sampled before. */
  public void sample(DelegateExecution execution) {
    String engineer = (String) execution.getVariable(Var.ENGINEER);
    LocalDate week = LocalDate.parse((String) execution.getVariable(Var.WEEK_START));
    List<String> calls = register.hotlineCalls(engineer, week);
    Set<String> before = new HashSet<>(register.alreadySampled(engineer, week));
    List<String> picked = sampler.pick(calls.stream().filter(c -> !before.contains(c)).toList(),
        settings.callsPerWeek());
    for (String ticket : picked) {
      register.sampled(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), engineer, week, ticket);
    }
    execution.setVariable(Var.SAMPLED_TICKETS, new ArrayList<>(picked));
    execution.setVariable(Var.SAMPLED_COUNT, picked.size());
    execution.setVariable(Var.HOTLINE_CALLS, calls.size());
    Instant weekEnd = week.plusDays(7).atStartOfDay(time.zone()).toInstant();
    Instant from = weekEnd.isAfter(time.now()) ? weekEnd : time.now();
    execution.setVariable(Var.DUE_AT, Date.from(from.plus(settings.deadlineAfterWeek())));
  }

  /** What the inspector sees of a sampled call (input of the inspection task). */
  public String describe(String ticketNumber) {
    Ticket t = tickets.find(ticketNumber).orElse(null);
    if (t == null) {
      return ticketNumber;
    }
    return "工单：" + t.ticketNumber() + "（" + t.system() + "）\n"
        + "报告人：" + t.reporter() + "\n"
        + "报告时间：" + String.valueOf(t.createdAt()).replace('T', ' ') + "，受理人："
        + Objects.requireNonNullElse(t.handler(), "—") + "\n"
        + "摘要：" + t.summary() + "\n"
        + "描述：" + Objects.requireNonNullElse(t.description(), "—") + "\n"
        + "解决方案：" + Objects.requireNonNullElse(t.solution(), "—");
  }

  /** Complete listener of the inspection: scores checked and kept as integers, the inspector recorded. */
  public void inspected(DelegateTask task) {
    String inspector = CurrentUser.of(task);
    checkNotOwnCall(engineers(task.getExecution().getProcessBusinessKey(), task.getVariable(Var.ENGINEER)), inspector,
        task.getAssignee());
    Scores scores = scores(task.getVariables());
    task.setVariable(Var.ATTITUDE, scores.attitude());
    task.setVariable(Var.SKILL, scores.skill());
    task.setVariable(Var.TECHNICAL, scores.technical());
    task.setVariable(Var.RECORD, scores.record());
    task.setVariable(Var.INSPECTOR, inspector == null ? "" : inspector);
  }

  /** After the rating decision: the call's result goes to the register and onto the incident ticket. */
  public void record(DelegateExecution execution) {
    String run = execution.getProcessBusinessKey();
    String ticket = (String) execution.getVariable(Var.INSPECTED_TICKET);
    Scores scores = scores(execution.getVariables());
    String result = (String) execution.getVariable(Var.RESULT);
    String item = (String) execution.getVariable(Var.ITEM);
    String inspector = (String) execution.getVariable(Var.INSPECTOR);
    register.inspected(run, ticket, scores, result, QualityInspectionProcess.NO_ITEM.equals(item) ? null : item,
        (String) execution.getVariable(Var.FEEDBACK), inspector);
    tickets.event(ticket, QualityInspectionProcess.TICKET_EVENT, inspector, "录音质检 " + run + "（驻场 "
        + execution.getVariable(Var.ENGINEER) + "）：" + scoreLine(scores) + "，" + resultName(result));
  }

  /** After the inspections (or their deadline): pending calls are missed; too few done this week → flag. */
  public void checkWeek(DelegateExecution execution) {
    register.missed(execution.getProcessBusinessKey());
    int done = register.inspectionsDone((String) execution.getVariable(Var.ENGINEER),
        LocalDate.parse((String) execution.getVariable(Var.WEEK_START)));
    execution.setVariable(Var.INSPECTIONS_DONE, done);
    execution.setVariable(Var.WEEK_SHORT, done < settings.callsPerWeek());
  }

  public void recordShortfall(DelegateExecution execution) {
    register.flag(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.ENGINEER),
        LocalDate.parse((String) execution.getVariable(Var.WEEK_START)), number(execution, Var.HOTLINE_CALLS),
        number(execution, Var.INSPECTIONS_DONE), settings.callsPerWeek(), shortfallReason(execution));
  }

  private String shortfallReason(DelegateExecution execution) {
    int calls = number(execution, Var.HOTLINE_CALLS);
    if (calls < settings.callsPerWeek()) {
      return "当周由其处理的热线录音只有 " + calls + " 通，不足 " + settings.callsPerWeek() + " 通";
    }
    return "抽查的录音未在期限内完成质检";
  }

  /** Text of the feedback mail to the engineer. */
  public String feedbackNote(DelegateExecution execution) {
    return "驻场工程师：" + execution.getVariable(Var.ENGINEER) + "\n"
        + "质检周：" + execution.getVariable(Var.WEEK_START) + " 起\n"
        + "抽查工单：" + execution.getVariable(Var.INSPECTED_TICKET) + "\n"
        + "评分：" + scoreLine(scores(execution.getVariables())) + "\n"
        + "结果：" + resultName((String) execution.getVariable(Var.RESULT)) + "\n"
        + "质检人员：" + execution.getVariable(Var.INSPECTOR) + "\n"
        + "质检反馈：" + execution.getVariable(Var.FEEDBACK) + "\n";
  }

  /** Text of the shortfall mail to team lead and inspectors. */
  public String shortfallNote(DelegateExecution execution) {
    return "驻场工程师：" + execution.getVariable(Var.ENGINEER) + "\n"
        + "质检周：" + execution.getVariable(Var.WEEK_START) + " 起\n"
        + "当周热线录音：" + execution.getVariable(Var.HOTLINE_CALLS) + " 通，已完成质检："
        + execution.getVariable(Var.INSPECTIONS_DONE) + " 次（规定每周至少 " + settings.callsPerWeek() + " 次）\n"
        + "原因：" + shortfallReason(execution) + "\n";
  }

  static String scoreLine(Scores s) {
    return "服务态度 " + s.attitude() + "，服务技巧 " + s.skill() + "，技术能力 " + s.technical() + "，问题记录 " + s.record();
  }

  static String resultName(String result) {
    return QualityInspectionProcess.PASS.equals(result) ? "合格" : "不合格";
  }

  @Override
  public String processKey() {
    return QualityInspectionProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return QualityInspectionProcess.Element.INSPECT;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    checkNotOwnCall(engineers(task.businessKey(), current.get(Var.ENGINEER)), userId, task.assignee());
    Map<String, Object> merged = new LinkedHashMap<>(current);
    merged.putAll(submitted);
    scores(merged);
  }

  /** The four scores, each a whole number 0–100. */
  static Scores scores(Map<String, Object> v) {
    return new Scores(score(v, Var.ATTITUDE), score(v, Var.SKILL), score(v, Var.TECHNICAL), score(v, Var.RECORD));
  }

  private static int score(Map<String, Object> v, String field) {
    String label = ASPECTS.get(field);
    Object value = v.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填 / field '" + field + "' is required");
    }
    double d;
    try {
      d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (Double.isNaN(d) || d != Math.rint(d) || d < 0 || d > 100) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）应为 0 到 100 的整数，收到 '" + value
          + "' / field '" + field + "' must be a whole number from 0 to 100");
    }
    return (int) d;
  }

  /**
   * The engineer whose calls are scored: from the inspection register (a fact no task candidate can edit,
   * issue 9) and the run's variable.
   */
  private Set<String> engineers(String runNumber, Object recorded) {
    return FourEyes.people(runNumber == null ? Optional.empty() : register.engineerOf(runNumber), recorded);
  }

  private static void checkNotOwnCall(Set<String> engineers, String inspector, String assignee) {
    FourEyes.among(engineers, inspector, assignee).ifPresent(engineer -> {
      throw new ActionNotAllowedException(Var.ATTITUDE, "驻场工程师 " + engineer + " 不能质检自己的录音，请由其他质检人员评分"
          + " / an engineer cannot inspect their own calls");
    });
  }

  private static int number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value instanceof Number n ? n.intValue() : 0;
  }
}
