package com.opsflow.datamaintenance;

import static com.opsflow.datamaintenance.DataMaintenanceProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.datamaintenance.DataMaintenanceProcess.Var;
import com.opsflow.document.TicketDocument;
import com.opsflow.document.TicketDocuments;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@OpsFlowProcessTest
class DataMaintenanceProcessTest {

  static final String DESK = "demo-service-desk";
  static final String ENGINEER = "demo-second-line";
  static final String LEAD = "demo-team-lead";

  @Autowired
  ProcessEngine engine;
  @Autowired
  DataMaintenanceRegister register;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  @Autowired
  TicketNumbers ticketNumbers;
  @Autowired
  PlatformTransactionManager transactions;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> request() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "oa");
    v.put(Var.REPORTER, "王芳（某市税务局办公室）");
    v.put(Var.REPORTER_EMAIL, "wangfang@tax.example");
    v.put(Var.SUMMARY, "公文流转状态错误，需后台修正");
    v.put(Var.DESCRIPTION, "误操作导致 10 份已办结公文显示为待办，前台无法修改");
    return v;
  }


  void communicateAndAnalyse(ProcessInstance pi, String category) {
    driver.completeAs(pi, COMMUNICATE, ENGINEER, "second-line", Var.COMMUNICATION_NOTE, "与办公室王芳电话确认：误点“办结撤回”，10 份公文需恢复为已办结");
    driver.completeAs(pi, ANALYSE, ENGINEER, "second-line", Var.ANALYSIS_NOTE, "涉及 GW_FLOW 表 10 行，状态字段 STATUS 由 2 改为 9",
        Var.DATA_CATEGORY, category);
  }

  void writePlan(ProcessInstance pi, String category, long expected) {
    driver.completeAs(pi, WRITE_PLAN, ENGINEER, "second-line", Var.DATA_CATEGORY, category,
        Var.PLAN_STEPS, "UPDATE GW_FLOW SET STATUS = 9 WHERE ID IN (…10 个 ID…);", Var.EXPECTED_RECORDS, expected,
        Var.BEFORE_IMAGE, "实施前导出 GW_FLOW 相关 10 行至 /backup/DM/gw_flow_before.dmp",
        Var.ROLLBACK_STEPS, "用 gw_flow_before.dmp 恢复这 10 行");
  }

  List<Task> approvalTasks(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).list().stream()
        .filter(t -> ApprovalProcess.Element.APPROVAL_TASKS.contains(t.getTaskDefinitionKey())).toList();
  }

  String groupOf(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId)
        .findFirst().orElseThrow();
  }

  /** Every open approval task approved by a demo user of its group (sequential tasks appear one after the other). */
  List<String> approveAll(ProcessInstance pi) {
    List<String> groups = new java.util.ArrayList<>();
    for (List<Task> open = approvalTasks(pi); !open.isEmpty(); open = approvalTasks(pi)) {
      Task task = open.get(0);
      String group = groupOf(task);
      groups.add(group);
      driver.completeAs(task, "demo-" + group, group, ApprovalProcess.Var.DECISION, ApprovalProcess.APPROVE, ApprovalProcess.Var.DECISION_REASON, "同意");
    }
    return groups;
  }

  void sendBack(ProcessInstance pi, String decision, String reason) {
    Task task = approvalTasks(pi).get(0);
    String group = groupOf(task);
    driver.completeAs(task, "demo-" + group, group, ApprovalProcess.Var.DECISION, decision, ApprovalProcess.Var.DECISION_REASON, reason);
  }

  void testPlan(ProcessInstance pi, String outcome, long records) {
    driver.completeAs(pi, TEST_PLAN, ENGINEER, "second-line", Var.TEST_OUTCOME, outcome, Var.TEST_RECORDS, records,
        Var.TEST_RESULT, DataMaintenanceProcess.TEST_PASSED.equals(outcome) ? "测试库执行，10 行更新，前台显示已办结"
            : "测试库发现还需同步更新 GW_TODO 待办表");
  }

  void runInProduction(ProcessInstance pi, long actual) {
    driver.completeAs(pi, RUN_IN_PRODUCTION, ENGINEER, "second-line", Var.BEFORE_IMAGE_TAKEN, true, Var.ACTUAL_RECORDS, actual,
        Var.EXECUTION_NOTE, "22:00 生产库执行");
  }

  void confirm(ProcessInstance pi, String answer) {
    driver.completeAs(pi, CONFIRM_WITH_USER, DESK, "service-desk", Var.USER_CONFIRMATION, answer, Var.CONFIRMATION_NOTE,
        DataMaintenanceProcess.CONFIRMED.equals(answer) ? "王芳确认公文均显示已办结" : "王芳反映仍有 1 份显示待办");
  }

  void issueReport(ProcessInstance pi) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(ISSUE_REPORT)
        .list();
    assertThat(jobs).as("the report is written after the user's confirmation, in a job of its own").hasSize(1);
    engine.getManagementService().executeJob(jobs.get(0).getId());
  }

  /** An incident in the register (its own process is measured elsewhere). */
  String incidentTicket() {
    return new TransactionTemplate(transactions).execute(status -> {
      String number = ticketNumbers.next("INC");
      tickets.register(new NewTicket(number, "incident", null, "oa", "hotline", "王芳（某市税务局办公室）",
          "wangfang@tax.example", "公文显示状态错误", "10 份已办结公文显示为待办", "office", "medium", false, DESK));
      return number;
    });
  }

  Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  List<String> events(ProcessInstance pi) {
    return tickets.events(pi.getBusinessKey()).stream().map(TicketEventRecord::eventType).toList();
  }

  void end(ProcessInstance pi) {
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(pi.getBusinessKey()).rootProcessInstances().list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test done"));
  }

  @Test
  void shouldRunThePlanReviewedTestedAndConfirmedAndKeepTheReportWithTheTicket() throws Exception {
    String incident = incidentTicket();
    Map<String, Object> fromIncident = new HashMap<>(Map.of(Var.INCIDENT_NUMBER, incident));

    ProcessInstance pi = driver.startAs(DataMaintenanceProcess.KEY, DESK, "service-desk", fromIncident);

    assertThat(pi.getBusinessKey()).matches("DM-\\d{8}-\\d{4,}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(COMMUNICATE).hasPassed(REGISTER);
    assertThat(variable(pi, Var.SYSTEM)).as("taken from the incident").isEqualTo("oa");
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().ticketType()).isEqualTo(DataMaintenanceProcess.KEY);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().incidentNumber()).isEqualTo(incident);
    assertThat(tickets.events(incident)).anyMatch(e -> e.eventType().equals("data-maintenance-opened")
        && e.detail().contains(pi.getBusinessKey()));

    communicateAndAnalyse(pi, "master");
    writePlan(pi, "master", 10);

    BpmnAwareTests.assertThat(pi).isWaitingAt(APPROVE_PLAN).hasPassed(ROUTE_APPROVAL);
    assertThat(variable(pi, ApprovalProcess.In.AUTHOR)).isEqualTo(ENGINEER);
    assertThat(variable(pi, ApprovalProcess.In.GROUPS)).isEqualTo("team-lead");
    assertThat((String) variable(pi, ApprovalProcess.In.DOCUMENT)).contains("UPDATE GW_FLOW", "预计影响记录数：10", "gw_flow_before.dmp",
        "回退步骤", incident);
    assertThat(approveAll(pi)).containsExactly("team-lead");

    BpmnAwareTests.assertThat(pi).isWaitingAt(TEST_PLAN);
    testPlan(pi, DataMaintenanceProcess.TEST_PASSED, 10);
    runInProduction(pi, 10);

    BpmnAwareTests.assertThat(pi).isWaitingAt(CONFIRM_WITH_USER).hasNotPassed(RECORD_MISMATCH);
    confirm(pi, DataMaintenanceProcess.CONFIRMED);
    issueReport(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(MAIL_REPORT, CLOSE, CLOSED);
    DataMaintenanceRegister.Plan plan = register.currentPlan(pi.getBusinessKey()).orElseThrow();
    assertThat(plan.version()).isEqualTo(1);
    assertThat(plan.author()).isEqualTo(ENGINEER);
    assertThat(plan.approvalOutcome()).isEqualTo(ApprovalProcess.APPROVED);
    assertThat(plan.testRecords()).isEqualTo(10L);
    assertThat(plan.actualRecords()).isEqualTo(10L);
    assertThat(plan.executedBy()).isEqualTo(ENGINEER);
    DataMaintenanceRegister.Request request = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(request.status()).isEqualTo("closed");
    assertThat(request.confirmedBy()).isEqualTo(DESK);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED.code());
    assertThat(events(pi)).contains("registered", "incident-linked", "dm-communicated", "dm-analysed", "dm-plan-written",
        "dm-tested", "dm-executed", "dm-user-confirmed", "report-issued", "closed");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("data-maintenance-report");

    TicketDocument report = documents.latest(pi.getBusinessKey(), DataMaintenanceProcess.REPORT_KIND).orElseThrow();
    assertThat(report.fileName()).isEqualTo(pi.getBusinessKey() + DataMaintenanceReport.FILE_SUFFIX);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(report.content()));
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("数据维护处理报告", pi.getBusinessKey(), incident,
          "一、维护原因与沟通确认", "二、数据分析", "三、维护方案", "四、方案审核、测试与实施", "五、用户确认",
          "UPDATE GW_FLOW", "预计影响记录数：10", "实际影响 10 条，与预计一致", "王芳确认公文均显示已办结");
    }
  }

  @Test
  void shouldSendThePlanBackForReworkAndReviewTheNewVersion() {
    ProcessInstance pi = driver.startAs(DataMaintenanceProcess.KEY, ENGINEER, "second-line", request());
    communicateAndAnalyse(pi, "business");
    writePlan(pi, "business", 10);
    assertThat(variable(pi, ApprovalProcess.In.GROUPS)).isEqualTo("team-lead,system-owner");
    assertThat(variable(pi, ApprovalProcess.In.MODE)).isEqualTo("sequential");

    sendBack(pi, ApprovalProcess.REWORK, "请补充 GW_TODO 待办表的同步更新");

    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_PLAN);
    assertThat(register.plans(pi.getBusinessKey())).extracting(DataMaintenanceRegister.Plan::approvalOutcome)
        .containsExactly(ApprovalProcess.SENT_BACK);
    writePlan(pi, "business", 20);

    assertThat(variable(pi, Var.PLAN_VERSION)).isEqualTo(2);
    assertThat((String) variable(pi, ApprovalProcess.In.DOCUMENT)).contains("第 1 版：审批退回");
    approveAll(pi);
    BpmnAwareTests.assertThat(pi).isWaitingAt(TEST_PLAN);
    assertThat(register.plans(pi.getBusinessKey())).extracting(DataMaintenanceRegister.Plan::approvalOutcome)
        .containsExactly(ApprovalProcess.SENT_BACK, ApprovalProcess.APPROVED);
    end(pi);
  }

  @Test
  void shouldCloseTheTicketAndInformTheUserWhenThePlanIsRejected() {
    ProcessInstance pi = driver.startAs(DataMaintenanceProcess.KEY, DESK, "service-desk", request());
    communicateAndAnalyse(pi, "business");
    writePlan(pi, "business", 10);

    sendBack(pi, ApprovalProcess.REJECT, "数据可由用户在前台撤回重办，无需后台修改");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_REJECTION, NOTIFY_REJECTED, REJECTED).hasNotPassed(TEST_PLAN);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("rejected");
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED.code());
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("data-maintenance-rejected");
  }

  @Test
  void shouldReviseAndReviewThePlanAgainWhenTheTestFails() {
    ProcessInstance pi = driver.startAs(DataMaintenanceProcess.KEY, ENGINEER, "second-line", request());
    communicateAndAnalyse(pi, "config");
    writePlan(pi, "config", 5);
    approveAll(pi);

    testPlan(pi, DataMaintenanceProcess.TEST_FAILED, 5);

    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_PLAN);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("test-failed");
    writePlan(pi, "config", 6);
    assertThat((String) variable(pi, ApprovalProcess.In.DOCUMENT)).contains("第 1 版：测试未通过");
    BpmnAwareTests.assertThat(pi).isWaitingAt(APPROVE_PLAN);
    end(pi);
  }

  @Test
  void shouldStopOnACountMismatchAndRollBackWhenTheTeamLeadSaysSo() {
    ProcessInstance pi = driver.startAs(DataMaintenanceProcess.KEY, DESK, "service-desk", request());
    communicateAndAnalyse(pi, "master");
    writePlan(pi, "master", 10);
    approveAll(pi);
    testPlan(pi, DataMaintenanceProcess.TEST_PASSED, 10);

    runInProduction(pi, 12);

    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW_MISMATCH).hasPassed(RECORD_MISMATCH, NOTIFY_MISMATCH);
    assertThat(variable(pi, Var.RECORDS_MATCH)).isEqualTo(false);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("data-maintenance-count-mismatch");
    assertThat(tickets.events(pi.getBusinessKey())).anyMatch(e -> e.eventType().equals("dm-count-mismatch")
        && e.detail().contains("实际影响 12 条记录，预计 10 条"));
    assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(pi, REVIEW_MISMATCH).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("team-lead");

    assertThatThrownBy(() -> driver.completeAs(pi, REVIEW_MISMATCH, ENGINEER, "team-lead", Var.MISMATCH_DECISION,
        DataMaintenanceProcess.ACCEPT, Var.MISMATCH_REASON, "多出的 2 条也应修改"))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining("不能复核自己实施结果");
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW_MISMATCH);
    assertThatThrownBy(() -> engine.getTaskService().claim(driver.task(pi, REVIEW_MISMATCH).getId(), ENGINEER))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class);
    assertThat(driver.task(pi, REVIEW_MISMATCH).getAssignee()).isNull();

    driver.completeAs(pi, REVIEW_MISMATCH, LEAD, "team-lead", Var.MISMATCH_DECISION, DataMaintenanceProcess.ROLL_BACK,
        Var.MISMATCH_REASON, "多出 2 条为他人公文，须回退");
    BpmnAwareTests.assertThat(pi).isWaitingAt(ROLL_BACK);
    driver.completeAs(pi, ROLL_BACK, ENGINEER, "second-line", Var.RESTORED_RECORDS, 12, Var.ROLLBACK_NOTE, "已用前镜像恢复 12 行");

    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_PLAN);
    DataMaintenanceRegister.Plan first = register.plans(pi.getBusinessKey()).get(0);
    assertThat(first.mismatchDecision()).isEqualTo(DataMaintenanceProcess.ROLL_BACK);
    assertThat(first.mismatchDecidedBy()).isEqualTo(LEAD);
    assertThat(first.restoredRecords()).isEqualTo(12L);
    assertThat(first.rolledBackBy()).isEqualTo(ENGINEER);
    assertThat(events(pi)).contains("dm-mismatch-reviewed", "dm-rolled-back");

    writePlan(pi, "master", 10);
    assertThat((String) variable(pi, ApprovalProcess.In.DOCUMENT)).contains("已回退");
    end(pi);
  }

  @Test
  void shouldGoOnWithAnAcceptedMismatchAndReturnToTheUserWhenNotSatisfied() {
    ProcessInstance pi = driver.startAs(DataMaintenanceProcess.KEY, DESK, "service-desk", request());
    communicateAndAnalyse(pi, "master");
    writePlan(pi, "master", 10);
    approveAll(pi);
    testPlan(pi, DataMaintenanceProcess.TEST_PASSED, 10);
    runInProduction(pi, 9);

    driver.completeAs(pi, REVIEW_MISMATCH, LEAD, "team-lead", Var.MISMATCH_DECISION, DataMaintenanceProcess.ACCEPT,
        Var.MISMATCH_REASON, "1 份公文用户已在前台自行办结，9 条属实");

    BpmnAwareTests.assertThat(pi).isWaitingAt(CONFIRM_WITH_USER).hasNotPassed(ROLL_BACK);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("mismatch-accepted");

    confirm(pi, DataMaintenanceProcess.NOT_CONFIRMED);

    BpmnAwareTests.assertThat(pi).isWaitingAt(COMMUNICATE);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().reopenCount()).isEqualTo(1);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("reopened");
    end(pi);
  }

  @Test
  void shouldRouteTipsTaxDataToAllThreeGroupsInParallel() {
    Map<String, Object> tips = request();
    tips.put(Var.SYSTEM, "tips");
    ProcessInstance pi = driver.startAs(DataMaintenanceProcess.KEY, ENGINEER, "second-line", tips);
    communicateAndAnalyse(pi, "business");
    writePlan(pi, "business", 1);

    assertThat(variable(pi, ApprovalProcess.In.GROUPS)).isEqualTo("team-lead,system-owner,bureau-it");
    assertThat(variable(pi, ApprovalProcess.In.MODE)).isEqualTo("parallel");
    assertThat(variable(pi, ApprovalProcess.In.REQUIRED)).isEqualTo(3);
    end(pi);
  }

  @Test
  void shouldRefuseAStartWithoutWhatTheTicketNeeds() {
    Map<String, Object> noSystem = request();
    noSystem.remove(Var.SYSTEM);
    Map<String, Object> unknownIncident = request();
    unknownIncident.put(Var.INCIDENT_NUMBER, "INC-20000101-9999");
    Map<String, Object> notAnIncident = request();
    notAnIncident.put(Var.INCIDENT_NUMBER, "PRB-20261123-0001");
    Map<String, Object> noDescription = request();
    noDescription.remove(Var.DESCRIPTION);
    Map.of(Var.SYSTEM, noSystem, Var.INCIDENT_NUMBER, unknownIncident, "incidentNumber ", notAnIncident,
            Var.DESCRIPTION, noDescription)
        .forEach((field, input) -> assertThatThrownBy(() -> driver.startAs(DataMaintenanceProcess.KEY, DESK, "service-desk", input))
            .as(field).hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(field.trim()));
  }

  @Test
  void shouldRefuseAPlanWithoutBeforeImageAndARunWithoutIt() {
    ProcessInstance pi = driver.startAs(DataMaintenanceProcess.KEY, ENGINEER, "second-line", request());
    communicateAndAnalyse(pi, "config");
    assertThatThrownBy(() -> driver.completeAs(pi, WRITE_PLAN, ENGINEER, "second-line", Var.DATA_CATEGORY, "config",
        Var.PLAN_STEPS, "UPDATE …", Var.EXPECTED_RECORDS, 3, Var.ROLLBACK_STEPS, "恢复"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.BEFORE_IMAGE);
    assertThatThrownBy(() -> driver.completeAs(pi, WRITE_PLAN, ENGINEER, "second-line", Var.DATA_CATEGORY, "config",
        Var.PLAN_STEPS, "UPDATE …", Var.EXPECTED_RECORDS, -1, Var.BEFORE_IMAGE, "导出", Var.ROLLBACK_STEPS, "恢复"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.EXPECTED_RECORDS);
    writePlan(pi, "config", 3);
    approveAll(pi);
    testPlan(pi, DataMaintenanceProcess.TEST_PASSED, 3);

    assertThatThrownBy(() -> driver.completeAs(pi, RUN_IN_PRODUCTION, ENGINEER, "second-line", Var.BEFORE_IMAGE_TAKEN, false,
        Var.ACTUAL_RECORDS, 3, Var.EXECUTION_NOTE, "执行"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.BEFORE_IMAGE_TAKEN);
    BpmnAwareTests.assertThat(pi).isWaitingAt(RUN_IN_PRODUCTION);
    assertThat(register.currentPlan(pi.getBusinessKey()).orElseThrow().actualRecords()).isNull();
    end(pi);
  }
}
