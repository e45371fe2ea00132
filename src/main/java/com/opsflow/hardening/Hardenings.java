package com.opsflow.hardening;

import com.opsflow.engine.CurrentUser;
import com.opsflow.change.ChangeProcess;
import com.opsflow.change.ChangeRegister;
import com.opsflow.change.ChangeStatus;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.hardening.HardeningRegister.Finding;
import com.opsflow.hardening.SecurityHardeningProcess.Var;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code security-hardening} ({@code ${hardenings.…}}, seed C 安全加固 1–4): the check with its findings
 * (each a row of the register), the bureau's deadline per finding, the hardening itself — through the change
 * process when configuration changes, else by second line — monitoring, roll-back with its reason when business
 * is blocked, the escalation of an overdue finding, and the hardening record (加固留档) when a finding closes.
 * Every rule rests on the register or the change register, never on a variable a task could rewrite.
 */
@Component("hardenings")
public class Hardenings {

  /** Changes that ended without being implemented, or were rolled back: the finding stays open. */
  static final Set<String> CHANGE_FAILED = Set.of(ChangeStatus.ROLLED_BACK, ChangeStatus.REJECTED,
      ChangeStatus.NOT_FEASIBLE);
  static final String HARDENED_BY = "hardenedBy";

  private final HardeningRegister register;
  private final ChangeRegister changes;
  private final TicketService tickets;
  private final TicketTime time;

  Hardenings(HardeningRegister register, ChangeRegister changes, TicketService tickets, TicketTime time) {
    this.register = register;
    this.changes = changes;
    this.tickets = tickets;
    this.time = time;
  }

