package com.opsflow.migration;

import com.opsflow.engine.CurrentUser;
import static com.opsflow.migration.MigrationProcess.Var;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.approval.ApprovalProcess;
import com.opsflow.approval.PlanAuthorship;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.worklog.CompletedTasks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code migration} that are no record on the ticket ({@code ${migrations.…}}): the plan's
 * author, what the approvers read, the checklist shown in and imported by the verification, and the
 * engine-side rule that the switch-over needs verified functions and a complete, matching checklist
 * (also checked on REST and Tasklist completions: 400).
 */
@Component("migrations")
public class Migrations implements TaskCompletionValidator, PlanAuthorship {

  static final Map<String, String> TYPE_NAMES = Map.of("application", "应用软件与中间件迁移",
      "data-center", "数据中心搬迁（含硬件设备）");
  static final Map<String, String> STEP_NAMES = Map.of("implement", "实施迁移失败", "verify", "验证未通过",
      "switch-over", "切换失败", "monitor", "业务周期监控发现异常");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MigrationRegister register;
  private final MigrationChecklist checklist;

  Migrations(MigrationRegister register, MigrationChecklist checklist) {
    this.register = register;
    this.checklist = checklist;
  }

  /** Complete listener of 撰写迁移方案和回退方案: who wrote the plan (the approval refuses them as approver). */
  public void planWritten(DelegateTask task) {
    String author = CurrentUser.of(task);
    task.setVariable(Var.PLAN_AUTHOR, author);
    register.planned(task.getExecution().getProcessBusinessKey(), author);
  }

  /** Start listener of the approval call activity: the approval contract's subject, document and author. */
  public void prepareApproval(DelegateExecution execution) {
    execution.setVariable(ApprovalProcess.In.SUBJECT, "系统迁移 " + execution.getProcessBusinessKey() + "："
        + execution.getVariable(Var.SUMMARY));
    execution.setVariable(ApprovalProcess.In.DOCUMENT, document(execution));
    execution.setVariable(ApprovalProcess.In.AUTHOR, execution.getVariable(Var.PLAN_AUTHOR));
  }

  public void approved(DelegateExecution execution) {
    Object by = execution.getVariable(ApprovalProcess.Out.APPROVED_BY);
    register.approved(execution.getProcessBusinessKey(), by == null ? null : by.toString());
  }

  /** Taken on a failure flow: which step failed, for the rollback task, the ticket and the mail. */
  public void failedAt(DelegateExecution execution, String step) {
    execution.setVariable(Var.FAILED_STEP, step);
  }

  /**
   * Create listener of the verification: the checklist as it stands, as text and as the form's list; the task keeps
   * what the list showed, so a completion stores only the rows the user changed or added (an import through
   * {@code /api} meanwhile is not overwritten by rows the form merely sent back).
   */
  public void showChecklist(DelegateTask task) {
    List<MigrationChecklist.Line> lines = checklist.lines(task.getExecution().getProcessBusinessKey());
    task.setVariable(Var.CHECKLIST_SUMMARY, MigrationChecklist.summary(lines));
    Object rows = rowsVariable(lines);
    task.setVariable(Var.CHECKLIST_ROWS, rows);
    task.setVariableLocal(Var.CHECKLIST_ROWS_SHOWN, rows);
  }

