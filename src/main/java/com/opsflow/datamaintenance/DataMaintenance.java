package com.opsflow.datamaintenance;

import com.opsflow.engine.CurrentUser;
import static com.opsflow.datamaintenance.DataMaintenanceProcess.DATA_CATEGORY_NAMES;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.approval.PlanAuthorship;
import com.opsflow.datamaintenance.DataMaintenanceProcess.Var;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.ticket.TicketService;
import com.opsflow.worklog.CompletedTasks;
import com.opsflow.worklog.FourEyes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code data-maintenance} ({@code ${dataMaintenance.…}}): each user task's result goes to the
 * register and the ticket with who did it; the plan's author becomes the approval's author (who can never
 * approve it); the production count is compared with the expected one; whoever ran the plan in production
 * cannot decide the review of a count mismatch (403, also for REST and Tasklist completions).
 */
@Component("dataMaintenance")
public class DataMaintenance implements TaskCompletionValidator, PlanAuthorship {

  static final String APPROVAL_SUBJECT = ApprovalProcess.In.SUBJECT;
  static final String APPROVAL_DOCUMENT = ApprovalProcess.In.DOCUMENT;
  static final String APPROVAL_AUTHOR = ApprovalProcess.In.AUTHOR;
  static final String APPROVAL_OUTCOME = ApprovalProcess.Out.OUTCOME;
  static final String APPROVAL_REASON = ApprovalProcess.Out.REASON;
  static final String APPROVED_BY = ApprovalProcess.Out.APPROVED_BY;

  private final DataMaintenanceRegister register;
  private final TicketService tickets;

  private final CompletedTasks completedTasks;

  DataMaintenance(DataMaintenanceRegister register, TicketService tickets, @Lazy CompletedTasks completedTasks) {
    this.register = register;
    this.tickets = tickets;
    this.completedTasks = completedTasks;
  }

  /** End listener of 登记数据维护单: the register row and the link to the incident it came from. */
  public void opened(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String incident = text(execution, Var.INCIDENT_NUMBER);
    register.open(number, execution.getProcessInstanceId(), text(execution, Var.SYSTEM), incident);
    if (incident != null) {
      String actor = CurrentUser.of(execution, null);
      tickets.event(incident, "data-maintenance-opened", actor, "数据维护单 " + number + "：" + text(execution, Var.SUMMARY));
      tickets.event(number, "incident-linked", actor, incident);
    }
  }

  public void communicated(DelegateTask task) {
    String note = Fields.requiredLines(task.getVariables(), Var.COMMUNICATION_NOTE, "沟通确认记录", 4000);
    String actor = actor(task);
    register.communicated(number(task), note, actor);
    tickets.event(number(task), "dm-communicated", actor, note);
  }

  public void analysed(DelegateTask task) {
    String note = Fields.requiredLines(task.getVariables(), Var.ANALYSIS_NOTE, "数据分析", 4000);
    String category = Fields.oneOf(task.getVariables(), Var.DATA_CATEGORY, "生产数据类别",
        new LinkedHashSet<>(DataMaintenanceProcess.DATA_CATEGORIES));
    String actor = actor(task);
    register.analysed(number(task), note, category, actor);
    tickets.event(number(task), "dm-analysed", actor, DATA_CATEGORY_NAMES.get(category) + "；" + note);
  }

  /** The plan version is stored; its author and text go to the approval. */
  public void planWritten(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String author = actor(task);
    if (author == null) {
      throw new InvalidInputException(APPROVAL_AUTHOR, "方案须由登录用户编写，以便由他人审批 / the plan needs an authenticated author");
    }
    String category = Fields.oneOf(v, Var.DATA_CATEGORY, "生产数据类别", new LinkedHashSet<>(DataMaintenanceProcess.DATA_CATEGORIES));
    String steps = Fields.requiredLines(v, Var.PLAN_STEPS, "维护语句或步骤", 8000);
    long expected = count(v, Var.EXPECTED_RECORDS, "预计影响记录数");
    String beforeImage = Fields.requiredLines(v, Var.BEFORE_IMAGE, "数据前镜像（备份位置及说明）", 2000);
    String rollback = Fields.requiredLines(v, Var.ROLLBACK_STEPS, "回退步骤", 4000);
    String number = number(task);
    int version = register.planWritten(number, author, category, steps, expected, beforeImage, rollback);
    tickets.event(number, "dm-plan-written", author, "第 " + version + " 版方案，预计影响 " + expected + " 条记录");
    task.setVariable(Var.PLAN_VERSION, version);
    task.setVariable(Var.EXPECTED_RECORDS, expected);
    task.setVariable(APPROVAL_AUTHOR, author);
    task.setVariable(APPROVAL_SUBJECT, "数据维护 " + number + "：" + text(task, Var.SUMMARY) + "（第 " + version + " 版方案）");
    task.setVariable(APPROVAL_DOCUMENT, approvalDocument(task, version, category, steps, expected, beforeImage, rollback));
  }

