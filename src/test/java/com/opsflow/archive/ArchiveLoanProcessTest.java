package com.opsflow.archive;

import static com.opsflow.archive.ArchiveLoanProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.archive.ArchiveLoanProcess.Var;
import com.opsflow.archive.ArchiveRegister.Loan;
import com.opsflow.archive.ArchiveRegister.NewDocument;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.ScheduledOperationsProcessTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * B-2.4.6.3(6)(7): a 档案借阅单 issued by the document administrator, returned on time or reminded when overdue and
 * then reported to the system owner after the configured period; a damaged return is reported and marked on the
 * register; a document is lent to one borrower at a time.
 */
@ScheduledOperationsProcessTest
class ArchiveLoanProcessTest {

  static final String BORROWER = "demo-service-desk";
  static final String ADMIN = "demo-document-admin";

  @Autowired
  ProcessEngine engine;
  @Autowired
  ArchiveRegister register;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
    ScheduleDriver.clockAt(LocalDateTime.of(2040, 2, 1, 10, 0));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  long archived(String title) {
    return register.receive("oa", new NewDocument(title, "技术文档", "V1.0", "20页纸质", null), null, "demo-second-line",
        ADMIN, null);
  }

  static Map<String, Object> request(long document, String dueDate) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.DOCUMENT, document);
    v.put(Var.BORROWER, BORROWER);
    v.put(Var.PURPOSE, "核对接口参数");
    v.put(Var.DUE_DATE, dueDate);
    return v;
  }

  ProcessInstance issued(long document) {
    ProcessInstance loan = driver.startAs(ArchiveLoanProcess.KEY, BORROWER, "service-desk", request(document,
        "2040-02-10"));
    driver.claimAndCompleteAs(loan, APPROVE, ADMIN, "document-admin", Var.DECISION, "issued");
    return loan;
  }

  void returned(ProcessInstance loan, String condition, String note) {
    driver.claimAndCompleteAs(loan, RETURN, ADMIN, "document-admin", Var.CONDITION, condition, Var.RETURN_NOTE, note);
    new ScheduleDriver(engine, ArchiveLoanProcess.KEY).runAsyncSteps(loan);
  }

  @Test
  void shouldIssueAndTakeBackAnIntactDocumentOnTime() {
    long document = archived("OA系统部署手册");

    ProcessInstance loan = issued(document);

    assertThat(loan.getBusinessKey()).matches("ARL-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(loan).isWaitingAt(RETURN);
    assertThat(driver.task(loan, RETURN).getDueDate())
        .isEqualTo(Date.from(LocalDateTime.of(2040, 2, 11, 0, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    assertThat(register.document(document).orElseThrow().status()).isEqualTo("on-loan");
    Loan onLoan = register.loan(loan.getBusinessKey()).orElseThrow();
    assertThat(onLoan.status()).isEqualTo("on-loan");
    assertThat(onLoan.requestedBy()).isEqualTo(BORROWER);
    assertThat(onLoan.decidedBy()).isEqualTo(ADMIN);

    ScheduleDriver.clockAt(LocalDateTime.of(2040, 2, 9, 15, 0));
    returned(loan, "intact", "");

    BpmnAwareTests.assertThat(loan).hasPassed(RECORD_RETURN, RETURNED).hasNotPassed(RECORD_OVERDUE).isEnded();
    Loan back = register.loan(loan.getBusinessKey()).orElseThrow();
    assertThat(back.status()).isEqualTo("returned");
    assertThat(back.returnCondition()).isEqualTo("intact");
    assertThat(back.returnedTo()).isEqualTo(ADMIN);
    assertThat(register.document(document).orElseThrow().status()).isEqualTo("archived");
    assertThat(register.document(document).orElseThrow().damaged()).isFalse();
    assertThat(driver.notificationTemplates(loan.getBusinessKey())).isEmpty();
  }

  @Test
  void shouldRemindTheBorrowerThenReportToTheSystemOwnerAndReportADamagedReturn() {
    long document = archived("税库银接口规范");
    ProcessInstance loan = issued(document);

    driver.fireTimer(loan, DUE);
    new ScheduleDriver(engine, ArchiveLoanProcess.KEY).runAsyncSteps(loan);

    BpmnAwareTests.assertThat(loan).hasPassed(RECORD_OVERDUE, REMIND).isWaitingAt(RETURN, REPORT_TIMER);
    assertThat(driver.notificationTemplates(loan.getBusinessKey())).containsExactly(ArchiveLoanProcess.OVERDUE_TEMPLATE);
    assertThat(register.loan(loan.getBusinessKey()).orElseThrow().status()).isEqualTo("overdue");
    assertThat(driver.timerJob(loan, REPORT_TIMER).getDuedate()).as("opsflow.archive.loan.report-after P3D")
        .isEqualTo(Date.from(LocalDateTime.of(2040, 2, 14, 0, 0, 1).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));

    driver.fireTimer(loan, REPORT_TIMER);
    new ScheduleDriver(engine, ArchiveLoanProcess.KEY).runAsyncSteps(loan);

    BpmnAwareTests.assertThat(loan).hasPassed(RECORD_REPORT, REPORT, REPORTED).isWaitingAt(RETURN);
    assertThat(driver.notificationTemplates(loan.getBusinessKey())).containsExactlyInAnyOrder(
        ArchiveLoanProcess.OVERDUE_TEMPLATE, ArchiveLoanProcess.UNRETURNED_TEMPLATE);
    assertThat(register.loan(loan.getBusinessKey()).orElseThrow().reportedAt()).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(loan.getId(), Var.NOTE).toString()).contains("B-2.4.6.3(7)");

    Throwable noNote = catchThrowable(() -> returned(loan, "damaged", " "));
    assertThat(root(noNote)).isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.RETURN_NOTE);
    returned(loan, "damaged", "第3页撕裂，封面污损");

    BpmnAwareTests.assertThat(loan).hasPassed(REPORT_DAMAGE, RETURNED).isEnded();
    assertThat(driver.notificationTemplates(loan.getBusinessKey())).contains(ArchiveLoanProcess.DAMAGED_TEMPLATE);
    ArchiveRegister.Document d = register.document(document).orElseThrow();
    assertThat(d.damaged()).isTrue();
    assertThat(d.damageNote()).isEqualTo("第3页撕裂，封面污损");
    assertThat(d.status()).isEqualTo("archived");
    assertThat(register.loan(loan.getBusinessKey()).orElseThrow().returnCondition()).isEqualTo("damaged");
  }

  @Test
  void shouldNotReportALoanReturnedAfterTheReminderButBeforeTheReport() {
    ProcessInstance loan = issued(archived("发票系统数据字典"));
    driver.fireTimer(loan, DUE);
    new ScheduleDriver(engine, ArchiveLoanProcess.KEY).runAsyncSteps(loan);

    returned(loan, "intact", "逾期一天归还");

    BpmnAwareTests.assertThat(loan).isEnded().hasNotPassed(RECORD_REPORT);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(loan.getId()).count()).isZero();
    assertThat(driver.notificationTemplates(loan.getBusinessKey())).containsExactly(ArchiveLoanProcess.OVERDUE_TEMPLATE);
  }

  @Test
  void shouldRefuseWithAReasonAndLeaveTheDocumentInTheArchive() {
    long document = archived("OA系统安全配置基线");
    ProcessInstance loan = driver.startAs(ArchiveLoanProcess.KEY, BORROWER, "service-desk", request(document,
        "2040-02-03"));

    Throwable noReason = catchThrowable(() -> driver.claimAndCompleteAs(loan, APPROVE, ADMIN, "document-admin",
        Var.DECISION, "refused"));
    assertThat(root(noReason)).isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.DECISION_NOTE);
    driver.claimAndCompleteAs(loan, APPROVE, ADMIN, "document-admin", Var.DECISION, "refused", Var.DECISION_NOTE,
        "涉密文档，须应用系统负责人书面同意");

    BpmnAwareTests.assertThat(loan).hasPassed(REFUSED).isEnded();
    assertThat(register.loan(loan.getBusinessKey()).orElseThrow().status()).isEqualTo("refused");
    assertThat(register.document(document).orElseThrow().status()).isEqualTo("archived");
  }

  @Test
  void shouldRefuseALoanOfAnUnknownOrLentDocumentAPastDueDateOrAnUnknownBorrower() {
    long document = archived("OA系统备份策略");
    issued(document);

    assertField(request(999_999, "2040-02-10"), Var.DOCUMENT);
    assertField(request(document, "2040-02-10"), Var.DOCUMENT);
    long free = archived("OA系统应急预案");
    assertField(request(free, "2040-01-31"), Var.DUE_DATE);
    Map<String, Object> nobody = request(free, "2040-02-10");
    nobody.put(Var.BORROWER, "no-such-user");
    assertField(nobody, Var.BORROWER);
    Map<String, Object> noPurpose = request(free, "2040-02-10");
    noPurpose.remove(Var.PURPOSE);
    assertField(noPurpose, Var.PURPOSE);
  }

  void assertField(Map<String, Object> variables, String field) {
    Throwable thrown = catchThrowable(() -> driver.startAs(ArchiveLoanProcess.KEY, BORROWER, "service-desk", variables));
    assertThat(root(thrown)).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) root(thrown)).field()).isEqualTo(field);
  }

  static Throwable root(Throwable t) {
    Throwable r = t;
    while (r != null && !(r instanceof InvalidInputException) && r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r;
  }
}
