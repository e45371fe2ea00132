package com.opsflow.drdrill;

import com.opsflow.engine.CurrentUser;
import com.opsflow.drdrill.DrDrillDecisions.Result;
import com.opsflow.drdrill.DrDrillDecisions.Targets;
import com.opsflow.drdrill.DrDrillProcess.Var;
import com.opsflow.drdrill.DrDrillRegister.Drill;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.problem.ProblemProcess;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code dr-drill} ({@code ${drDrills.…}}), invoice contract C 系统灾备 (每年开展2次系统应用和基础环境灾难
 * 备份和恢复演练): the drill's register row and ticket with the RTO/RPO targets of DMN dr-drill-target, the plan, its
 * approval by someone other than its author, the drill with measured recovery time and data loss, the result of DMN
 * dr-drill-result, a problem for a failed drill, the report, and the overdue flag of a half-year without its drill.
 */
@Component("drDrills")
public class DrDrills {

  static final String DEFAULT_METHOD = "在灾备环境中模拟生产故障：备份系统应用和基础环境（操作系统、数据库、中间件）后，"
      + "按应急预案从备份恢复，验证业务功能和数据完整性，记录恢复用时和数据丢失时长";
  static final int MAX_MINUTES = 100_000;

  private final DrDrillRegister register;
  private final DrDrillDecisions decisions;
  private final DrDrillFourEyes fourEyes;
  private final DrDrillReport report;
  private final TicketService tickets;
  private final TicketTime time;

  DrDrills(DrDrillRegister register, DrDrillDecisions decisions, DrDrillFourEyes fourEyes, DrDrillReport report,
      TicketService tickets, TicketTime time) {
    this.register = register;
    this.decisions = decisions;
    this.fourEyes = fourEyes;
    this.report = report;
    this.tickets = tickets;
    this.time = time;
  }

