package com.opsflow.quality;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.quality.QualityInspectionProcess.Var;
import com.opsflow.quality.QualityInspectionRegister.Scores;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.worklog.FourEyes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * 录音质检 on plain values (B-2.3.13(2)): the weekly dispatch, random sampling of an engineer's hotline calls, the
 * inspector's scores (0–100, nobody inspects their own calls), the register and the ticket history, the weekly count
 * that flags too few inspections, and the texts of the mails. Variables arrive as the instance's or task's map.
 */
@Service
class QualityInspectionService {

  static final Map<String, String> ASPECTS = aspects();

  private final QualityInspectionRegister register;
  private final CallSampler sampler;
  private final QualityInspectionSettings settings;
  private final ResidentEngineers engineers;
  private final TicketService tickets;
  private final TicketTime time;
  private final QualityStartValidator startValidator;
  private final BusinessCalendarService calendar;

  QualityInspectionService(QualityInspectionRegister register, CallSampler sampler, QualityInspectionSettings settings,
      ResidentEngineers engineers, TicketService tickets, TicketTime time, QualityStartValidator startValidator,
      BusinessCalendarService calendar) {
    this.register = register;
    this.sampler = sampler;
    this.settings = settings;
    this.engineers = engineers;
    this.tickets = tickets;
    this.time = time;
    this.startValidator = startValidator;
    this.calendar = calendar;
  }

