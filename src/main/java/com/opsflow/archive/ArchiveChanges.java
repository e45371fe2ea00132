package com.opsflow.archive;

import com.opsflow.archive.ArchiveChangeProcess.Var;
import com.opsflow.archive.ArchiveRegister.Change;
import com.opsflow.archive.ArchiveRegister.Document;
import com.opsflow.archive.ArchiveRegister.NewDocument;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code archive-change} ({@code ${archiveChanges.…}}): changing an archived document (a new version or
 * a replacement) needs the system owner's approval first (B-2.4.6.2(3)). The approver must not be the requester:
 * the requester is read from the register, written when the request was made, never from a variable (ADR 0007);
 * the same rule answers REST and Tasklist completions with 403.
 */
@Component("archiveChanges")
public class ArchiveChanges implements TaskCompletionValidator {

  private final ArchiveRegister register;
  private final TicketService tickets;

  ArchiveChanges(ArchiveRegister register, TicketService tickets) {
    this.register = register;
    this.tickets = tickets;
  }

  /** After the start: the request on the register with the user who made it, and its ticket. */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Document document = register.document(((Number) execution.getVariable(Var.DOCUMENT)).longValue()).orElseThrow();
    String requester = CurrentUser.of(execution);
    if (requester == null) {
      throw new ActionNotAllowedException("user", "档案变更须由登录用户申请 / a change needs a logged-in requester");
    }
    register.openChange(number, execution.getProcessInstanceId(), document,
        (String) execution.getVariable(Var.KIND), (String) execution.getVariable(Var.NEW_TITLE),
        (String) execution.getVariable(Var.NEW_VERSION), (String) execution.getVariable(Var.NEW_PAGES),
        (String) execution.getVariable(Var.REASON), requester);
    execution.setVariable(Var.DOCUMENT_TITLE, ArchiveLoans.title(document));
    String summary = ("new-version".equals(execution.getVariable(Var.KIND)) ? "档案新版本：" : "档案替换：")
        + ArchiveLoans.title(document) + " → " + execution.getVariable(Var.NEW_TITLE) + " "
        + execution.getVariable(Var.NEW_VERSION);
    tickets.register(new NewTicket(number, ArchiveChangeProcess.TICKET_TYPE, execution.getProcessInstanceId(),
        document.system(), null, requester, null, summary.length() > 200 ? summary.substring(0, 200) : summary,
        (String) execution.getVariable(Var.REASON), null, null, false, requester));
  }

  /** Complete listener of 审批档案变更: not the requester; approved, or rejected with a reason. */
  public void decided(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    String user = CurrentUser.of(task);
    checkNotRequester(number, user);
    Map<String, Object> v = task.getVariables();
    String decision = decision(v);
    task.setVariable(Var.APPROVED, "approved".equals(decision));
    task.setVariable(Var.DECIDED_BY, user);
    String note = Fields.optionalLines(v, Var.DECISION_NOTE, "审批意见", 2000);
    task.setVariable(Var.DECISION_NOTE, note == null ? "" : note);
  }

  /** Approved: the new version enters the archive, the old one is superseded (kept, linked both ways). */
  public void apply(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Change c = register.change(number).orElseThrow();
    Document old = register.document(c.documentId()).orElseThrow();
    String user = (String) execution.getVariable(Var.DECIDED_BY);
    long id = register.receive(old.system(), new NewDocument(c.newTitle(), old.kind(), c.newVersion(),
        c.newPagesMedium(), "变更单 " + number + "：" + c.reason()), old.submissionNumber(), c.requestedBy(), user,
        old.id());
    register.superseded(old.id(), id);
    register.changeDecided(number, true, user, (String) execution.getVariable(Var.DECISION_NOTE), id);
    tickets.event(number, "archive-change-approved", user, "新档案编号 " + id + "，原档案 " + old.id() + " 已作废");
    tickets.recordClosure(number, false, "已批准，新档案编号 " + id, user);
  }

  public void reject(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String user = (String) execution.getVariable(Var.DECIDED_BY);
    String note = (String) execution.getVariable(Var.DECISION_NOTE);
    register.changeDecided(number, false, user, note, null);
    tickets.event(number, "archive-change-rejected", user, note);
    tickets.recordClosure(number, false, "未批准：" + note, user);
  }

  @Override
  public String processKey() {
    return ArchiveChangeProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ArchiveChangeProcess.Element.APPROVE;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    Map<String, Object> merged = new HashMap<>(current);
    merged.putAll(submitted);
    decision(merged);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    checkNotRequester(task.businessKey(), userId == null ? task.assignee() : userId);
    validate(userId, task.assignee(), submitted, current);
  }

  private void checkNotRequester(String number, String user) {
    Change c = register.change(number).orElseThrow(() -> new IllegalStateException("No archive change " + number));
    if (user == null || user.equals(c.requestedBy())) {
      throw new ActionNotAllowedException(Var.DECISION, "申请人不能审批自己的档案变更（B-2.4.6.2(3)），请由其他应用系统负责人审批"
          + " / the requester cannot approve their own archive change");
    }
  }

  private static String decision(Map<String, Object> v) {
    String decision = Fields.oneOf(v, Var.DECISION, "审批结果", new LinkedHashSet<>(ArchiveChangeProcess.DECISIONS));
    String note = Fields.optionalLines(v, Var.DECISION_NOTE, "审批意见", 2000);
    if ("rejected".equals(decision) && (note == null || note.isBlank())) {
      throw new InvalidInputException(Var.DECISION_NOTE, "字段 changeDecisionNote（审批意见）：不批准时必须说明原因"
          + " / field 'changeDecisionNote' is required when rejecting");
    }
    return decision;
  }

  /** The start form's fields: an archived (not superseded) document, the kind, the new title, version and reason. */
  Map<String, Object> validateStart(Map<String, Object> v) {
    Document document = archivedDocument(register, v.get(Var.DOCUMENT), Var.DOCUMENT);
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.DOCUMENT, document.id());
    clean.put(Var.KIND, Fields.oneOf(v, Var.KIND, "变更类型", new LinkedHashSet<>(ArchiveChangeProcess.KINDS)));
    clean.put(Var.NEW_TITLE, Fields.requiredText(v, Var.NEW_TITLE, "新文档标题", 200));
    clean.put(Var.NEW_VERSION, Fields.requiredText(v, Var.NEW_VERSION, "新版本号", 50));
    clean.put(Var.NEW_PAGES, Fields.requiredText(v, Var.NEW_PAGES, "页数或介质", 100));
    clean.put(Var.REASON, Fields.requiredLines(v, Var.REASON, "变更原因", 2000));
    clean.put("system", document.system());
    clean.put("systemName", SupportedSystems.name(document.system()));
    return clean;
  }

  /** The document a form names by its register number, which must be in the archive (not superseded). */
  static Document archivedDocument(ArchiveRegister register, Object value, String field) {
    long id;
    try {
      id = value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "字段 " + field + "（档案编号）必填，为档案登记簿中的编号"
          + " / field '" + field + "' must be a document number of the register");
    }
    Document d = register.document(id).orElseThrow(() -> new InvalidInputException(field, "字段 " + field
        + "（档案编号）：档案登记簿中没有 " + id + " / field '" + field + "': no archived document " + id));
    if ("superseded".equals(d.status())) {
      throw new InvalidInputException(field, "字段 " + field + "（档案编号）：档案 " + id + " 已被新版本替代（"
          + d.replacedById() + "） / field '" + field + "': document " + id + " was superseded");
    }
    return d;
  }
}