  /** End listener of the approval call: its outcome is kept with the plan version. */
  public void reviewed(DelegateExecution execution) {
    register.reviewed(execution.getProcessBusinessKey(), text(execution, APPROVAL_OUTCOME),
        text(execution, APPROVAL_REASON), text(execution, APPROVED_BY));
  }

  public void tested(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String outcome = Fields.oneOf(v, Var.TEST_OUTCOME, "测试结论",
        new LinkedHashSet<>(List.of(DataMaintenanceProcess.TEST_PASSED, DataMaintenanceProcess.TEST_FAILED)));
    long records = count(v, Var.TEST_RECORDS, "测试环境影响记录数");
    String result = Fields.requiredLines(v, Var.TEST_RESULT, "测试过程及结果", 4000);
    String actor = actor(task);
    register.tested(number(task), outcome, records, result, actor);
    tickets.event(number(task), "dm-tested", actor, (DataMaintenanceProcess.TEST_PASSED.equals(outcome) ? "测试通过" : "测试未通过")
        + "，测试环境影响 " + records + " 条记录：" + result);
  }

  /** The production run: the actual count against the expected one decides whether the ticket stops for review. */
  public void executed(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    if (!Boolean.TRUE.equals(v.get(Var.BEFORE_IMAGE_TAKEN))) {
      throw new InvalidInputException(Var.BEFORE_IMAGE_TAKEN, "字段 beforeImageTaken：实施前须按方案保存数据前镜像"
          + " / field 'beforeImageTaken': keep the before-image before running the plan");
    }
    long actual = count(v, Var.ACTUAL_RECORDS, "实际影响记录数");
    String note = Fields.requiredLines(v, Var.EXECUTION_NOTE, "实施记录", 4000);
    long expected = ((Number) v.get(Var.EXPECTED_RECORDS)).longValue();
    String actor = actor(task);
    boolean match = actual == expected;
    register.executed(number(task), actual, note, actor, match);
    tickets.event(number(task), "dm-executed", actor, "生产环境实施，实际影响 " + actual + " 条记录（预计 " + expected + " 条）");
    task.setVariable(Var.ACTUAL_RECORDS, actual);
    task.setVariable(Var.RECORDS_MATCH, match);
    task.setVariable(Var.EXECUTED_BY, actor == null ? "" : actor);
  }

  /** The team lead's decision on a count mismatch; never by whoever ran the plan. */
  public void mismatchDecided(DelegateTask task) {
    String actor = actor(task);
    checkNotOwnRun(runners(task.getProcessInstanceId(), text(task, Var.EXECUTED_BY)), actor, task.getAssignee());
    Map<String, Object> v = task.getVariables();
    String decision = Fields.oneOf(v, Var.MISMATCH_DECISION, "复核结论",
        new LinkedHashSet<>(List.of(DataMaintenanceProcess.ROLL_BACK, DataMaintenanceProcess.ACCEPT)));
    String reason = Fields.requiredLines(v, Var.MISMATCH_REASON, "复核意见", 2000);
    register.mismatchDecided(number(task), decision, reason, actor);
    tickets.event(number(task), "dm-mismatch-reviewed", actor,
        (DataMaintenanceProcess.ROLL_BACK.equals(decision) ? "回退：" : "接受差异：") + reason);
  }

  /** Assignment listener of the mismatch review: whoever ran the plan cannot even take the review. */
  public void reviewAssigned(DelegateTask task) {
    checkNotOwnRun(runners(task.getProcessInstanceId(), text(task, Var.EXECUTED_BY)), null, task.getAssignee());
  }

  public void rolledBack(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    long restored = count(v, Var.RESTORED_RECORDS, "恢复记录数");
    String note = Fields.requiredLines(v, Var.ROLLBACK_NOTE, "回退记录", 4000);
    String actor = actor(task);
    register.rolledBack(number(task), restored, note, actor);
    tickets.event(number(task), "dm-rolled-back", actor, "已按前镜像恢复 " + restored + " 条记录：" + note);
  }

  public void confirmed(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    boolean satisfied = DataMaintenanceProcess.CONFIRMED.equals(Fields.oneOf(v, Var.USER_CONFIRMATION, "用户确认结果",
        new LinkedHashSet<>(List.of(DataMaintenanceProcess.CONFIRMED, DataMaintenanceProcess.NOT_CONFIRMED))));
    String note = Fields.requiredLines(v, Var.CONFIRMATION_NOTE, "回访记录", 2000);
    String actor = actor(task);
    register.confirmed(number(task), satisfied, note, actor);
    if (satisfied) {
      tickets.event(number(task), "dm-user-confirmed", actor, note);
    } else {
      tickets.recordReopen(number(task), actor, "用户确认有问题：" + note);
    }
  }

