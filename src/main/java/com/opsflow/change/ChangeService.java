package com.opsflow.change;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.change.ChangeRegister.ScheduledChange;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the steps of {@code change} decide and record, engine-free: the change register, the plan's author, the
 * implementation window checked against the forward schedule of changes (conflicts go into the approval
 * document), the approval material, the ticket history of each step and the text of the mails. Called by the
 * adapters {@link Changes} and {@link ChangeTicketRecorder} with the ticket number, the acting user and the
 * instance's variables.
 */
@Service
class ChangeService {

  static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** An implementation window, checked: it ends after it starts. */
  record Window(Instant start, Instant end) {
  }

  /** The booked window with its conflicts, and what the approval gets: subject, author, document. */
  record ScheduleChecked(Date windowStartAt, String conflicts, String approvalSubject, String approvalAuthor,
      String approvalDocument) {
  }

  private final ChangeRegister register;
  private final TicketService tickets;
  private final TicketTime time;

  ChangeService(ChangeRegister register, TicketService tickets, TicketTime time) {
    this.register = register;
    this.tickets = tickets;
    this.time = time;
  }

  /** After the ticket is registered: the change register row. */
  void registered(String number, String processInstanceId, Map<String, Object> variables) {
    register.register(number, processInstanceId, text(variables, Var.SYSTEM), text(variables, Var.CHANGE_TYPE),
        text(variables, Var.SUMMARY));
  }

  /** 评估可行性和风险, on the ticket. */
  void assessed(String number, String actor, Map<String, Object> v) {
    boolean feasible = ChangeProcess.Outcome.FEASIBLE.equals(v.get(Var.FEASIBILITY));
    tickets.event(number, TicketEvent.CHANGE_ASSESSED, actor, (feasible ? "可行" : "不可行") + "；影响范围 "
        + v.get(Var.IMPACT_SCOPE) + "，" + (Boolean.TRUE.equals(v.get(Var.SERVICE_INTERRUPTION)) ? "需中断业务" : "不中断业务")
        + "；" + v.get(Var.ASSESSMENT));
  }

  void notFeasible(String number) {
    register.status(number, ChangeStatus.NOT_FEASIBLE);
  }

  /** After DMN change-risk: the risk class and the approval route it chose. */
  void classified(String number, String actor, Map<String, Object> v) {
    String risk = text(v, Var.RISK_CLASS);
    register.riskClass(number, risk);
    tickets.event(number, TicketEvent.CHANGE_CLASSIFIED, actor, ChangeProcess.RISK_NAMES.getOrDefault(risk, risk)
        + "；审批：" + v.get(ApprovalProcess.In.GROUPS) + "（" + v.get(ApprovalProcess.In.MODE) + "，需 "
        + v.get(ApprovalProcess.In.REQUIRED) + " 人批准）");
  }

  /** Whoever writes the plan is its author (four-eyes in approval): a known user. */
  String planAuthor(String author) {
    if (author == null || author.isBlank()) {
      throw new InvalidInputException(Var.PLAN_AUTHOR, "变更方案须由登录用户编写（作者不能审批自己的方案）"
          + " / the plan must be written by a known user: its author may not approve it");
    }
    return author;
  }

  /** The window must end after it starts (dates as the form or a REST body gives them). */
  Window window(Object startValue, Object endValue) {
    Instant start = Fields.requiredDateTime(startValue, Var.WINDOW_START, "窗口开始时间", time.zone());
    Instant end = Fields.requiredDateTime(endValue, Var.WINDOW_END, "窗口结束时间", time.zone());
    if (!end.isAfter(start)) {
      throw new InvalidInputException(Var.WINDOW_END, "字段 windowEnd（窗口结束时间）须晚于窗口开始时间"
          + " / field 'windowEnd' must be after windowStart");
    }
    return new Window(start, end);
  }