  /** The lines as a Json variable, which Tasklist fills the form's list from. */
  static Object rowsVariable(List<MigrationChecklist.Line> lines) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(MigrationChecklist.rows(lines))).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the form entered (list rows and pasted CSV) less the rows it showed unchanged. */
  private static List<MigrationChecklist.Line> entered(Object rows, Object csv, Object shown) {
    List<MigrationChecklist.Line> entered = MigrationChecklist.fromForm(rows, (String) csv);
    List<MigrationChecklist.Line> unchanged = shown == null ? List.of() : MigrationChecklist.parseRows(shown);
    return entered.stream().filter(l -> !unchanged.contains(l)).toList();
  }

  /**
   * Complete listener of the verification: stores the list's changed rows and a pasted CSV, then refuses the switch-over unless the
   * functions are verified and every line of the checklist matches.
   */
  public void verified(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    List<MigrationChecklist.Line> stored = checklist.lines(number);
    List<MigrationChecklist.Line> entered = entered(task.getVariable(Var.CHECKLIST_ROWS),
        task.getVariable(Var.CHECKLIST_CSV), task.getVariableLocal(Var.CHECKLIST_ROWS_SHOWN)).stream()
        .filter(l -> !stored.contains(l)).toList();
    if (!entered.isEmpty()) {
      checklist.save(number, entered, CurrentUser.of(task));
      task.setVariable(Var.CHECKLIST_CSV, null);
    }
    List<MigrationChecklist.Line> lines = checklist.lines(number);
    task.setVariable(Var.CHECKLIST_SUMMARY, MigrationChecklist.summary(lines));
    checkSwitchOver(task.getVariables(), lines);
  }

  @Override
  public String processKey() {
    return MigrationProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return MigrationProcess.Element.VERIFY;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  /** The checklist is the register's (by the instance's business key), never a ticket number a variable names. */
  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    Map<String, Object> all = new HashMap<>(current);
    all.putAll(submitted);
    Object number = task.businessKey() != null ? task.businessKey() : current.get(Var.TICKET_NUMBER);
    List<MigrationChecklist.Line> entered = entered(submitted.get(Var.CHECKLIST_ROWS), submitted.get(Var.CHECKLIST_CSV),
        current.get(Var.CHECKLIST_ROWS_SHOWN));
    checkSwitchOver(all, number == null ? entered : checklist.merged(number.toString(), entered));
  }

  private static void checkSwitchOver(Map<String, Object> v, List<MigrationChecklist.Line> lines) {
    if (!MigrationProcess.SWITCH_OVER.equals(v.get(Var.VERIFY_OUTCOME))) {
      return;
    }
    if (!Boolean.TRUE.equals(v.get(Var.FUNCTION_VERIFIED)) && !"true".equals(String.valueOf(v.get(Var.FUNCTION_VERIFIED)))) {
      throw new InvalidInputException(Var.FUNCTION_VERIFIED, "应用功能验证未通过，不能切换：请确认功能验证通过，或选择回退"
          + " / field 'functionVerified': functions are not verified, the switch-over is refused");
    }
    MigrationChecklist.checkSwitchOver(lines);
  }

  /** What the approvers read (and the mails quote). */
  public String document(DelegateExecution execution) {
    StringBuilder s = new StringBuilder();
    line(s, "迁移单号", execution.getProcessBusinessKey());
    line(s, "系统", SupportedSystems.name(text(execution, Var.SYSTEM)));
    line(s, "迁移类型", TYPE_NAMES.getOrDefault(text(execution, Var.TYPE), text(execution, Var.TYPE)));
    line(s, "含数据迁移", Boolean.TRUE.equals(execution.getVariable(Var.DATA_MIGRATION)) ? "是" : "否");
    line(s, "申请单位", text(execution, Var.REQUESTING_OFFICE));
    line(s, "迁移事由", text(execution, Var.SUMMARY));
    line(s, "迁移说明", text(execution, Var.DESCRIPTION));
    line(s, "迁移前环境", text(execution, Var.ENVIRONMENT_BEFORE));
    line(s, "迁移后环境", text(execution, Var.ENVIRONMENT_AFTER));
    line(s, "迁移方案", text(execution, Var.MIGRATION_PLAN));
    line(s, "回退方案", text(execution, Var.ROLLBACK_PLAN));
    line(s, "方案测试结果", text(execution, Var.TEST_NOTE));
    line(s, "用户确认意见", text(execution, Var.USER_NOTE));
    line(s, "方案编写人", text(execution, Var.PLAN_AUTHOR));
    return s.toString();
  }

  /** The text of the migration mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder(document(execution));
    if (ApprovalProcess.REJECTED.equals(execution.getVariable(ApprovalProcess.Out.OUTCOME))) {
      line(s, "审批未通过原因", text(execution, ApprovalProcess.Out.REASON));
    }
    Object step = execution.getVariable(Var.FAILED_STEP);
    if (step != null) {
      line(s, "回退原因", STEP_NAMES.getOrDefault(step.toString(), step.toString()));
      line(s, "回退情况", text(execution, Var.ROLLBACK_NOTE));
    }
    if (execution.getVariable(Var.CHECKLIST_SUMMARY) != null) {
      s.append("数据核对清单：\n").append(execution.getVariable(Var.CHECKLIST_SUMMARY));
    }
    return s.toString();
  }


  private static void line(StringBuilder s, String label, String value) {
    s.append(label).append("：").append(value == null ? "—" : value).append('\n');
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? "—" : value.toString();
  }

  /** The plan handed to {@code approval} is written in this task; its completer is the plan's author. */
  @Override
  public CompletedTasks.Step planStep() {
    return new CompletedTasks.Step(MigrationProcess.KEY, MigrationProcess.Element.PLAN);
  }
}
