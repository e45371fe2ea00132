package com.opsflow.archive;

import com.opsflow.archive.ArchiveProcess.Var;
import com.opsflow.archive.ArchiveRegister.NewDocument;
import com.opsflow.archive.ArchiveRegister.Submission;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.text.Display;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code archive} ({@code ${archives.…}}): each Friday afternoon (B-2.4.6.3(5)) the system's document
 * keeper hands in the week's documents on the 《档案提交单》; the document administrator (文档综合管理岗,
 * B-2.4.6.3(4)) reviews them and receives them into the register, or sends the list back with a reason. A week with
 * no hand-in by its deadline is flagged to the project manager (B-2.4.6.2(2): 无故逾期不报者 … 批评教育).
 */
@Component("archives")
public class Archives {

  private final ArchiveRegister register;
  private final TicketService tickets;
  private final TicketTime time;
  private final LocalTime deadlineTime;

  Archives(ArchiveRegister register, TicketService tickets, TicketTime time,
      @Value("${opsflow.archive.hand-in-deadline:17:30}") String deadlineTime) {
    this.register = register;
    this.tickets = tickets;
    this.time = time;
    this.deadlineTime = LocalTime.parse(deadlineTime);
  }

  /** After the message start: the week's register row and ticket; the deadline is the due day's end of work. */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    String week = (String) execution.getVariable(ScheduleVariables.PERIOD_KEY);
    LocalDate dueOn = LocalDate.parse((String) execution.getVariable(ScheduleVariables.DUE_ON));
    LocalDateTime deadline = dueOn.atTime(deadlineTime);
    register.openSubmission(number, execution.getProcessInstanceId(), system, week, dueOn, deadline);
    execution.setVariable(ScheduleVariables.SYSTEM_NAME, SupportedSystems.name(system));
    execution.setVariable(Var.WEEK, week);
    execution.setVariable(Var.DEADLINE, Date.from(deadline.atZone(time.zone()).toInstant()));
    String summary = "本周档案提交 " + week + "（" + SupportedSystems.name(system) + "）";
    String by = (String) execution.getVariable(ScheduleVariables.STARTED_BY);
    tickets.register(new NewTicket(number, ArchiveProcess.TICKET_TYPE, execution.getProcessInstanceId(), system, null,
        by, null, summary, summary + "，截止 " + Display.dateTime(deadline), null, null, false, by));
  }

  /** Complete listener of 提交本周档案: the document list (or "nothing this week" with a note); recorded at once. */
  public void submitted(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    boolean none = Fields.optionalBoolean(v, Var.NO_DOCUMENTS, "本周无新增档案");
    String note = Fields.optionalLines(v, Var.NOTE, "说明", 2000);
    String list = Fields.optionalLines(v, Var.DOCUMENTS, "本周文档清单", 20000);
    List<NewDocument> documents = ArchiveDocumentList.parse(Var.DOCUMENTS, list);
    if (none && !documents.isEmpty()) {
      throw new InvalidInputException(Var.DOCUMENTS, "字段 documents（本周文档清单）：已勾选“本周无新增档案”，清单应为空"
          + " / field 'documents' must be empty when noDocuments is set");
    }
    if (!none && documents.isEmpty()) {
      throw new InvalidInputException(Var.DOCUMENTS, "字段 documents（本周文档清单）必填：每行一份文档，或勾选“本周无新增档案”"
          + " / field 'documents' is required unless noDocuments is set");
    }
    if (none && (note == null || note.isBlank())) {
      throw new InvalidInputException(Var.NOTE, "字段 handInNote（说明）：本周无新增档案时须说明 / a note is required");
    }
    task.setVariable(Var.NO_DOCUMENTS, none);
    task.setVariable(Var.DOCUMENTS, list == null ? "" : list);
    task.setVariable(Var.NOTE, note == null ? "" : note);
    String user = CurrentUser.of(task);
    task.setVariable(Var.SUBMITTED_BY, user);
    register.submitted(task.getExecution().getProcessBusinessKey(), user);
    tickets.event(task.getExecution().getProcessBusinessKey(), "archive-submitted", user,
        none ? "本周无新增档案：" + note : "提交 " + documents.size() + " 份文档");
  }

  /** Complete listener of 审核并入库: received, or sent back with a reason. */
  public void reviewed(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String decision = Fields.oneOf(v, Var.DECISION, "审核结果", new LinkedHashSet<>(ArchiveProcess.DECISIONS));
    boolean received = "received".equals(decision);
    String reason = Fields.optionalLines(v, Var.RETURN_REASON, "退回原因", 2000);
    if (!received && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(Var.RETURN_REASON, "字段 returnReason（退回原因）：退回时必须说明原因"
          + " / field 'returnReason' is required when sending back");
    }
    String user = CurrentUser.of(task);
    String number = task.getExecution().getProcessBusinessKey();
    register.reviewed(number, received, user, received ? null : reason);
    task.setVariable(Var.RECEIVED, received);
    task.setVariable(Var.RETURN_REASON, received ? "" : reason);
    task.setVariable(Var.REVIEWED_BY, user);
    tickets.event(number, received ? "archive-received" : "archive-sent-back", user, received ? "审核通过" : reason);
  }

  /** After the review: the listed documents enter the archive (入库) and the ticket closes. */
  public void receive(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    List<NewDocument> documents = ArchiveDocumentList.parse(Var.DOCUMENTS, (String) execution.getVariable(Var.DOCUMENTS));
    if (register.documentsOf(number).isEmpty()) {
      for (NewDocument d : documents) {
        register.receive(system, d, number, (String) execution.getVariable(Var.SUBMITTED_BY),
            (String) execution.getVariable(Var.REVIEWED_BY), null);
      }
    }
    tickets.recordClosure(number, false, documents.isEmpty() ? "本周无新增档案" : "入库 " + documents.size() + " 份文档",
        (String) execution.getVariable(Var.REVIEWED_BY));
  }

  /**
   * The deadline passed while the keeper's task was open: overdue unless the register holds a first hand-in made by
   * the deadline (a list sent back after the deadline and open again does not make the week late).
   */
  public void checkOverdue(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Submission s = register.submission(number).orElseThrow();
    boolean overdue = s.firstSubmittedAt() == null || s.firstSubmittedAt().isAfter(s.deadline());
    execution.setVariable(Var.OVERDUE, overdue);
    if (overdue) {
      register.overdueFlagged(number);
      String note = SupportedSystems.name(s.system()) + " " + s.week() + " 的档案在截止时间（" + Display.dateTime(
          s.deadline()) + "）前未提交。B-2.4.6.3(5)：每周五下午由各应用系统的文档管理岗填写《档案提交单》提交至文档综合管理岗。";
      execution.setVariable(Var.OVERDUE_NOTE, note);
      tickets.event(number, "archive-overdue", null, note);
    }
  }
}