  /**
   * Before approval: the window is booked in the register and checked against the other approved changes of
   * the same system; conflicts are recorded and become part of what the approvers read.
   */
  ScheduleChecked checkSchedule(String number, String actor, Map<String, Object> v) {
    Window window = window(v.get(Var.WINDOW_START), v.get(Var.WINDOW_END));
    LocalDateTime start = time.local(window.start());
    LocalDateTime end = time.local(window.end());
    String conflicts = describe(register.overlapping(number, text(v, Var.SYSTEM), start, end));
    String author = text(v, Var.PLAN_AUTHOR);
    register.plan(number, start, end, text(v, Var.IMPLEMENTERS), text(v, Var.RESOURCES), author, conflicts);
    if (!conflicts.isEmpty()) {
      tickets.event(number, TicketEvent.CHANGE_SCHEDULE_CONFLICT, actor, "实施窗口与同一系统已批准的变更重叠：" + conflicts);
    }
    String subject = ChangeProcess.RISK_NAMES.getOrDefault(text(v, Var.RISK_CLASS), "变更") + " " + number + "："
        + text(v, Var.SUMMARY);
    return new ScheduleChecked(Date.from(window.start()), conflicts, subject, author, document(v, start, end, conflicts));
  }

  /**
   * Approved: the window is booked in the forward schedule; a change of the same system approved for an
   * overlapping window while this one was in approval is recorded as a conflict too (and named in the mail).
   *
   * @return all schedule conflicts when some were approved meanwhile
   */
  Optional<String> approved(String number, String actor, Map<String, Object> v) {
    register.approved(number, text(v, ApprovalProcess.Out.APPROVED_BY));
    Window window = window(v.get(Var.WINDOW_START), v.get(Var.WINDOW_END));
    List<ScheduledChange> overlapping = register.overlapping(number, text(v, Var.SYSTEM), time.local(window.start()),
        time.local(window.end()));
    String known = text(v, Var.SCHEDULE_CONFLICTS);
    List<ScheduledChange> approvedMeanwhile = overlapping.stream().filter(c -> !known.contains(c.ticketNumber())).toList();
    if (approvedMeanwhile.isEmpty()) {
      return Optional.empty();
    }
    String conflicts = describe(approvedMeanwhile);
    tickets.event(number, TicketEvent.CHANGE_SCHEDULE_CONFLICT, actor, "审批期间同一系统另有变更获批，实施窗口重叠：" + conflicts);
    return Optional.of(known.isEmpty() ? conflicts : known + "；" + conflicts);
  }

  void rejected(String number) {
    register.status(number, ChangeStatus.REJECTED);
  }

  /** Verified after implementation: monitoring for one business cycle starts. */
  void implemented(String number, String actor, Map<String, Object> v) {
    register.status(number, ChangeStatus.IMPLEMENTED);
    tickets.event(number, TicketEvent.CHANGE_IMPLEMENTED, actor, "实施并验证成功：" + text(v, Var.VERIFY_NOTE));
  }

  /** @return the closure note */
  String rolledBack(String number, String actor, Map<String, Object> v) {
    register.status(number, ChangeStatus.ROLLED_BACK);
    String note = "已回退并验证：" + text(v, Var.ROLLBACK_VERIFY_NOTE);
    tickets.event(number, TicketEvent.CHANGE_ROLLED_BACK, actor, note);
    return note;
  }

  /** @return the closure note */
  String closed(String number, Map<String, Object> v) {
    register.status(number, ChangeStatus.CLOSED);
    return "监控一个业务周期无异常：" + text(v, Var.MONITORING_NOTE);
  }

  /** A change event a model records through "record on ticket": the change's summary. */
  void recorded(TicketEvent event, String number, String actor, Object summary) {
    tickets.event(number, event, actor, String.valueOf(summary));
  }

