package com.opsflow.datamaintenance;

import static com.opsflow.datamaintenance.DataMaintenanceProcess.DATA_CATEGORY_NAMES;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.datamaintenance.DataMaintenanceProcess.Var;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import com.opsflow.worklog.CompletedTasks;
import com.opsflow.worklog.FourEyes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * What each step of {@code data-maintenance} decides and records (B-2.3.3), engine-free: the form rules, the
 * register rows and the ticket history with who did it; the plan's text for the approval; the production count
 * against the expected one; whoever ran the plan in production never reviews its count mismatch. Called by the
 * adapter {@link DataMaintenance} with the ticket number, the acting user and the submitted variables.
 */
@Service
class DataMaintenanceService {

  /** What writing the plan hands on: its version and expected count, and the approval's author, subject, text. */
  record PlanWritten(int version, long expectedRecords, String author, String approvalSubject,
      String approvalDocument) {
  }

  /** The production run: the actual count, whether it matches the expected one, and who ran it ("" if unknown). */
  record ProductionRun(long actualRecords, boolean recordsMatch, String executedBy) {
  }

  private final DataMaintenanceRegister register;
  private final TicketService tickets;
  private final CompletedTasks completedTasks;

  DataMaintenanceService(DataMaintenanceRegister register, TicketService tickets,
      @Lazy CompletedTasks completedTasks) {
    this.register = register;
    this.tickets = tickets;
    this.completedTasks = completedTasks;
  }

  /** The register row and, when the request came from an incident, the link on both tickets. */
  void opened(String number, String processInstanceId, String system, String incident, String summary,
      String actor) {
    String incidentNumber = blankToNull(incident);
    register.open(number, processInstanceId, system, incidentNumber);
    if (incidentNumber != null) {
      tickets.event(incidentNumber, DataMaintenanceEvent.OPENED, actor, "数据维护单 " + number + "：" + blankToNull(summary));
      tickets.event(number, DataMaintenanceEvent.INCIDENT_LINKED, actor, incidentNumber);
    }
  }

  void communicated(String number, String actor, Map<String, Object> form) {
    String note = Fields.requiredLines(form, Var.COMMUNICATION_NOTE, "沟通确认记录", 4000);
    register.communicated(number, note, actor);
    tickets.event(number, DataMaintenanceEvent.COMMUNICATED, actor, note);
  }

  void analysed(String number, String actor, Map<String, Object> form) {
    String note = Fields.requiredLines(form, Var.ANALYSIS_NOTE, "数据分析", 4000);
    String category = category(form);
    register.analysed(number, note, category, actor);
    tickets.event(number, DataMaintenanceEvent.ANALYSED, actor, DATA_CATEGORY_NAMES.get(category) + "；" + note);
  }

  /**
   * A new plan version by {@code author}, who becomes the approval's author (and so can never approve it);
   * {@code variables} are the task's: the form plus the request's summary, system, reporter and notes.
   */
  PlanWritten planWritten(String number, String author, Map<String, Object> variables) {
    if (author == null) {
      throw new InvalidInputException(ApprovalProcess.In.AUTHOR,
          "方案须由登录用户编写，以便由他人审批 / the plan needs an authenticated author");
    }
    String category = category(variables);
    String steps = Fields.requiredLines(variables, Var.PLAN_STEPS, "维护语句或步骤", 8000);
    long expected = count(variables, Var.EXPECTED_RECORDS, "预计影响记录数");
    String beforeImage = Fields.requiredLines(variables, Var.BEFORE_IMAGE, "数据前镜像（备份位置及说明）", 2000);
    String rollback = Fields.requiredLines(variables, Var.ROLLBACK_STEPS, "回退步骤", 4000);
    int version = register.planWritten(number, author, category, steps, expected, beforeImage, rollback);
    tickets.event(number, DataMaintenanceEvent.PLAN_WRITTEN, author,
        "第 " + version + " 版方案，预计影响 " + expected + " 条记录");
    String subject = "数据维护 " + number + "：" + text(variables, Var.SUMMARY) + "（第 " + version + " 版方案）";
    return new PlanWritten(version, expected, author, subject,
        approvalDocument(number, variables, version, category, steps, expected, beforeImage, rollback));
  }