  /** After the message start: register row with the targets, ticket, the plan's defaults, deadline = end of the half-year. */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    LocalDate start = LocalDate.parse((String) execution.getVariable(ScheduleVariables.PERIOD_START));
    LocalDate end = LocalDate.parse((String) execution.getVariable(ScheduleVariables.PERIOD_END));
    Targets targets = decisions.targets(system);
    register.open(number, execution.getProcessInstanceId(), system,
        (String) execution.getVariable(ScheduleVariables.SCHEDULE),
        (String) execution.getVariable(ScheduleVariables.PERIOD_KEY), start, end,
        Boolean.TRUE.equals(execution.getVariable(ScheduleVariables.SCHEDULED)), targets.rtoMinutes(),
        targets.rpoMinutes());
    execution.setVariable(ScheduleVariables.SYSTEM_NAME, SupportedSystems.name(system));
    execution.setVariable(Var.DEADLINE, Date.from(end.plusDays(1).atStartOfDay(time.zone()).toInstant()));
    LocalDate due = LocalDate.parse((String) execution.getVariable(ScheduleVariables.DUE_ON));
    execution.setVariable(Var.PLANNED_AT, due.plusDays(14).atTime(20, 0).toString());
    execution.setVariable(Var.SCOPE_APPLICATION, true);
    execution.setVariable(Var.SCOPE_BASE, true);
    execution.setVariable(Var.METHOD, DEFAULT_METHOD);
    execution.setVariable(Var.RTO_TARGET, targets.rtoMinutes());
    execution.setVariable(Var.RPO_TARGET, targets.rpoMinutes());
    String summary = execution.getVariable(ScheduleVariables.SCHEDULE_LABEL) + " " + execution.getVariable(
        ScheduleVariables.PERIOD_KEY) + "（" + SupportedSystems.name(system) + "）";
    String by = (String) execution.getVariable(ScheduleVariables.STARTED_BY);
    tickets.register(new NewTicket(number, DrDrillProcess.TICKET_TYPE, execution.getProcessInstanceId(), system,
        null, by, null, summary, summary, null, null, false, by));
  }

  /** Complete listener of 制定灾备演练计划: time, scope (application, base environment), method, participants. */
  public void planned(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    LocalDateTime at = time.local(Fields.requiredDateTime(v.get(Var.PLANNED_AT), Var.PLANNED_AT, "演练时间", time.zone()));
    List<String> scopes = scopes(v);
    if (scopes.isEmpty()) {
      throw new InvalidInputException(Var.SCOPE_APPLICATION, "演练范围至少选择一项（系统应用、基础环境） / choose at least"
          + " one drill scope");
    }
    String method = Fields.requiredLines(v, Var.METHOD, "演练方式", 2000);
    String participants = Fields.requiredText(v, Var.PARTICIPANTS, "参与人员", 500);
    String author = CurrentUser.of(task);
    String number = task.getExecution().getProcessBusinessKey();
    register.planned(number, new DrDrillRegister.Plan(at, String.join("；", scopes), method, participants, author));
    task.setVariable(Var.PLAN_SUMMARY, "演练时间：" + at.toString().replace('T', ' ') + "\n演练范围：" + String.join("；", scopes)
        + "\n演练方式：" + method + "\n参与人员：" + participants + "\n恢复目标：RTO ≤ " + v.get(Var.RTO_TARGET)
        + " 分钟，RPO ≤ " + v.get(Var.RPO_TARGET) + " 分钟\n编制人：" + author);
    tickets.event(number, "drill-planned", author, String.join("；", scopes));
  }

  /** Complete listener of 审批灾备演练计划: someone other than the author approves, or sends back with a reason. */
  public void approved(DelegateTask task) {
    String approver = CurrentUser.of(task);
    String number = task.getExecution().getProcessBusinessKey();
    fourEyes.check(task.getProcessInstanceId(), number, approver, task.getAssignee());
    Map<String, Object> v = task.getVariables();
    String decision = Fields.oneOf(v, Var.APPROVAL, "审批结论", Set.copyOf(DrDrillProcess.APPROVALS));
    boolean ok = "approved".equals(decision);
    String note = ok ? Fields.optionalLines(v, Var.APPROVAL_NOTE, "审批意见", 2000)
        : Fields.requiredLines(v, Var.APPROVAL_NOTE, "退回原因", 2000);
    if (ok) {
      register.approved(number, approver, note);
    } else {
      register.rejected(number, approver, note);
    }
    task.setVariable(Var.PLAN_APPROVED, ok);
    task.setVariable(Var.REJECTION_NOTE, ok ? "" : note);
    // each approval writes its own note: a reason given before must not answer for the next decision
    task.removeVariable(Var.APPROVAL_NOTE);
    tickets.event(number, ok ? "drill-plan-approved" : "drill-plan-rejected", approver, note);
  }

  /** Complete listener of 实施灾备演练: backup and restore recorded, recovery time and data loss measured in minutes. */
  public void performed(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String number = task.getExecution().getProcessBusinessKey();
    String backupNote = Fields.requiredLines(v, Var.BACKUP_NOTE, "备份和恢复过程", 2000);
    boolean application = Fields.optionalBoolean(v, Var.APPLICATION_RESTORED, "系统应用已恢复");
    boolean base = Fields.optionalBoolean(v, Var.BASE_RESTORED, "基础环境已恢复");
    int rto = minutes(v, Var.RTO, "实测恢复时间（分钟）");
    int rpo = minutes(v, Var.RPO, "实测数据丢失（分钟）");
    String problems = Fields.requiredLines(v, Var.PROBLEMS, "存在问题", 3900);
    String improvements = Fields.requiredLines(v, Var.IMPROVEMENTS, "改进措施", 3900);
    String user = CurrentUser.of(task);
    register.drilled(number, new DrDrillRegister.Measured(user, backupNote, application, base, rto, rpo, problems,
        improvements));
    task.setVariable(Var.DRILLED_BY, user);
    tickets.event(number, "drill-performed", user, "RTO " + rto + " 分钟，RPO " + rpo + " 分钟");
  }

  /** The result of DMN dr-drill-result on the register's figures (what was planned must have been restored). */
  public void assess(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Drill d = register.find(number).orElseThrow(() -> new IllegalStateException("No drill " + number));
    Result result = decisions.result(restored(d), d.rtoMinutes(), d.rpoMinutes(),
        new Targets(d.rtoTargetMinutes(), d.rpoTargetMinutes()));
    String reason = String.join("；", result.reasons());
    register.judged(number, result.result(), reason);
    execution.setVariable(Var.RESULT, result.result());
    execution.setVariable(Var.RESULT_REASON, reason);
    tickets.event(number, result.passed() ? "drill-passed" : "drill-failed", d.drilledBy(), reason);
  }

  static boolean restored(Drill d) {
    String scope = d.scope() == null ? "" : d.scope();
    boolean application = !scope.contains(DrDrillReport.SCOPE_APPLICATION) || Boolean.TRUE.equals(d.applicationRestored());
    boolean base = !scope.contains(DrDrillReport.SCOPE_BASE) || Boolean.TRUE.equals(d.baseRestored());
    return application && base;
  }

  /** A failed drill opens a problem for second line (the cause, the fix of the recovery procedure), linked both ways. */
  public void openProblem(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Drill d = register.find(number).orElseThrow(() -> new IllegalStateException("No drill " + number));
    String summary = cut("灾备演练未达到恢复目标：" + d.resultReason() + "（" + SupportedSystems.name(d.system()) + "）", 200);
    String description = cut("由灾备演练 " + number + "（" + d.periodKey() + "）发现（C 系统灾备演练）。\n实测恢复时间 "
        + d.rtoMinutes() + " 分钟（目标 ≤ " + d.rtoTargetMinutes() + "），实测数据丢失 " + d.rpoMinutes() + " 分钟（目标 ≤ "
        + d.rpoTargetMinutes() + "）。\n存在问题：" + d.problems() + "\n改进措施：" + d.improvements(), 4000);
    Map<String, Object> vars = new HashMap<>();
    vars.put(ProblemProcess.Var.PROBLEM_TYPE, "program");
    vars.put(ProblemProcess.Var.SYSTEM, d.system());
    vars.put(ProblemProcess.Var.SUMMARY, summary);
    vars.put(ProblemProcess.Var.DESCRIPTION, description);
    // Engine-internal work: whoever recorded the drill needs no right to open problems.
    String problem = WithoutAuthorization.inCurrentCommand(() -> execution.getProcessEngineServices()
        .getRuntimeService().createProcessInstanceByKey(ProblemProcess.KEY).setVariables(vars).execute()
        .getBusinessKey());
    register.problemOpened(number, problem);
    execution.setVariable(Var.PROBLEM_NUMBER, problem);
    tickets.event(number, "follow-up-opened", null, d.resultReason() + " → " + problem);
    tickets.event(problem, "opened-by-check", null, number);
  }

  public void writeReport(DelegateExecution execution) {
    report.issue(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.DRILLED_BY));
  }

  public void close(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    register.closed(number);
    Object problem = execution.getVariable(Var.PROBLEM_NUMBER);
    tickets.recordClosure(number, false, "灾备演练" + (DrDrillProcess.PASSED.equals(execution.getVariable(Var.RESULT))
        ? "通过" : "未通过") + (problem == null ? "" : "，已开立 " + problem), (String) execution.getVariable(Var.DRILLED_BY));
  }

  /**
   * The half-year ended and this run is still open: overdue unless a drill of the system was recorded in the period
   * (e.g. by an extra run by hand). Two drills a year is what contract C asks.
   */
  public void checkOverdue(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    LocalDate start = LocalDate.parse((String) execution.getVariable(ScheduleVariables.PERIOD_START));
    boolean overdue = register.drilledInPeriod(system, start) == 0;
    execution.setVariable(Var.OVERDUE, overdue);
    if (overdue) {
      register.overdueFlagged(number);
      String note = "灾备演练 " + execution.getVariable(ScheduleVariables.PERIOD_KEY) + "（" + SupportedSystems.name(system)
          + "）在半年结束（" + execution.getVariable(ScheduleVariables.PERIOD_END) + "）时仍未完成。合同 C 要求每年开展2次"
          + "系统应用和基础环境灾难备份和恢复演练。";
      execution.setVariable(Var.OVERDUE_NOTE, note);
      tickets.event(number, "drill-overdue", null, note);
    }
  }

  private static List<String> scopes(Map<String, Object> v) {
    List<String> scopes = new ArrayList<>();
    if (isTrue(v.get(Var.SCOPE_APPLICATION))) {
      scopes.add(DrDrillReport.SCOPE_APPLICATION);
    }
    if (isTrue(v.get(Var.SCOPE_BASE))) {
      scopes.add(DrDrillReport.SCOPE_BASE);
    }
    return scopes;
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** Whole minutes, 0 or more. */
  static int minutes(Map<String, Object> v, String field, String label) {
    Object value = v.get(field);
    BigDecimal number;
    try {
      number = value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      number = null;
    }
    if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(MAX_MINUTES)) > 0) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填，须为 0 到 " + MAX_MINUTES
          + " 的整数分钟 / field '" + field + "' needs whole minutes from 0 to " + MAX_MINUTES);
    }
    return number.intValueExact();
  }


  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
