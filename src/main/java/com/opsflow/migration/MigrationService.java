package com.opsflow.migration;

import static com.opsflow.migration.MigrationProcess.Var;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.approval.ApprovalProcess;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * What the steps of {@code migration} decide and record (B-2.3.8), engine-free: the migration's ticket and register
 * row, the plan's author, what the approvers read, the checklist shown in and stored by the verification, the rule
 * that the switch-over needs verified functions and a complete, matching checklist, the closing records and the
 * text of the mails. Called by the adapters {@link Migrations} and {@link MigrationTicketRecorder}.
 */
@Service
class MigrationService {

  static final Map<String, String> TYPE_NAMES = Map.of("application", "应用软件与中间件迁移",
      "data-center", "数据中心搬迁（含硬件设备）");
  static final Map<String, String> STEP_NAMES = Map.of("implement", "实施迁移失败", "verify", "验证未通过",
      "switch-over", "切换失败", "monitor", "业务周期监控发现异常");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the approval gets. */
  record ApprovalRequest(String subject, String document, String author) {
  }

  /** The checklist as the verification form shows it: a readable summary and the form's list (a Json variable). */
  record ChecklistView(String summary, Object rows) {
  }

  /** After the verification: the checklist's summary, and whether the form's rows were stored (the CSV is used up). */
  record Verified(String summary, boolean stored) {
  }

  private final MigrationRegister register;
  private final MigrationChecklist checklist;
  private final TicketService tickets;

  MigrationService(MigrationRegister register, MigrationChecklist checklist, TicketService tickets) {
    this.register = register;
    this.checklist = checklist;
    this.tickets = tickets;
  }

  /** 撰写迁移方案和回退方案: who wrote the plan (the approval refuses them as approver). */
  void planWritten(String number, String author) {
    register.planned(number, author);
  }

  /** The approval contract's subject, document and author. */
  ApprovalRequest approvalRequest(String number, Map<String, Object> v) {
    Object author = v.get(Var.PLAN_AUTHOR);
    return new ApprovalRequest("系统迁移 " + number + "：" + v.get(Var.SUMMARY), document(number, v),
        author == null ? null : author.toString());
  }

  void approved(String number, String approvedBy) {
    register.approved(number, approvedBy);
  }

  /** The checklist as it stands, for the verification form. */
  ChecklistView checklist(String number) {
    List<MigrationChecklist.Line> lines = checklist.lines(number);
    return new ChecklistView(MigrationChecklist.summary(lines), rowsVariable(lines));
  }