  /** What the approvers read: plan, rollback plan, test and review, implementation plan, schedule conflicts. */
  String document(Map<String, Object> v, LocalDateTime start, LocalDateTime end, String conflicts) {
    StringBuilder s = new StringBuilder();
    if (!conflicts.isEmpty()) {
      s.append("【日程冲突】实施窗口与同一系统已批准的变更重叠：").append(conflicts).append("\n\n");
    }
    s.append("系统：").append(text(v, Var.SYSTEM)).append("；变更类别：")
        .append(ChangeProcess.CHANGE_TYPES.getOrDefault(text(v, Var.CHANGE_TYPE), text(v, Var.CHANGE_TYPE)))
        .append("；风险等级：").append(ChangeProcess.RISK_NAMES.getOrDefault(text(v, Var.RISK_CLASS), "")).append('\n');
    s.append("申请人：").append(text(v, Var.REPORTER)).append('\n');
    s.append("变更内容和原因：").append(text(v, Var.DESCRIPTION)).append('\n');
    s.append("可行性和风险评估：").append(text(v, Var.ASSESSMENT)).append('\n');
    s.append("\n变更方案：\n").append(text(v, Var.PLAN)).append('\n');
    s.append("\n回退方案：\n").append(text(v, Var.ROLLBACK_PLAN)).append('\n');
    s.append("\n测试结果：").append(text(v, Var.TEST_RESULT)).append('\n');
    s.append("评审意见：").append(text(v, Var.REVIEW_NOTE)).append('\n');
    s.append("\n实施计划：窗口 ").append(SHOW.format(start)).append(" 至 ").append(SHOW.format(end)).append('\n');
    s.append("实施人员：").append(text(v, Var.IMPLEMENTERS)).append('\n');
    s.append("所需资源：").append(text(v, Var.RESOURCES)).append('\n');
    s.append("方案编写人：").append(text(v, Var.PLAN_AUTHOR)).append('\n');
    return s.toString();
  }

  /** The text of the change mails ({@code ${note}}). */
  String note(Map<String, Object> v) {
    StringBuilder s = new StringBuilder();
    s.append("变更：").append(text(v, Var.SUMMARY)).append("（").append(text(v, Var.SYSTEM)).append("）\n");
    s.append("申请人：").append(text(v, Var.REPORTER)).append('\n');
    Object risk = v.get(Var.RISK_CLASS);
    if (risk != null) {
      s.append("风险等级：").append(ChangeProcess.RISK_NAMES.getOrDefault(risk.toString(), risk.toString())).append('\n');
    }
    if (v.get(Var.WINDOW_START_AT) instanceof Date d) {
      s.append("实施窗口：").append(SHOW.format(time.local(d.toInstant()))).append(" 起，实施人员：")
          .append(text(v, Var.IMPLEMENTERS)).append('\n');
    }
    Object conflicts = v.get(Var.SCHEDULE_CONFLICTS);
    if (conflicts != null && !conflicts.toString().isBlank()) {
      s.append("日程冲突：").append(conflicts).append('\n');
    }
    Object outcome = v.get(ApprovalProcess.Out.OUTCOME);
    if (outcome != null) {
      s.append("审批结果：").append(switch (outcome.toString()) {
        case ApprovalProcess.APPROVED -> "批准（" + v.get(ApprovalProcess.Out.APPROVED_BY) + "）";
        case ApprovalProcess.REJECTED -> "未批准";
        default -> "退回修改";
      }).append('\n');
      Object reason = v.get(ApprovalProcess.Out.REASON);
      if (reason != null) {
        s.append("审批意见：").append(reason).append('\n');
      }
    }
    if (ChangeProcess.Outcome.NOT_FEASIBLE.equals(v.get(Var.FEASIBILITY))) {
      s.append("评估结论：不可行。").append(text(v, Var.ASSESSMENT)).append('\n');
    }
    Object closure = v.get(Var.CLOSURE_NOTE);
    if (closure != null) {
      s.append("结论：").append(closure).append('\n');
    }
    return s.toString();
  }

  private static String describe(List<ScheduledChange> changes) {
    return changes.stream().map(c -> c.ticketNumber() + "「" + c.summary() + "」（窗口 " + SHOW.format(c.windowStart())
        + " 至 " + SHOW.format(c.windowEnd()) + "，已批准）").collect(Collectors.joining("；"));
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? "" : value.toString();
  }
}
