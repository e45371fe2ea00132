package com.opsflow.healthcheck;

import com.opsflow.engine.CurrentUser;
import com.opsflow.healthcheck.Checklist.Line;
import com.opsflow.healthcheck.HealthCheckProcess.Scope;
import com.opsflow.healthcheck.HealthCheckProcess.Var;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code health-check} ({@code ${healthChecks.…}}): the check's register row and ticket with a
 * pre-filled plan (B-2.3.10(1) 时间、地点、范围、方式), the checklist against the thresholds of DMN
 * health-check-threshold, the follow-ups of findings, the overdue flag (by the register: any check of the same
 * schedule recorded in the period counts) and the report.
 */
@Component("healthChecks")
public class HealthChecks {

  static final String DEFAULT_PLACE = "省局现场";
  static final String DEFAULT_METHOD = "巡检：应用系统支持人员在省局现场进行检查";

  private final HealthCheckRegister register;
  private final HealthCheckThresholds thresholds;
  private final HealthCheckFollowUps followUps;
  private final HealthCheckReport report;
  private final TicketService tickets;
  private final TicketTime time;

  HealthChecks(HealthCheckRegister register, HealthCheckThresholds thresholds, HealthCheckFollowUps followUps,
      HealthCheckReport report, TicketService tickets, TicketTime time) {
    this.register = register;
    this.thresholds = thresholds;
    this.followUps = followUps;
    this.report = report;
    this.tickets = tickets;
    this.time = time;
  }

