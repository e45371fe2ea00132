package com.opsflow.archive;

import com.opsflow.archive.ArchiveLoanProcess.Var;
import com.opsflow.archive.ArchiveRegister.Document;
import com.opsflow.archive.ArchiveRegister.Loan;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.text.Display;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code archive-loan} ({@code ${archiveLoans.…}}): a 《档案借阅单》 (B-2.4.6.3(6)) issued or refused by
 * the document administrator; at the end of the due date an unreturned document is overdue: the borrower is reminded,
 * and after {@code opsflow.archive.loan.report-after} (the bureau's to confirm) the system owner is told
 * (B-2.4.6.3(7)); a document returned damaged is reported to the system owner and marked on the register.
 */
@Component("archiveLoans")
public class ArchiveLoans {

  private final ArchiveRegister register;
  private final TicketService tickets;
  private final TicketTime time;
  private final Duration reportAfter;

  ArchiveLoans(ArchiveRegister register, TicketService tickets, TicketTime time,
      @Value("${opsflow.archive.loan.report-after:P3D}") Duration reportAfter) {
    this.register = register;
    this.tickets = tickets;
    this.time = time;
    this.reportAfter = reportAfter;
  }

  /** After the start: the loan on the register (requested), its ticket, and the due date's end as the timer date. */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Document document = register.document(((Number) execution.getVariable(Var.DOCUMENT)).longValue()).orElseThrow();
    LocalDate due = LocalDate.parse((String) execution.getVariable(Var.DUE_DATE));
    String borrower = (String) execution.getVariable(Var.BORROWER);
    String requester = CurrentUser.of(execution);
    register.openLoan(number, execution.getProcessInstanceId(), document, borrower,
        (String) execution.getVariable(Var.PURPOSE), due, requester);
    execution.setVariable(Var.DUE_AT, Date.from(due.plusDays(1).atStartOfDay(time.zone()).toInstant()));
    execution.setVariable(Var.DOCUMENT_TITLE, title(document));
    String summary = "档案借阅：" + title(document) + "（借阅人 " + borrower + "，" + due + " 前归还）";
    tickets.register(new NewTicket(number, ArchiveLoanProcess.TICKET_TYPE, execution.getProcessInstanceId(),
        document.system(), null, requester, null, cut(summary, 200), "用途：" + execution.getVariable(Var.PURPOSE),
        null, null, false, requester));
  }

  /** Complete listener of 审批借阅并出库: issued, or refused with a reason. */
  public void decided(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String decision = Fields.oneOf(v, Var.DECISION, "审批结果", new LinkedHashSet<>(ArchiveLoanProcess.DECISIONS));
    boolean issued = "issued".equals(decision);
    String note = Fields.optionalLines(v, Var.DECISION_NOTE, "审批意见", 2000);
    if (!issued && (note == null || note.isBlank())) {
      throw new InvalidInputException(Var.DECISION_NOTE, "字段 loanDecisionNote（审批意见）：不予借阅时必须说明原因"
          + " / field 'loanDecisionNote' is required when refusing");
    }
    String number = task.getExecution().getProcessBusinessKey();
    Loan loan = register.loan(number).orElseThrow();
    String user = CurrentUser.of(task);
    register.loanDecided(number, issued, user, note);
    if (issued) {
      register.documentStatus(loan.documentId(), "on-loan");
    }
    task.setVariable(Var.ISSUED, issued);
    task.setVariable(Var.DECISION_NOTE, note == null ? "" : note);
    tickets.event(number, issued ? "archive-loan-issued" : "archive-loan-refused", user,
        issued ? "已出库，" + loan.dueDate() + " 前归还" : note);
    if (!issued) {
      tickets.recordClosure(number, false, "不予借阅：" + note, user);
    }
  }

  /** The due date ended and the document is not back: overdue on the register; when the system owner hears of it. */
  public void recordOverdue(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Loan loan = register.loan(number).orElseThrow();
    register.loanReminded(number);
    execution.setVariable(Var.REPORT_AT, Date.from(time.now().plus(reportAfter)));
    execution.setVariable(Var.NOTE, "档案《" + execution.getVariable(Var.DOCUMENT_TITLE) + "》应于 " + loan.dueDate()
        + " 前归还，至今未归还。请尽快归还文档综合管理岗（B-2.4.6.3(6)）。");
    tickets.event(number, "archive-loan-overdue", null, "逾期未归还，已提醒借阅人 " + loan.borrower());
  }

  /** Still not back a further period after the reminder: reported to the system owner (B-2.4.6.3(7)). */
  public void recordUnreturned(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Loan loan = register.loan(number).orElseThrow();
    register.loanReported(number);
    execution.setVariable(Var.NOTE, "借阅人 " + loan.borrower() + " 借阅的档案《" + execution.getVariable(
        Var.DOCUMENT_TITLE) + "》应于 " + loan.dueDate() + " 前归还，提醒后仍未归还（" + Display.dateTime(time.now())
        + "）。B-2.4.6.3(7)：未按时归还的，报应用系统负责人并酌情进行处罚。");
    tickets.event(number, "archive-loan-reported", null, "逾期未归还，已报应用系统负责人");
  }

  /** Complete listener of 登记归还: the condition (intact or damaged, damage described). */
  public void returned(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String condition = Fields.oneOf(v, Var.CONDITION, "归还状况", new LinkedHashSet<>(ArchiveLoanProcess.CONDITIONS));
    String note = Fields.optionalLines(v, Var.RETURN_NOTE, "归还说明", 2000);
    if ("damaged".equals(condition) && (note == null || note.isBlank())) {
      throw new InvalidInputException(Var.RETURN_NOTE, "字段 returnNote（归还说明）：档案有损时必须说明损坏情况"
          + " / field 'returnNote' is required for a damaged document");
    }
    task.setVariable(Var.RETURN_NOTE, note == null ? "" : note);
    task.setVariable("returnedTo", CurrentUser.of(task));
  }

  /** After the return: the register (loan returned, document back in the archive, damage marked) and the ticket. */
  public void recordReturn(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Loan loan = register.loan(number).orElseThrow();
    String condition = (String) execution.getVariable(Var.CONDITION);
    String note = (String) execution.getVariable(Var.RETURN_NOTE);
    String user = (String) execution.getVariable("returnedTo");
    register.loanReturned(number, user, condition, note);
    register.documentStatus(loan.documentId(), "archived");
    boolean damaged = "damaged".equals(condition);
    boolean late = time.today().isAfter(loan.dueDate());
    if (damaged) {
      register.damaged(loan.documentId(), note);
      execution.setVariable(Var.NOTE, "借阅人 " + loan.borrower() + " 归还的档案《" + execution.getVariable(
          Var.DOCUMENT_TITLE) + "》有损：" + note + "。已登记在档案登记簿。B-2.4.6.3(7)：归还有损档案的，报应用系统负责人并酌情进行处罚。");
    }
    execution.setVariable(Var.DAMAGED, damaged);
    tickets.event(number, "archive-loan-returned", user, (damaged ? "归还有损：" + note : "完好归还")
        + (late ? "（逾期归还）" : ""));
    tickets.recordClosure(number, false, damaged ? "已归还，档案有损，已报应用系统负责人" : "已归还", user);
  }

  static String title(Document d) {
    return d.title() + " " + d.version();
  }

  /** The start form's fields (B-2.4.6.3(6)): an archived document not lent, a borrower, a purpose, a due date. */
  Map<String, Object> validateStart(Map<String, Object> v, Predicate<String> userExists) {
    Document document = ArchiveChanges.archivedDocument(register, v.get(Var.DOCUMENT), Var.DOCUMENT);
    if (register.openLoans(document.id()) > 0) {
      throw new InvalidInputException(Var.DOCUMENT, "字段 documentId（档案编号）：档案 " + document.id()
          + " 已借出或有待审批的借阅 / field 'documentId': the document is lent or requested");
    }
    String borrower = Fields.requiredText(v, Var.BORROWER, "借阅人", 64);
    if (!userExists.test(borrower)) {
      throw new InvalidInputException(Var.BORROWER, "字段 borrower（借阅人）：用户 " + borrower + " 不存在"
          + " / field 'borrower': no user " + borrower);
    }
    String purpose = Fields.requiredLines(v, Var.PURPOSE, "借阅用途", 500);
    LocalDate due = Fields.requiredDate(v, Var.DUE_DATE, "归还日期", time.zone());
    if (due.isBefore(time.today())) {
      throw new InvalidInputException(Var.DUE_DATE, "字段 loanDueDate（归还日期）不能早于今天"
          + " / field 'loanDueDate' must not be in the past");
    }
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.DOCUMENT, document.id());
    clean.put(Var.BORROWER, borrower);
    clean.put(Var.PURPOSE, purpose);
    clean.put(Var.DUE_DATE, due.toString());
    clean.put("system", document.system());
    clean.put("systemName", SupportedSystems.name(document.system()));
    return clean;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