  /** After the message start: the check's register row and ticket. */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    String periodKey = (String) execution.getVariable(ScheduleVariables.PERIOD_KEY);
    register.openCheck(number, execution.getProcessInstanceId(), system,
        (String) execution.getVariable(ScheduleVariables.SCHEDULE), periodKey);
    execution.setVariable(ScheduleVariables.SYSTEM_NAME, SupportedSystems.name(system));
    boolean scheduled = Boolean.TRUE.equals(execution.getVariable(ScheduleVariables.SCHEDULED));
    execution.setVariable(Var.REASON, scheduled ? "定期检查 " + periodKey : "");
    String summary = "安全漏洞和补丁检查 " + periodKey + "（" + SupportedSystems.name(system) + "）";
    String by = (String) execution.getVariable(ScheduleVariables.STARTED_BY);
    tickets.register(new NewTicket(number, SecurityHardeningProcess.TICKET_TYPE, execution.getProcessInstanceId(),
        system, null, by, null, summary, summary, null, null, false, by));
  }

  /** Complete listener of 安全漏洞和补丁检查: reason, scope, method and the findings, each a row of the register. */
  public void checked(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String reason = Fields.requiredText(v, Var.REASON, "检查缘由", 500);
    String scope = Fields.requiredLines(v, Var.SCOPE, "检查范围", 2000);
    String method = Fields.requiredText(v, Var.METHOD, "检查工具或方法", 500);
    String note = Fields.optionalLines(v, Var.CHECK_NOTE, "检查说明", 2000);
    List<Findings.Finding> findings = Findings.parse(v.get(Var.FINDINGS));
    String user = CurrentUser.of(task);
    String number = task.getExecution().getProcessBusinessKey();
    register.checked(number, (String) v.get(ScheduleVariables.SYSTEM), reason, scope, method, note, user, findings);
    task.setVariable(Var.CHECKED_BY, user);
    task.setVariable(Var.FINDING_COUNT, findings.size());
  }

  /** After the check: the count for the gateway, from the register. */
  public void recordFindings(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    int count = register.findings(number).size();
    execution.setVariable(Var.FINDING_COUNT, count);
    tickets.event(number, "hardening-checked", (String) execution.getVariable(Var.CHECKED_BY),
        count == 0 ? "未发现安全漏洞或缺失补丁" : "发现 " + count + " 项待加固");
  }

  /** The collection of the findings sub-process: one instance per finding of the register. */
  public List<Long> findingIds(DelegateExecution execution) {
    return register.findings(execution.getProcessBusinessKey()).stream().map(Finding::id).toList();
  }

  /** Start of one finding's instance: its variables local to it, filled from the register. */
  public void beginFinding(DelegateExecution execution) {
    Finding f = finding(execution);
    Map<String, Object> local = new HashMap<>();
    Var.LOCAL.forEach(name -> local.put(name, null));
    local.put(HARDENED_BY, null);
    local.put(Var.SEVERITY, f.severity());
    local.put(Var.COMPONENT, f.component());
    local.put(Var.DESCRIPTION, f.description());
    local.put(Var.REMEDY, f.remedy());
    local.put(Var.CONFIG_CHANGE, f.configChange());
    local.put(Var.CHANGE_TYPE, f.changeType());
    execution.setVariablesLocal(local);
  }

  /** Complete listener of 确定整改期限 (the bureau): a date from today on; the timer reads the end of that day. */
  public void deadlineSet(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    LocalDate deadline = Fields.requiredDate(v, Var.DEADLINE, "整改期限", time.zone());
    if (deadline.isBefore(time.today())) {
      throw new InvalidInputException(Var.DEADLINE, "字段 findingDeadline（整改期限）不能早于今天 " + time.today()
          + " / field 'findingDeadline' must not be in the past");
    }
    String note = Fields.optionalLines(v, Var.DEADLINE_NOTE, "要求说明", 1000);
    long id = findingId(task.getExecution());
    register.deadline(id, deadline, note, CurrentUser.of(task));
    task.setVariable(Var.DEADLINE, deadline.toString());
    task.setVariable(Var.DUE, Date.from(deadline.plusDays(1).atStartOfDay(time.zone()).toInstant()));
    tickets.event(task.getExecution().getProcessBusinessKey(), "hardening-deadline-set", CurrentUser.of(task),
        label(id) + " 整改期限 " + deadline);
  }

  /** A configuration change: a change instance (A-3.2.1.3, B-2.3.7) linked to the finding both ways. */
  public void startChange(DelegateExecution execution) {
    Finding f = finding(execution);
    String number = execution.getProcessBusinessKey();
    Map<String, Object> vars = new HashMap<>();
    vars.put(ChangeProcess.Var.SYSTEM, f.system());
    vars.put(ChangeProcess.Var.CHANGE_TYPE, f.changeType());
    vars.put(ChangeProcess.Var.SUMMARY, cut("安全加固：" + f.component() + "（" + severityName(f.severity()) + "）", 200));
    vars.put(ChangeProcess.Var.DESCRIPTION, cut("由安全加固 " + number + " 第 " + f.seq() + " 项发现（C 安全加固）。\n漏洞："
        + f.description() + "\n整改建议：" + f.remedy() + "\n采购方要求期限：" + f.deadline(), 4000));
    vars.put(ChangeProcess.Var.REPORTER, cut("安全加固 " + number, 100));
    vars.put(ChangeProcess.Var.REQUESTED_BY, SecurityHardeningProcess.KEY);
    // Engine-internal work: whoever set the deadline needs no right to open changes.
    String change = WithoutAuthorization.inCurrentCommand(() -> execution.getProcessEngineServices()
        .getRuntimeService().createProcessInstanceByKey(ChangeProcess.KEY).setVariables(vars).execute()
        .getBusinessKey());
    register.change(f.id(), change);
    execution.setVariable(Var.CHANGE_NUMBER, change);
    tickets.event(number, "hardening-change-started", null, label(f.id()) + " → " + change);
    tickets.event(change, "opened-by-check", null, number);
  }

  /** Complete listener of 确认变更结果: the change register says whether the change closed, failed, or still runs. */
  public void changeConfirmed(DelegateTask task) {
    Finding f = finding(task.getExecution());
    ChangeRegister.ScheduledChange change = changes.find(f.changeNumber())
        .orElseThrow(() -> new IllegalStateException("No change " + f.changeNumber()));
    String note = Fields.optionalLines(task.getVariables(), Var.HARDENING_NOTE, "加固说明", 2000);
    if (ChangeStatus.CLOSED.equals(change.status())) {
      task.setVariable(Var.CHANGE_DONE, true);
      task.setVariable(Var.HARDENING_NOTE, "经变更 " + change.ticketNumber() + " 实施并关闭" + (note == null || note.isBlank()
          ? "" : "：" + note));
    } else if (CHANGE_FAILED.contains(change.status())) {
      task.setVariable(Var.CHANGE_DONE, false);
      task.setVariable(Var.ROLLBACK_REASON, "变更 " + change.ticketNumber() + " 未完成（" + changeStatusName(change.status())
          + "）" + (note == null || note.isBlank() ? "" : "：" + note));
    } else {
      throw new InvalidInputException(Var.CHANGE_NUMBER, "变更 " + change.ticketNumber() + " 尚未结束（"
          + changeStatusName(change.status()) + "），请在变更关闭或回退后再确认 / change " + change.ticketNumber()
          + " has not ended yet");
    }
    task.setVariable(HARDENED_BY, CurrentUser.of(task));
  }

  /** Complete listener of 实施安全加固: what was done. */
  public void hardened(DelegateTask task) {
    task.setVariable(Var.HARDENING_NOTE, Fields.requiredLines(task.getVariables(), Var.HARDENING_NOTE, "加固措施和结果",
        2000));
    task.setVariable(HARDENED_BY, CurrentUser.of(task));
  }

  /** Hardened (by the change or by hand): the finding is under observation. */
  public void recordHardened(DelegateExecution execution) {
    long id = findingId(execution);
    String user = (String) execution.getVariable(HARDENED_BY);
    register.hardened(id, (String) execution.getVariable(Var.HARDENING_NOTE), user);
    tickets.event(execution.getProcessBusinessKey(), "hardening-done", user, label(id) + "："
        + execution.getVariable(Var.HARDENING_NOTE));
  }

  /** Complete listener of 加固后运行监控: the observation and whether business is blocked. */
  public void monitored(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String observation = Fields.requiredLines(v, Var.OBSERVATION, "运行状态观察记录", 2000);
    String result = Fields.oneOf(v, Var.MONITOR_RESULT, "监控结论",
        new LinkedHashSet<>(SecurityHardeningProcess.MONITOR_RESULTS));
    register.observed(findingId(task.getExecution()), observation, CurrentUser.of(task));
    task.setVariable(Var.OBSERVATION, observation);
    task.setVariable(Var.BLOCKED, "blocked".equals(result));
  }

  /** Complete listener of 回退加固: how it was rolled back; the reason joins the observation. */
  public void rolledBack(DelegateTask task) {
    String note = Fields.requiredLines(task.getVariables(), Var.ROLLBACK_NOTE, "回退措施和结果", 2000);
    task.setVariable(Var.ROLLBACK_NOTE, note);
    task.setVariable(Var.ROLLBACK_REASON, cut("加固后出现业务阻断：" + task.getVariable(Var.OBSERVATION) + "\n回退：" + note,
        2000));
  }

  /** Rolled back or the change failed: the finding stays open with its reason; the bureau sets a new deadline. */
  public void recordRollback(DelegateExecution execution) {
    long id = findingId(execution);
    String reason = (String) execution.getVariable(Var.ROLLBACK_REASON);
    register.rolledBack(id, reason);
    tickets.event(execution.getProcessBusinessKey(), "hardening-rolled-back", null, label(id) + "：" + reason);
  }

  /** Monitoring found business running: the finding closes and the hardening record gains its entry. */
  public void closeFinding(DelegateExecution execution) {
    long id = findingId(execution);
    register.closed(id, (String) execution.getVariable(Var.HARDENING_NOTE));
    tickets.event(execution.getProcessBusinessKey(), "hardening-recorded", null, label(id) + " 已关闭并记入加固留档");
  }

  /** The deadline passed with the finding not hardened: recorded on the register, the note for the mail. */
  public void escalate(DelegateExecution execution) {
    Finding f = finding(execution);
    register.escalated(f.id());
    String note = "发现项 " + label(f.id()) + "（" + severityName(f.severity()) + "，" + f.component() + "）的整改期限 "
        + f.deadline() + " 已过，仍未完成加固（C 安全加固：在采购人要求期限内及时完成安全加固）。\n漏洞：" + f.description()
        + (f.changeNumber() == null ? "" : "\n变更单：" + f.changeNumber());
    execution.setVariable(Var.ESCALATION_NOTE, cut(note, 2000));
    tickets.event(execution.getProcessBusinessKey(), "hardening-overdue", null, label(f.id()) + " 超过整改期限 "
        + f.deadline());
  }

  public void close(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    register.closeCheck(number);
    int count = register.findings(number).size();
    tickets.recordClosure(number, false, count == 0 ? "检查完成，未发现需加固的问题" : "检查完成，" + count + " 项已加固并记入加固留档",
        (String) execution.getVariable(Var.CHECKED_BY));
  }

  static String severityName(String severity) {
    return switch (severity) {
      case "critical" -> "严重";
      case "high" -> "高危";
      case "medium" -> "中危";
      default -> "低危";
    };
  }

  private static String changeStatusName(String status) {
    return switch (status) {
      case ChangeStatus.ROLLED_BACK -> "已回退";
      case ChangeStatus.REJECTED -> "未获批准";
      case ChangeStatus.NOT_FEASIBLE -> "评估不可行";
      case ChangeStatus.IMPLEMENTED -> "已实施，监控中";
      case ChangeStatus.APPROVED -> "已批准，待实施";
      default -> "办理中";
    };
  }

  private Finding finding(DelegateExecution execution) {
    long id = findingId(execution);
    return register.finding(id).orElseThrow(() -> new IllegalStateException("No hardening finding " + id));
  }

  private static long findingId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Var.FINDING_ID)).longValue();
  }

  private String label(long id) {
    return register.finding(id).map(f -> "第 " + f.seq() + " 项（" + f.component() + "）").orElse("#" + id);
  }


  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