  /** After the message start: register row, ticket, the plan's defaults and the deadline (end of the period). */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    String schedule = (String) execution.getVariable(ScheduleVariables.SCHEDULE);
    LocalDate start = LocalDate.parse((String) execution.getVariable(ScheduleVariables.PERIOD_START));
    LocalDate end = LocalDate.parse((String) execution.getVariable(ScheduleVariables.PERIOD_END));
    register.open(number, execution.getProcessInstanceId(), system, schedule,
        (String) execution.getVariable(ScheduleVariables.PERIOD_KEY), start, end);
    execution.setVariable(Var.SPECIAL, isSpecial(schedule));
    execution.setVariable(ScheduleVariables.SYSTEM_NAME, SupportedSystems.name(system));
    execution.setVariable(Var.DEADLINE, Date.from(end.plusDays(1).atStartOfDay(time.zone()).toInstant()));
    LocalDate due = LocalDate.parse((String) execution.getVariable(ScheduleVariables.DUE_ON));
    execution.setVariable(Var.PLANNED_AT, due.atTime(9, 0).toString());
    execution.setVariable(Var.PLACE, DEFAULT_PLACE);
    execution.setVariable(Var.METHOD, DEFAULT_METHOD);
    for (Map.Entry<String, Scope> scope : HealthCheckProcess.SCOPES.entrySet()) {
      execution.setVariable(scope.getValue().variable(), defaultScope(schedule, scope.getKey()));
    }
    String summary = execution.getVariable(ScheduleVariables.SCHEDULE_LABEL) + " " + execution.getVariable(
        ScheduleVariables.PERIOD_KEY) + "（" + SupportedSystems.name(system) + "）";
    String by = (String) execution.getVariable(ScheduleVariables.STARTED_BY);
    tickets.register(new NewTicket(number, HealthCheckProcess.TICKET_TYPE, execution.getProcessInstanceId(), system,
        null, by, null, summary, summary, null, null, false, by));
  }

  static boolean isSpecial(String schedule) {
    return HealthCheckProcess.SPECIAL_APPLICATION.equals(schedule) || HealthCheckProcess.SPECIAL_DATABASE.equals(schedule);
  }

  /** A special database check covers the database server and software; a special application check the rest. */
  static boolean defaultScope(String schedule, String scope) {
    boolean database = scope.equals("db-server") || scope.equals("db-software");
    if (HealthCheckProcess.SPECIAL_DATABASE.equals(schedule)) {
      return database;
    }
    if (HealthCheckProcess.SPECIAL_APPLICATION.equals(schedule)) {
      return !database;
    }
    return true;
  }

  /** Complete listener of 制定健康检查计划: time, place, at least one scope, method. */
  public void planned(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    LocalDateTime at = time.local(Fields.requiredDateTime(v.get(Var.PLANNED_AT), Var.PLANNED_AT, "检查时间", time.zone()));
    String place = Fields.requiredText(v, Var.PLACE, "检查地点", 200);
    String method = Fields.requiredText(v, Var.METHOD, "检查方式", 200);
    List<String> scopes = scopes(v);
    if (scopes.isEmpty()) {
      throw new InvalidInputException("scopeDbServer", "检查范围至少选择一项 / choose at least one check scope");
    }
    task.setVariable(Var.PLACE, place);
    task.setVariable(Var.METHOD, method);
    register.planned(task.getExecution().getProcessBusinessKey(), at, place, scopeNames(scopes), method);
  }

  /** Complete listener of 执行检查: every item of the planned scopes measured; state, problems and advice written. */
  public void performed(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    List<Line> lines = Checklist.measure(thresholds.all(), scopes(v), v);
    String runState = Fields.requiredLines(v, Var.RUN_STATE, "运行状况", 3900);
    String problems = Fields.requiredLines(v, Var.PROBLEMS, "存在问题", 3900);
    String advice = Fields.requiredLines(v, Var.ADVICE, "优化建议", 3900);
    String user = CurrentUser.of(task);
    register.checked(task.getExecution().getProcessBusinessKey(), user, runState, problems, advice, lines);
    task.setVariable(Var.CHECKED_BY, user);
    task.setVariable(Var.FINDING_COUNT, (int) lines.stream().filter(Line::finding).count());
  }

  /** After the check: the findings of the register, split into host problems and tickets to open. */
  public void assess(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    List<String> host = new ArrayList<>();
    int findings = 0;
    for (HealthCheckRegister.Item item : register.items(number)) {
      if (!item.finding()) {
        continue;
      }
      findings++;
      if ("host".equals(item.followUp())) {
        host.add(findingText(item));
      }
    }
    execution.setVariable(Var.FINDING_COUNT, findings);
    execution.setVariable(Var.HAS_HOST_FINDINGS, !host.isEmpty());
    execution.setVariable(Var.HOST_FINDINGS, String.join("\n", host));
    tickets.event(number, "health-checked", (String) execution.getVariable(Var.CHECKED_BY),
        findings == 0 ? "检查清单各项均未超出阈值" : findings + " 项超出阈值");
  }

  /** Each finding other than a host problem opens its incident, problem or change, linked to the check both ways. */
  public void openFollowUps(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    List<String> opened = new ArrayList<>();
    for (HealthCheckRegister.Item item : register.items(number)) {
      if (!item.finding() || "host".equals(item.followUp())) {
        continue;
      }
      String summary = cut("健康检查发现：" + item.label() + "超出阈值（" + SupportedSystems.name(system) + "）", 200);
      String description = "由健康检查 " + number + " 发现（A-3.2.1.1、B-2.3.10）。\n" + findingText(item) + "\n存在问题："
          + execution.getVariable(Var.PROBLEMS);
      String ticket = followUps.open(execution, item.followUp(), system, item.scope(), summary, cut(description, 4000));
      register.linked(number, item.item(), ticket);
      tickets.event(number, "follow-up-opened", null, item.label() + " → " + ticket);
      tickets.event(ticket, "opened-by-check", null, number);
      opened.add(ticket);
    }
    execution.setVariable(Var.FOLLOW_UP_TICKETS, String.join(",", opened));
  }

  /** Host problems go to the bureau's system administrator (A-3.2.1.1(3)); noted on the findings. */
  public String hostNote(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    for (HealthCheckRegister.Item item : register.items(number)) {
      if (item.finding() && "host".equals(item.followUp())) {
        register.linked(number, item.item(), OpsFlowGroups.BUREAU_IT);
      }
    }
    return "以下主机问题请采购方系统管理员联系主机维护人员处理（A-3.2.1.1(3)）：\n" + execution.getVariable(Var.HOST_FINDINGS);
  }

  public void writeReport(DelegateExecution execution) {
    report.issue(execution.getProcessBusinessKey(), (String) execution.getVariable(ScheduleVariables.SCHEDULE_LABEL),
        (String) execution.getVariable(Var.CHECKED_BY));
  }

  public void close(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    register.closed(number);
    Object opened = execution.getVariable(Var.FOLLOW_UP_TICKETS);
    tickets.recordClosure(number, false, opened == null || opened.toString().isBlank() ? "检查完成"
        : "检查完成，已开立 " + opened, (String) execution.getVariable(Var.CHECKED_BY));
  }

  /**
   * The period ended and this run is still open: overdue unless a check of the same schedule, system and period
   * was recorded (e.g. an extra one by hand). A quarter without its special checks is what B-2.2 item 5 forbids.
   */
  public void checkOverdue(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    String schedule = (String) execution.getVariable(ScheduleVariables.SCHEDULE);
    LocalDate start = LocalDate.parse((String) execution.getVariable(ScheduleVariables.PERIOD_START));
    boolean overdue = register.checkedInPeriod(system, schedule, start) == 0;
    execution.setVariable(Var.OVERDUE, overdue);
    if (overdue) {
      register.overdueFlagged(number);
      String note = execution.getVariable(ScheduleVariables.SCHEDULE_LABEL) + " " + execution.getVariable(
          ScheduleVariables.PERIOD_KEY) + "（" + SupportedSystems.name(system) + "）在周期结束（"
          + execution.getVariable(ScheduleVariables.PERIOD_END) + "）时仍未完成。"
          + (isSpecial(schedule) ? "B-2.2 第5项要求对应用及数据库分别进行每季度不少于1次的专项健康检查。" : "");
      execution.setVariable(Var.OVERDUE_NOTE, note);
      tickets.event(number, "check-overdue", null, note);
    }
  }

  private static List<String> scopes(Map<String, Object> v) {
    List<String> scopes = new ArrayList<>();
    HealthCheckProcess.SCOPES.forEach((code, scope) -> {
      Object value = v.get(scope.variable());
      if (Boolean.TRUE.equals(value) || "true".equals(value)) {
        scopes.add(code);
      }
    });
    return scopes;
  }

  private static String scopeNames(List<String> scopes) {
    return String.join("；", scopes.stream().map(s -> HealthCheckProcess.SCOPES.get(s).name()).toList());
  }

  private static String findingText(HealthCheckRegister.Item item) {
    return item.label() + "：实测 " + item.measured().stripTrailingZeros().toPlainString() + " " + item.unit() + "，阈值 "
        + item.threshold().stripTrailingZeros().toPlainString() + " " + item.unit();
  }


  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