  /** The lines as a Json variable, which Tasklist fills the form's list from. */
  static Object rowsVariable(List<MigrationChecklist.Line> lines) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(MigrationChecklist.rows(lines))).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The verification: stores the list's changed rows and a pasted CSV ({@code shown} is what the form's list showed,
   * so rows it merely sent back do not overwrite an import meanwhile), then refuses the switch-over unless the
   * functions are verified and every line of the checklist matches.
   */
  Verified verified(String number, String actor, Map<String, Object> variables, Object shown) {
    List<MigrationChecklist.Line> stored = checklist.lines(number);
    List<MigrationChecklist.Line> entered = entered(variables.get(Var.CHECKLIST_ROWS), variables.get(Var.CHECKLIST_CSV),
        shown).stream().filter(l -> !stored.contains(l)).toList();
    if (!entered.isEmpty()) {
      checklist.save(number, entered, actor);
    }
    List<MigrationChecklist.Line> lines = checklist.lines(number);
    checkSwitchOver(variables, lines);
    return new Verified(MigrationChecklist.summary(lines), !entered.isEmpty());
  }

  /**
   * The same rule for REST and Tasklist completions; the checklist is the register's (by the instance's business
   * key), never a ticket number a variable names.
   */
  void checkVerification(String businessKey, Map<String, Object> submitted, Map<String, Object> current) {
    Map<String, Object> all = new HashMap<>(current);
    all.putAll(submitted);
    Object number = businessKey != null ? businessKey : current.get(Var.TICKET_NUMBER);
    List<MigrationChecklist.Line> entered = entered(submitted.get(Var.CHECKLIST_ROWS), submitted.get(Var.CHECKLIST_CSV),
        current.get(Var.CHECKLIST_ROWS_SHOWN));
    checkSwitchOver(all, number == null ? entered : checklist.merged(number.toString(), entered));
  }

  /** "Record on ticket" of {@code migration}: registration, rejection, switch-over, rollback, closing. */
  void recorded(TicketEvent event, String number, String processInstanceId, String actor, Map<String, Object> v) {
    switch (event) {
      case MIGRATION_REGISTERED -> {
        tickets.register(new NewTicket(number, MigrationProcess.TICKET_TYPE, processInstanceId, plain(v, Var.SYSTEM),
            null, plain(v, Var.REQUESTING_OFFICE), null, plain(v, Var.SUMMARY), plain(v, Var.DESCRIPTION), null, null,
            false, actor));
        register.register(number, plain(v, Var.SYSTEM), plain(v, Var.TYPE), Boolean.TRUE.equals(v.get(Var.DATA_MIGRATION)),
            plain(v, Var.REQUESTING_OFFICE), actor);
        tickets.event(number, event, actor, TYPE_NAMES.get(plain(v, Var.TYPE)) + "，申请单位 "
            + plain(v, Var.REQUESTING_OFFICE));
      }
      case MIGRATION_REJECTED -> {
        register.ended(number, MigrationProcess.REJECTED);
        tickets.recordClosure(number, false, "迁移方案未获批准：" + plain(v, ApprovalProcess.Out.REASON), actor);
      }
      case MIGRATION_SWITCHED_OVER -> {
        register.switchedOver(number);
        tickets.event(number, event, actor, "数据核对 " + checklist.lines(number).size() + " 张表全部一致；"
            + plain(v, Var.SWITCH_OVER_NOTE));
      }
      case MIGRATION_ROLLED_BACK -> {
        register.rolledBack(number);
        String step = plain(v, Var.FAILED_STEP);
        tickets.recordClosure(number, false, "已回退（" + STEP_NAMES.getOrDefault(step, step) + "）："
            + plain(v, Var.ROLLBACK_NOTE), actor);
      }
      case MIGRATION_CLOSED -> {
        register.ended(number, MigrationProcess.COMPLETED);
        tickets.recordResolution(number, "迁移完成，切换后一个业务周期内运行正常", actor);
        tickets.recordClosure(number, false, "业务周期监控结束，迁移完成", actor);
      }
      default -> throw new IllegalArgumentException("Not a migration event: " + event.code());
    }
  }

  /** What the approvers read (and the mails quote). */
  String document(String number, Map<String, Object> v) {
    StringBuilder s = new StringBuilder();
    line(s, "迁移单号", number);
    line(s, "系统", SupportedSystems.name(text(v, Var.SYSTEM)));
    line(s, "迁移类型", TYPE_NAMES.getOrDefault(text(v, Var.TYPE), text(v, Var.TYPE)));
    line(s, "含数据迁移", Boolean.TRUE.equals(v.get(Var.DATA_MIGRATION)) ? "是" : "否");
    line(s, "申请单位", text(v, Var.REQUESTING_OFFICE));
    line(s, "迁移事由", text(v, Var.SUMMARY));
    line(s, "迁移说明", text(v, Var.DESCRIPTION));
    line(s, "迁移前环境", text(v, Var.ENVIRONMENT_BEFORE));
    line(s, "迁移后环境", text(v, Var.ENVIRONMENT_AFTER));
    line(s, "迁移方案", text(v, Var.MIGRATION_PLAN));
    line(s, "回退方案", text(v, Var.ROLLBACK_PLAN));
    line(s, "方案测试结果", text(v, Var.TEST_NOTE));
    line(s, "用户确认意见", text(v, Var.USER_NOTE));
    line(s, "方案编写人", text(v, Var.PLAN_AUTHOR));
    return s.toString();
  }

  /** The text of the migration mails ({@code ${note}}). */
  String note(String number, Map<String, Object> v) {
    StringBuilder s = new StringBuilder(document(number, v));
    if (ApprovalProcess.REJECTED.equals(v.get(ApprovalProcess.Out.OUTCOME))) {
      line(s, "审批未通过原因", text(v, ApprovalProcess.Out.REASON));
    }
    Object step = v.get(Var.FAILED_STEP);
    if (step != null) {
      line(s, "回退原因", STEP_NAMES.getOrDefault(step.toString(), step.toString()));
      line(s, "回退情况", text(v, Var.ROLLBACK_NOTE));
    }
    if (v.get(Var.CHECKLIST_SUMMARY) != null) {
      s.append("数据核对清单：\n").append(v.get(Var.CHECKLIST_SUMMARY));
    }
    return s.toString();
  }

  /** What the form entered (list rows and pasted CSV) less the rows it showed unchanged. */
  private static List<MigrationChecklist.Line> entered(Object rows, Object csv, Object shown) {
    List<MigrationChecklist.Line> entered = MigrationChecklist.fromForm(rows, (String) csv);
    List<MigrationChecklist.Line> unchanged = shown == null ? List.of() : MigrationChecklist.parseRows(shown);
    return entered.stream().filter(l -> !unchanged.contains(l)).toList();
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

  private static void line(StringBuilder s, String label, String value) {
    s.append(label).append("：").append(value == null ? "—" : value).append('\n');
  }

  /** The value as text, "—" when missing or blank (document and mail text). */
  private static String text(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null || value.toString().isBlank() ? "—" : value.toString();
  }

  /** The value as text, or null (register and ticket rows). */
  private static String plain(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null ? null : value.toString();
  }
}