  /** The approval's outcome, kept with the plan version. */
  void reviewed(String number, String outcome, String reason, String approvedBy) {
    register.reviewed(number, blankToNull(outcome), blankToNull(reason), blankToNull(approvedBy));
  }

  void tested(String number, String actor, Map<String, Object> form) {
    String outcome = Fields.oneOf(form, Var.TEST_OUTCOME, "测试结论",
        new LinkedHashSet<>(List.of(DataMaintenanceProcess.TEST_PASSED, DataMaintenanceProcess.TEST_FAILED)));
    long records = count(form, Var.TEST_RECORDS, "测试环境影响记录数");
    String result = Fields.requiredLines(form, Var.TEST_RESULT, "测试过程及结果", 4000);
    register.tested(number, outcome, records, result, actor);
    tickets.event(number, DataMaintenanceEvent.TESTED, actor,
        (DataMaintenanceProcess.TEST_PASSED.equals(outcome) ? "测试通过" : "测试未通过") + "，测试环境影响 " + records
            + " 条记录：" + result);
  }

  /**
   * The production run: the actual count against {@code expectedRecords} decides whether the ticket stops for
   * review. {@code variables} are the form plus the plan's {@code expectedRecords}.
   */
  ProductionRun executed(String number, String actor, Map<String, Object> variables) {
    if (!Boolean.TRUE.equals(variables.get(Var.BEFORE_IMAGE_TAKEN))) {
      throw new InvalidInputException(Var.BEFORE_IMAGE_TAKEN, "字段 beforeImageTaken：实施前须按方案保存数据前镜像"
          + " / field 'beforeImageTaken': keep the before-image before running the plan");
    }
    long actual = count(variables, Var.ACTUAL_RECORDS, "实际影响记录数");
    String note = Fields.requiredLines(variables, Var.EXECUTION_NOTE, "实施记录", 4000);
    long expected = DataMaintenanceProcess.Typed.EXPECTED_RECORDS.from(variables);
    boolean match = actual == expected;
    register.executed(number, actual, note, actor, match);
    tickets.event(number, DataMaintenanceEvent.EXECUTED, actor,
        "生产环境实施，实际影响 " + actual + " 条记录（预计 " + expected + " 条）");
    return new ProductionRun(actual, match, actor == null ? "" : actor);
  }

  /** The team lead's decision on a count mismatch; never by whoever ran the plan. */
  void mismatchDecided(String number, String processInstanceId, String actor, String assignee,
      Map<String, Object> variables) {
    checkNotOwnRun(processInstanceId, variables.get(Var.EXECUTED_BY), actor, assignee);
    String decision = Fields.oneOf(variables, Var.MISMATCH_DECISION, "复核结论",
        new LinkedHashSet<>(List.of(DataMaintenanceProcess.ROLL_BACK, DataMaintenanceProcess.ACCEPT)));
    String reason = Fields.requiredLines(variables, Var.MISMATCH_REASON, "复核意见", 2000);
    register.mismatchDecided(number, decision, reason, actor);
    tickets.event(number, DataMaintenanceEvent.MISMATCH_REVIEWED, actor,
        (DataMaintenanceProcess.ROLL_BACK.equals(decision) ? "回退：" : "接受差异：") + reason);
  }

  /**
   * Whoever ran the plan in production (the completer of 在生产环境实施 in the register of completed tasks — a fact
   * no candidate can edit, issue 9 — and the recorded {@code executedBy}) can neither take nor decide the review.
   */
  void checkNotOwnRun(String processInstanceId, Object executedBy, String user, String assignee) {
    Set<String> runners = FourEyes.people(completedTasks.lastCompletedBy(processInstanceId,
        DataMaintenanceProcess.Element.RUN_IN_PRODUCTION), executedBy);
    FourEyes.among(runners, user, assignee).ifPresent(runner -> {
      throw new ActionNotAllowedException(Var.MISMATCH_DECISION, "生产环境实施人 " + runner
          + " 不能复核自己实施结果的记录数差异，请由其他项目组长复核 / whoever ran the plan cannot review its count mismatch");
    });
  }