  private static Map<String, String> aspects() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(Var.ATTITUDE, "服务态度");
    m.put(Var.SKILL, "服务技巧");
    m.put(Var.TECHNICAL, "技术能力");
    m.put(Var.RECORD, "问题记录");
    return m;
  }

  /** The inspections to request (engineer → any day of the week) and, for a start by hand, its checked variables. */
  record Dispatch(Map<String, Object> clean, Map<String, Object> requests) {
  }

  /** The calls picked for an engineer's week, how many hotline calls the week had, and when inspection is due. */
  record Sample(List<String> picked, int hotlineCalls, Date dueAt) {
  }

  /** The week's count of inspections done, and whether it falls short of the rule. */
  record WeekCheck(int done, boolean shortfall) {
  }

  /**
   * The timer (no engineer given): on the week's last working day, one inspection per resident engineer (of any
   * contract) for the current week; on other days none. A start by hand (Tasklist form quality-start): the one
   * engineer and week named.
   */
  Dispatch dispatch(Map<String, Object> variables) {
    Map<String, Object> requests = new LinkedHashMap<>();
    if (variables.get(Var.ENGINEER) == null) {
      LocalDate today = time.today();
      if (lastWorkingDayOfWeek(today)) {
        String week = QualityStartValidator.weekStart(today).toString();
        Set<String> all = new TreeSet<>();
        engineers.all().values().forEach(all::addAll);
        all.forEach(engineer -> requests.put(engineer, week));
      }
      return new Dispatch(Map.of(), requests);
    }
    Map<String, Object> clean = startValidator.validate(variables);
    requests.put((String) clean.get(Var.ENGINEER), clean.get(Var.WEEK_OF));
    return new Dispatch(clean, requests);
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
  Sample sample(String run, String processInstanceId, String engineer, String weekStart) {
    LocalDate week = LocalDate.parse(weekStart);
    List<String> calls = register.hotlineCalls(engineer, week);
    Set<String> before = new HashSet<>(register.alreadySampled(engineer, week));
    List<String> picked = sampler.pick(calls.stream().filter(c -> !before.contains(c)).toList(),
        settings.callsPerWeek());
    for (String ticket : picked) {
      register.sampled(run, processInstanceId, engineer, week, ticket);
    }
    Instant weekEnd = week.plusDays(7).atStartOfDay(time.zone()).toInstant();
    Instant from = weekEnd.isAfter(time.now()) ? weekEnd : time.now();
    return new Sample(picked, calls.size(), Date.from(from.plus(settings.deadlineAfterWeek())));
  }

  /** What the inspector sees of a sampled call. */
  String describe(String ticketNumber) {
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

  /**
   * The inspector's scores on completion (also the REST/Tasklist check): nobody inspects their own calls (403), the
   * four scores whole numbers 0–100 (400). {@code variables} are the task's after completion.
   */
  Scores inspected(String run, Object recordedEngineer, String inspector, String assignee,
      Map<String, Object> variables) {
    checkNotOwnCall(engineers(run, recordedEngineer), inspector, assignee);
    return scores(variables);
  }

  /** After the rating decision: the call's result goes to the register and onto the incident ticket. */
  void record(String run, Map<String, Object> variables) {
    String ticket = (String) variables.get(Var.INSPECTED_TICKET);
    Scores scores = scores(variables);
    String result = (String) variables.get(Var.RESULT);
    String item = (String) variables.get(Var.ITEM);
    String inspector = (String) variables.get(Var.INSPECTOR);
    register.inspected(run, ticket, scores, result, QualityInspectionProcess.NO_ITEM.equals(item) ? null : item,
        (String) variables.get(Var.FEEDBACK), inspector);
    tickets.event(ticket, QualityEvent.INSPECTED, inspector, "录音质检 " + run + "（驻场 "
        + variables.get(Var.ENGINEER) + "）：" + scoreLine(scores) + "，" + resultName(result));
  }

  /** After the inspections (or their deadline): pending calls are missed; the week's count against the rule. */
  WeekCheck checkWeek(String run, String engineer, String weekStart) {
    register.missed(run);
    int done = register.inspectionsDone(engineer, LocalDate.parse(weekStart));
    return new WeekCheck(done, done < settings.callsPerWeek());
  }

  /** Too few inspections this week: the flag in the register, with the reason. */
  void recordShortfall(String run, Map<String, Object> v) {
    int calls = number(v.get(Var.HOTLINE_CALLS));
    register.flag(run, (String) v.get(Var.ENGINEER), LocalDate.parse((String) v.get(Var.WEEK_START)), calls,
        number(v.get(Var.INSPECTIONS_DONE)), settings.callsPerWeek(), shortfallReason(calls));
  }

  private String shortfallReason(int calls) {
    if (calls < settings.callsPerWeek()) {
      return "当周由其处理的热线录音只有 " + calls + " 通，不足 " + settings.callsPerWeek() + " 通";
    }
    return "抽查的录音未在期限内完成质检";
  }

  /** Text of the feedback mail to the engineer. */
  String feedbackNote(Map<String, Object> v) {
    return "驻场工程师：" + v.get(Var.ENGINEER) + "\n"
        + "质检周：" + v.get(Var.WEEK_START) + " 起\n"
        + "抽查工单：" + v.get(Var.INSPECTED_TICKET) + "\n"
        + "评分：" + scoreLine(scores(v)) + "\n"
        + "结果：" + resultName((String) v.get(Var.RESULT)) + "\n"
        + "质检人员：" + v.get(Var.INSPECTOR) + "\n"
        + "质检反馈：" + v.get(Var.FEEDBACK) + "\n";
  }

  /** Text of the shortfall mail to team lead and inspectors. */
  String shortfallNote(Map<String, Object> v) {
    return "驻场工程师：" + v.get(Var.ENGINEER) + "\n"
        + "质检周：" + v.get(Var.WEEK_START) + " 起\n"
        + "当周热线录音：" + v.get(Var.HOTLINE_CALLS) + " 通，已完成质检："
        + v.get(Var.INSPECTIONS_DONE) + " 次（规定每周至少 " + settings.callsPerWeek() + " 次）\n"
        + "原因：" + shortfallReason(number(v.get(Var.HOTLINE_CALLS))) + "\n";
  }

  static String scoreLine(Scores s) {
    return "服务态度 " + s.attitude() + "，服务技巧 " + s.skill() + "，技术能力 " + s.technical() + "，问题记录 " + s.record();
  }

  static String resultName(String result) {
    return QualityInspectionProcess.PASS.equals(result) ? "合格" : "不合格";
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

  static int number(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }
}
