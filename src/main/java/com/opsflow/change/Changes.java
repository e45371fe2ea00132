package com.opsflow.change;

import com.opsflow.engine.CurrentUser;
import com.opsflow.approval.ApprovalProcess;
import com.opsflow.approval.PlanAuthorship;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.change.ChangeRegister.ScheduledChange;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.worklog.CompletedTasks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code change} ({@code ${changes.…}}): the change register, the plan's author, the
 * implementation window checked against the forward schedule of changes (conflicts go into the
 * approval document), the approval material, and the ticket records of each step. As a
 * {@link TaskCompletionValidator} of 制定实施计划 it refuses a window that ends before it starts (400).
 */
@Component("changes")
public class Changes implements TaskCompletionValidator, PlanAuthorship {

  static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ChangeRegister register;
  private final TicketService tickets;
  private final TicketTime time;

  Changes(ChangeRegister register, TicketService tickets, TicketTime time) {
    this.register = register;
    this.tickets = tickets;
    this.time = time;
  }

  /** After the ticket is registered: the change register row. */
  public void register(DelegateExecution execution) {
    register.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), text(execution, Var.SYSTEM),
        text(execution, Var.CHANGE_TYPE), text(execution, Var.SUMMARY));
  }

  /** Complete listener of 评估可行性和风险. */
  public void assessed(DelegateTask task) {
    boolean feasible = ChangeProcess.Outcome.FEASIBLE.equals(task.getVariable(Var.FEASIBILITY));
    record(task.getExecution(), TicketEvent.CHANGE_ASSESSED, currentUser(task),
        (feasible ? "可行" : "不可行") + "；影响范围 " + task.getVariable(Var.IMPACT_SCOPE) + "，"
            + (Boolean.TRUE.equals(task.getVariable(Var.SERVICE_INTERRUPTION)) ? "需中断业务" : "不中断业务") + "；"
            + task.getVariable(Var.ASSESSMENT));
  }

  public void notFeasible(DelegateExecution execution) {
    register.status(execution.getProcessBusinessKey(), ChangeStatus.NOT_FEASIBLE);
  }

  /** After DMN change-risk. */
  public void classified(DelegateExecution execution) {
    String risk = text(execution, Var.RISK_CLASS);
    register.riskClass(execution.getProcessBusinessKey(), risk);
    record(execution, TicketEvent.CHANGE_CLASSIFIED, null, ChangeProcess.RISK_NAMES.getOrDefault(risk, risk) + "；审批："
        + execution.getVariable(ApprovalProcess.In.GROUPS) + "（" + execution.getVariable(ApprovalProcess.In.MODE) + "，需 "
        + execution.getVariable(ApprovalProcess.In.REQUIRED) + " 人批准）");
  }

  /** Complete listener of 编制变更方案和回退方案: whoever writes the plan is its author (four-eyes in approval). */
  public void planWritten(DelegateTask task) {
    String author = currentUser(task);
    if (author == null || author.isBlank()) {
      throw new InvalidInputException(Var.PLAN_AUTHOR, "变更方案须由登录用户编写（作者不能审批自己的方案）"
          + " / the plan must be written by a known user: its author may not approve it");
    }
    task.setVariable(Var.PLAN_AUTHOR, author);
  }

  /** Complete listener of 制定实施计划: the window must end after it starts. */
  public void implementationPlanned(DelegateTask task) {
    window(task.getVariable(Var.WINDOW_START), task.getVariable(Var.WINDOW_END));
  }

  /**
   * Before approval: the window is booked in the register and checked against the other approved
   * changes of the same system; conflicts are recorded and become part of what the approvers read.
   */
  public void checkSchedule(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Instant[] window = window(execution.getVariable(Var.WINDOW_START), execution.getVariable(Var.WINDOW_END));
    LocalDateTime start = time.local(window[0]);
    LocalDateTime end = time.local(window[1]);
    List<ScheduledChange> overlapping = register.overlapping(number, text(execution, Var.SYSTEM), start, end);
    String conflicts = describe(overlapping);
    execution.setVariable(Var.WINDOW_START_AT, Date.from(window[0]));
    execution.setVariable(Var.SCHEDULE_CONFLICTS, conflicts);
    String author = text(execution, Var.PLAN_AUTHOR);
    register.plan(number, start, end, text(execution, Var.IMPLEMENTERS), text(execution, Var.RESOURCES), author, conflicts);
    if (!conflicts.isEmpty()) {
      record(execution, TicketEvent.CHANGE_SCHEDULE_CONFLICT, null, "实施窗口与同一系统已批准的变更重叠：" + conflicts);
    }
    execution.setVariable(ApprovalProcess.In.SUBJECT, ChangeProcess.RISK_NAMES.getOrDefault(text(execution, Var.RISK_CLASS),
        "变更") + " " + number + "：" + text(execution, Var.SUMMARY));
    execution.setVariable(ApprovalProcess.In.AUTHOR, author);
    execution.setVariable(ApprovalProcess.In.DOCUMENT, document(execution, start, end, conflicts));
  }

  /**
   * Approved: the window is booked in the forward schedule; a change of the same system approved for an
   * overlapping window while this one was in approval is recorded as a conflict too (and named in the mail).
   */
  public void approved(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    register.approved(number, text(execution, ApprovalProcess.Out.APPROVED_BY));
    // another change may have been approved for an overlapping window while this one was in approval
    Instant[] window = window(execution.getVariable(Var.WINDOW_START), execution.getVariable(Var.WINDOW_END));
    List<ScheduledChange> overlapping = register.overlapping(number, text(execution, Var.SYSTEM), time.local(window[0]),
        time.local(window[1]));
    String known = text(execution, Var.SCHEDULE_CONFLICTS);
    List<ScheduledChange> approvedMeanwhile = overlapping.stream().filter(c -> !known.contains(c.ticketNumber())).toList();
    if (!approvedMeanwhile.isEmpty()) {
      String conflicts = describe(approvedMeanwhile);
      execution.setVariable(Var.SCHEDULE_CONFLICTS, known.isEmpty() ? conflicts : known + "；" + conflicts);
      record(execution, TicketEvent.CHANGE_SCHEDULE_CONFLICT, null, "审批期间同一系统另有变更获批，实施窗口重叠：" + conflicts);
    }
  }

  private static String describe(List<ScheduledChange> changes) {
    return changes.stream().map(c -> c.ticketNumber() + "「" + c.summary() + "」（窗口 " + SHOW.format(c.windowStart())
        + " 至 " + SHOW.format(c.windowEnd()) + "，已批准）").collect(Collectors.joining("；"));
  }

  public void rejected(DelegateExecution execution) {
    register.status(execution.getProcessBusinessKey(), ChangeStatus.REJECTED);
  }

  /** Verified after implementation: monitoring for one business cycle starts. */
  public void implemented(DelegateExecution execution) {
    register.status(execution.getProcessBusinessKey(), ChangeStatus.IMPLEMENTED);
    record(execution, TicketEvent.CHANGE_IMPLEMENTED, null, "实施并验证成功：" + text(execution, Var.VERIFY_NOTE));
  }

  public void rolledBack(DelegateExecution execution) {
    register.status(execution.getProcessBusinessKey(), ChangeStatus.ROLLED_BACK);
    String note = "已回退并验证：" + text(execution, Var.ROLLBACK_VERIFY_NOTE);
    execution.setVariable(Var.CLOSURE_NOTE, note);
    record(execution, TicketEvent.CHANGE_ROLLED_BACK, null, note);
  }

  public void closed(DelegateExecution execution) {
    register.status(execution.getProcessBusinessKey(), ChangeStatus.CLOSED);
    execution.setVariable(Var.CLOSURE_NOTE, "监控一个业务周期无异常：" + text(execution, Var.MONITORING_NOTE));
  }

  /** What the approvers read: plan, rollback plan, test and review, implementation plan, schedule conflicts. */
  String document(DelegateExecution execution, LocalDateTime start, LocalDateTime end, String conflicts) {
    StringBuilder s = new StringBuilder();
    if (!conflicts.isEmpty()) {
      s.append("【日程冲突】实施窗口与同一系统已批准的变更重叠：").append(conflicts).append("\n\n");
    }
    s.append("系统：").append(text(execution, Var.SYSTEM)).append("；变更类别：")
        .append(ChangeProcess.CHANGE_TYPES.getOrDefault(text(execution, Var.CHANGE_TYPE), text(execution, Var.CHANGE_TYPE)))
        .append("；风险等级：").append(ChangeProcess.RISK_NAMES.getOrDefault(text(execution, Var.RISK_CLASS), "")).append('\n');
    s.append("申请人：").append(text(execution, Var.REPORTER)).append('\n');
    s.append("变更内容和原因：").append(text(execution, Var.DESCRIPTION)).append('\n');
    s.append("可行性和风险评估：").append(text(execution, Var.ASSESSMENT)).append('\n');
    s.append("\n变更方案：\n").append(text(execution, Var.PLAN)).append('\n');
    s.append("\n回退方案：\n").append(text(execution, Var.ROLLBACK_PLAN)).append('\n');
    s.append("\n测试结果：").append(text(execution, Var.TEST_RESULT)).append('\n');
    s.append("评审意见：").append(text(execution, Var.REVIEW_NOTE)).append('\n');
    s.append("\n实施计划：窗口 ").append(SHOW.format(start)).append(" 至 ").append(SHOW.format(end)).append('\n');
    s.append("实施人员：").append(text(execution, Var.IMPLEMENTERS)).append('\n');
    s.append("所需资源：").append(text(execution, Var.RESOURCES)).append('\n');
    s.append("方案编写人：").append(text(execution, Var.PLAN_AUTHOR)).append('\n');
    return s.toString();
  }

  /** The text of the change mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder();
    s.append("变更：").append(text(execution, Var.SUMMARY)).append("（").append(text(execution, Var.SYSTEM)).append("）\n");
    s.append("申请人：").append(text(execution, Var.REPORTER)).append('\n');
    Object risk = execution.getVariable(Var.RISK_CLASS);
    if (risk != null) {
      s.append("风险等级：").append(ChangeProcess.RISK_NAMES.getOrDefault(risk.toString(), risk.toString())).append('\n');
    }
    Object start = execution.getVariable(Var.WINDOW_START_AT);
    if (start instanceof Date d) {
      s.append("实施窗口：").append(SHOW.format(time.local(d.toInstant()))).append(" 起，实施人员：")
          .append(text(execution, Var.IMPLEMENTERS)).append('\n');
    }
    Object conflicts = execution.getVariable(Var.SCHEDULE_CONFLICTS);
    if (conflicts != null && !conflicts.toString().isBlank()) {
      s.append("日程冲突：").append(conflicts).append('\n');
    }
    Object outcome = execution.getVariable(ApprovalProcess.Out.OUTCOME);
    if (outcome != null) {
      s.append("审批结果：").append(switch (outcome.toString()) {
        case ApprovalProcess.APPROVED -> "批准（" + execution.getVariable(ApprovalProcess.Out.APPROVED_BY) + "）";
        case ApprovalProcess.REJECTED -> "未批准";
        default -> "退回修改";
      }).append('\n');
      Object reason = execution.getVariable(ApprovalProcess.Out.REASON);
      if (reason != null) {
        s.append("审批意见：").append(reason).append('\n');
      }
    }
    if (ChangeProcess.Outcome.NOT_FEASIBLE.equals(execution.getVariable(Var.FEASIBILITY))) {
      s.append("评估结论：不可行。").append(text(execution, Var.ASSESSMENT)).append('\n');
    }
    Object closure = execution.getVariable(Var.CLOSURE_NOTE);
    if (closure != null) {
      s.append("结论：").append(closure).append('\n');
    }
    return s.toString();
  }

  @Override
  public String processKey() {
    return ChangeProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ChangeProcess.Element.PLAN_IMPLEMENTATION;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    Object start = submitted.containsKey(Var.WINDOW_START) ? submitted.get(Var.WINDOW_START) : current.get(Var.WINDOW_START);
    Object end = submitted.containsKey(Var.WINDOW_END) ? submitted.get(Var.WINDOW_END) : current.get(Var.WINDOW_END);
    window(start, end);
  }

  private Instant[] window(Object startValue, Object endValue) {
    Instant start = parse(startValue, Var.WINDOW_START, "窗口开始时间", time.zone());
    Instant end = parse(endValue, Var.WINDOW_END, "窗口结束时间", time.zone());
    if (!end.isAfter(start)) {
      throw new InvalidInputException(Var.WINDOW_END, "字段 windowEnd（窗口结束时间）须晚于窗口开始时间"
          + " / field 'windowEnd' must be after windowStart");
    }
    return new Instant[] {start, end};
  }

  static Instant parse(Object value, String field, String label, ZoneId zone) {
    return Fields.requiredDateTime(value, field, label, zone);
  }

  private void record(DelegateExecution execution, TicketEvent event, String actor, String detail) {
    tickets.event(execution.getProcessBusinessKey(), event.code(), actor != null ? actor : actor(execution), detail);
  }

  private static String actor(DelegateExecution execution) {
    return CurrentUser.of(execution);
  }

  private static String currentUser(DelegateTask task) {
    return CurrentUser.of(task);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString();
  }

  /** The plan handed to {@code approval} is written in this task; its completer is the plan's author. */
  @Override
  public CompletedTasks.Step planStep() {
    return new CompletedTasks.Step(ChangeProcess.KEY, ChangeProcess.Element.WRITE_PLAN);
  }
}