  void rolledBack(String number, String actor, Map<String, Object> form) {
    long restored = count(form, Var.RESTORED_RECORDS, "恢复记录数");
    String note = Fields.requiredLines(form, Var.ROLLBACK_NOTE, "回退记录", 4000);
    register.rolledBack(number, restored, note, actor);
    tickets.event(number, DataMaintenanceEvent.ROLLED_BACK, actor, "已按前镜像恢复 " + restored + " 条记录：" + note);
  }

  /** The user's confirmation; a user who still sees a problem reopens the ticket. */
  void confirmed(String number, String actor, Map<String, Object> form) {
    boolean satisfied = DataMaintenanceProcess.CONFIRMED.equals(Fields.oneOf(form, Var.USER_CONFIRMATION, "用户确认结果",
        new LinkedHashSet<>(List.of(DataMaintenanceProcess.CONFIRMED, DataMaintenanceProcess.NOT_CONFIRMED))));
    String note = Fields.requiredLines(form, Var.CONFIRMATION_NOTE, "回访记录", 2000);
    register.confirmed(number, satisfied, note, actor);
    if (satisfied) {
      tickets.event(number, DataMaintenanceEvent.USER_CONFIRMED, actor, note);
    } else {
      tickets.recordReopen(number, actor, "用户确认有问题：" + note);
    }
  }

  /** "Record on ticket" 记录数差异: the ticket stops for the team lead's review. */
  void countMismatchRecorded(String number, String actor) {
    DataMaintenanceRegister.Plan plan = register.currentPlan(number).orElse(null);
    tickets.event(number, TicketEvent.DM_COUNT_MISMATCH, actor, plan == null ? null
        : "实际影响 " + plan.actualRecords() + " 条记录，预计 " + plan.expectedRecords() + " 条：暂停，待项目组长复核");
  }

  /** "Record on ticket" 方案未获批准: the request is rejected and the ticket closes. */
  void rejected(String number, String actor) {
    DataMaintenanceRegister.Plan plan = register.currentPlan(number).orElse(null);
    register.status(number, "rejected");
    tickets.recordClosure(number, false, "方案未获批准：" + (plan == null ? "—" : plan.approvalReason()), actor);
  }

  /** "Record on ticket" 关闭: carried out and confirmed, the report issued. */
  void closed(String number, String actor) {
    DataMaintenanceRegister.Plan plan = register.currentPlan(number).orElse(null);
    register.status(number, "closed");
    tickets.recordResolution(number, "数据维护已实施并经用户确认（第 " + (plan == null ? "—" : plan.version()) + " 版方案）",
        actor);
    tickets.recordClosure(number, false, "数据维护处理报告已出具", actor);
  }

  /** The text of the data-maintenance mails ({@code ${note}}). */
  String note(String number) {
    StringBuilder s = new StringBuilder();
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

  private String approvalDocument(String number, Map<String, Object> v, int version, String category, String steps,
      long expected, String beforeImage, String rollback) {
    StringBuilder s = new StringBuilder();
    s.append("工单：").append(number).append("（第 ").append(version).append(" 版方案）\n");
    String incident = text(v, Var.INCIDENT_NUMBER);
    if (incident != null) {
      s.append("关联事件：").append(incident).append('\n');
    }
    s.append("系统：").append(text(v, Var.SYSTEM)).append('\n');
    s.append("用户：").append(text(v, Var.REPORTER)).append('\n');
    s.append("需维护的数据和原因：").append(text(v, Var.DESCRIPTION)).append('\n');
    s.append("沟通确认：").append(value(text(v, Var.COMMUNICATION_NOTE))).append('\n');
    s.append("数据分析：").append(value(text(v, Var.ANALYSIS_NOTE))).append('\n');
    s.append("生产数据类别：").append(DATA_CATEGORY_NAMES.get(category)).append('\n');
    s.append("预计影响记录数：").append(expected).append('\n');
    s.append("维护语句或步骤：\n").append(steps).append('\n');
    s.append("数据前镜像：").append(beforeImage).append('\n');
    s.append("回退步骤：\n").append(rollback).append('\n');
    for (DataMaintenanceRegister.Plan earlier : register.plans(number)) {
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

  private static String category(Map<String, Object> form) {
    return Fields.oneOf(form, Var.DATA_CATEGORY, "生产数据类别", new LinkedHashSet<>(DataMaintenanceProcess.DATA_CATEGORIES));
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

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String value(String v) {
    return v == null || v.isBlank() ? "—" : v;
  }
}