  /** The text of the data-maintenance mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder();
    String number = execution.getProcessBusinessKey();
    register.currentPlan(number).ifPresent(p -> {
      s.append("方案版本：第 ").append(p.version()).append(" 版（编写人 ").append(p.author()).append("）\n");
      s.append("预计影响记录数：").append(p.expectedRecords()).append('\n');
      if (p.actualRecords() != null) {
        s.append("实际影响记录数：").append(p.actualRecords()).append('\n');
      }
      if (p.approvalOutcome() != null && !ApprovalProcess.APPROVED.equals(p.approvalOutcome())) {
        s.append("审批意见：").append(value(p.approvalReason())).append('\n');
      }
      if (p.mismatchDecision() != null) {
        s.append("复核结论：").append(DataMaintenanceProcess.ROLL_BACK.equals(p.mismatchDecision()) ? "回退" : "接受差异")
            .append("，").append(value(p.mismatchReason())).append('\n');
      }
    });
    return s.toString();
  }

  @Override
  public String processKey() {
    return DataMaintenanceProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return DataMaintenanceProcess.Element.REVIEW_MISMATCH;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    checkNotOwnRun(runners(task.processInstanceId(), current.get(Var.EXECUTED_BY)), userId, task.assignee());
  }

  @Override
  public void validateClaim(TaskRef task, String claimant, Map<String, Object> current) {
    checkNotOwnRun(runners(task.processInstanceId(), current.get(Var.EXECUTED_BY)), claimant, null);
  }

  /**
   * Who ran the plan in production: the completer of 在生产环境实施 in the register of completed tasks (a fact
   * no candidate can edit, issue 9) and the recorded {@code executedBy}.
   */
  private Set<String> runners(String processInstanceId, Object recorded) {
    return FourEyes.people(completedTasks.lastCompletedBy(processInstanceId,
        DataMaintenanceProcess.Element.RUN_IN_PRODUCTION), recorded);
  }

  private static void checkNotOwnRun(Set<String> runners, String user, String assignee) {
    FourEyes.among(runners, user, assignee).ifPresent(executedBy -> {
      throw new ActionNotAllowedException(Var.MISMATCH_DECISION, "生产环境实施人 " + executedBy
          + " 不能复核自己实施结果的记录数差异，请由其他项目组长复核 / whoever ran the plan cannot review its count mismatch");
    });
  }

  private String approvalDocument(DelegateTask task, int version, String category, String steps, long expected,
      String beforeImage, String rollback) {
    StringBuilder s = new StringBuilder();
    s.append("工单：").append(number(task)).append("（第 ").append(version).append(" 版方案）\n");
    String incident = text(task, Var.INCIDENT_NUMBER);
    if (incident != null) {
      s.append("关联事件：").append(incident).append('\n');
    }
    s.append("系统：").append(text(task, Var.SYSTEM)).append('\n');
    s.append("用户：").append(text(task, Var.REPORTER)).append('\n');
    s.append("需维护的数据和原因：").append(text(task, Var.DESCRIPTION)).append('\n');
    s.append("沟通确认：").append(value(text(task, Var.COMMUNICATION_NOTE))).append('\n');
    s.append("数据分析：").append(value(text(task, Var.ANALYSIS_NOTE))).append('\n');
    s.append("生产数据类别：").append(DATA_CATEGORY_NAMES.get(category)).append('\n');
    s.append("预计影响记录数：").append(expected).append('\n');
    s.append("维护语句或步骤：\n").append(steps).append('\n');
    s.append("数据前镜像：").append(beforeImage).append('\n');
    s.append("回退步骤：\n").append(rollback).append('\n');
    for (DataMaintenanceRegister.Plan earlier : register.plans(number(task))) {
      if (earlier.version() == version) {
        continue;
      }
      s.append("第 ").append(earlier.version()).append(" 版：");
      if (earlier.approvalOutcome() != null && !ApprovalProcess.APPROVED.equals(earlier.approvalOutcome())) {
        s.append("审批退回（").append(value(earlier.approvalReason())).append("）");
      } else if (DataMaintenanceProcess.TEST_FAILED.equals(earlier.testOutcome())) {
        s.append("测试未通过（").append(value(earlier.testResult())).append("）");
      } else if (earlier.rolledBackAt() != null) {
        s.append("生产实施影响 ").append(earlier.actualRecords()).append(" 条（预计 ").append(earlier.expectedRecords())
            .append(" 条），已回退（").append(value(earlier.rollbackNote())).append("）");
      } else {
        s.append("—");
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static long count(Map<String, Object> v, String field, String label) {
    Object value = v.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填 / field '" + field + "' is required");
    }
    double d;
    try {
      d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）应为整数，收到 '" + value
          + "' / field '" + field + "' must be a whole number");
    }
    if (d < 0 || d != Math.rint(d)) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）应为不小于 0 的整数，收到 " + value
          + " / field '" + field + "' must be a whole number >= 0");
    }
    return (long) d;
  }

  private static String number(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }

  private static String actor(DelegateTask task) {
    return CurrentUser.of(task.getExecution(), task.getAssignee());
  }


  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static String value(String v) {
    return v == null || v.isBlank() ? "—" : v;
  }

  /** The plan handed to {@code approval} is written in this task; its completer is the plan's author. */
  @Override
  public CompletedTasks.Step planStep() {
    return new CompletedTasks.Step(DataMaintenanceProcess.KEY, DataMaintenanceProcess.Element.WRITE_PLAN);
  }
}
