package com.opsflow.major;

import static com.opsflow.major.MajorIncidentProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.document.TicketDocument;
import com.opsflow.document.TicketDocuments;
import com.opsflow.support.IsolatedProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Major incident handling: the seed's duties on timers, restoration, and the four-part analysis report. */
@IsolatedProcessTest
class MajorIncidentProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  @Autowired
  MajorIncidentDeclaration declaration;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  private ProcessInstance declared(String system) {
    String number = "INC-20261123-M" + UUID.randomUUID().toString().substring(0, 5);
    tickets.register(new NewTicket(number, "incident", null, system, "hotline", "自治区税务局征管科", null,
        "全省三方协议扣款失败", "各地税务机关反映实时扣款全部返回失败", "province", "high", false, "demo-service-desk"));
    String id = declaration.declare(number, "demo-second-line", "全省扣款中断");
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private void restoreRemotely(ProcessInstance pi) {
    driver.complete(pi, RESPOND, "responseNote", "前置机与TIPS连接中断");
    driver.complete(pi, RESTORE_SERVICE, "progressNote", "已切换备用线路", "restoreOutcome", "restored",
        "restoreNote", "切换至备用专线并重启前置服务");
  }

  private void analyseAndClose(ProcessInstance pi) {
    driver.complete(pi, ROOT_CAUSE, "rootCause", "运营商专线故障，前置机未配置自动切换");
    driver.complete(pi, SOLUTION, "solution", "配置专线自动切换并增加链路监控", "recommendation", "每季度演练链路切换");
    driver.complete(pi, MONITORING, "monitoringOutcome", "stable", "monitoringNote", "观察一个工作日，扣款正常");
  }

  @Test
  void shouldNotifyRestoreAnalyseAndIssueTheFourPartReport() throws Exception {
    ProcessInstance pi = declared("tips");

    BpmnAwareTests.assertThat(pi).hasPassed("BusinessRuleTask_DutyClock", "ServiceTask_MailDesignatedContact")
        .isWaitingAt(CALL_CONTACT, FIRST_REPORT, RESPOND);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "notifyMinutes")).isEqualTo(5);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "onsiteRestoreHours")).isEqualTo(3);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("major-contact-notified");
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().major()).isTrue();

    driver.complete(pi, CALL_CONTACT, "contactName", "征管科王科长", "contactedAt", "2026-11-23 10:03");
    restoreRemotely(pi);
    analyseAndClose(pi);
    driver.complete(pi, FIRST_REPORT, "firstReport", "影响全省实时扣款约 40 分钟，已恢复");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(GENERATE_REPORT, MAIL_REPORT, END, "ServiceTask_RecordRestored")
        .hasNotPassed(ONSITE_RESTORE);
    TicketDocument report = documents.latest(pi.getBusinessKey(), MajorIncidentProcess.REPORT_KIND).orElseThrow();
    assertThat(report.fileName()).isEqualTo(pi.getBusinessKey() + "-突发事件分析报告.docx");
    String text;
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(report.content()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      text = extractor.getText();
    }
    assertThat(text).contains("突发事件分析报告", "一、现象描述", "全省三方协议扣款失败", "二、问题分析", "运营商专线故障",
        "三、解决方案", "配置专线自动切换并增加链路监控", "切换至备用专线并重启前置服务", "四、建议", "每季度演练链路切换");
    assertThat(text.indexOf("一、现象描述")).isLessThan(text.indexOf("二、问题分析"));
    assertThat(text.indexOf("三、解决方案")).isLessThan(text.indexOf("四、建议"));
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("major-first-report", "major-final-report");
    assertThat(tickets.events(pi.getBusinessKey())).extracting(TicketEventRecord::eventType)
        .contains("major-incident-declared", "service-restored", "report-issued", "major-closed")
        .doesNotContain("major-duty-missed");
  }

  @Test
  void shouldLetSecondLineDeclareFromTasklistUnderTheIncidentsOwnNumber() {
    String number = String.format("INC-20261123-%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
    tickets.register(new NewTicket(number, "incident", null, "oa", "wechat", "某市税务局办公室", null,
        "全市公文无法签收", "", "city", "high", false, "demo-service-desk"));

    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(MajorIncidentProcess.KEY)
        .setVariable("ticketNumber", number).setVariable("majorReason", "全市公文签收中断").execute();

    assertThat(pi.getBusinessKey()).isEqualTo(number);
    BpmnAwareTests.assertThat(pi).hasPassed("StartEvent_DeclaredInTasklist").isWaitingAt(CALL_CONTACT, FIRST_REPORT, RESPOND);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "summary")).isEqualTo("全市公文无法签收");
    assertThat(tickets.find(number).orElseThrow().major()).isTrue();
    assertThat(tickets.events(number)).extracting(TicketEventRecord::detail).contains("全市公文签收中断");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> engine.getRuntimeService()
        .createProcessInstanceByKey(MajorIncidentProcess.KEY).setVariable("ticketNumber", number)
        .setVariable("majorReason", "again").execute())).hasMessageContaining("already handled as a major incident");
  }

  @Test
  void shouldRecordAndEscalateEveryMissedDuty() {
    ProcessInstance pi = declared("oa");

    driver.fireTimer(pi, NOTIFY_DUE);
    driver.fireTimer(pi, RESPONSE_DUE);
    driver.fireTimer(pi, FIRST_REPORT_DUE);

    List<String> missed = tickets.events(pi.getBusinessKey()).stream()
        .filter(e -> e.eventType().equals("major-duty-missed")).map(TicketEventRecord::detail).toList();
    assertThat(missed).containsExactly("notify", "second-line-response", "first-report");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).filteredOn("major-duty-missed"::equals).hasSize(3);
    BpmnAwareTests.assertThat(pi).isWaitingAt(CALL_CONTACT, FIRST_REPORT, RESPOND);
  }

  /**
   * B-2.3.14「并在故障发生的24小时内，提供第一次事故报告」: reported at 08:00, declared major at 20:00 — the first report
   * is due at 08:00 next day (24 h after the fault), not at 20:00; the ticket names the fault time.
   */
  @Test
  void shouldDueTheFirstReportTwentyFourHoursAfterTheFaultNotAfterTheDeclaration() {
    Instant reported = Instant.parse("2026-11-23T00:00:00Z"); // 08:00 in Shanghai
    ClockUtil.setCurrentTime(Date.from(reported));
    String number = "INC-20261123-F" + UUID.randomUUID().toString().substring(0, 5);
    tickets.register(new NewTicket(number, "incident", null, "oa", "hotline", "自治区税务局办公室", null,
        "全区公文无法签收", "", "province", "high", false, "demo-service-desk"));
    ClockUtil.setCurrentTime(Date.from(reported.plus(Duration.ofHours(12))));

    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(declaration.declare(number, "demo-second-line", "公文签收中断")).singleResult();

    assertThat(driver.timerJob(pi, FIRST_REPORT_DUE).getDuedate().toInstant()).isEqualTo(reported.plus(Duration.ofHours(24)));
    assertThat(driver.timerJob(pi, NOTIFY_DUE).getDuedate().toInstant())
        .isEqualTo(reported.plus(Duration.ofHours(12)).plus(Duration.ofMinutes(5)));
    assertThat(tickets.events(number)).filteredOn(e -> e.eventType().equals("fault-occurred"))
        .extracting(TicketEventRecord::detail).singleElement().asString().contains("2026-11-23T08:00", "按报告时间");
  }

  /** B-2.3.14: second line names when the fault occurred (before it was reported); the first report counts from then. */
  @Test
  void shouldCountTheFirstReportFromTheFaultTimeSecondLineGives() {
    Instant now = Instant.parse("2026-11-23T06:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    String number = String.format("INC-20261123-%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
    tickets.register(new NewTicket(number, "incident", null, "tips", "hotline", "自治区税务局", null,
        "批量扣款失败", "", "province", "high", false, "demo-service-desk"));

    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(MajorIncidentProcess.KEY)
        .setVariable("ticketNumber", number).setVariable("majorReason", "全省扣款中断")
        .setVariable("faultOccurredAt", "2026-11-22T23:30+08:00").execute();

    assertThat(driver.timerJob(pi, FIRST_REPORT_DUE).getDuedate().toInstant())
        .isEqualTo(Instant.parse("2026-11-23T15:30:00Z"));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> declaration.declare(newTicket("invoice"), "x", "y",
        "2026-11-24T08:00+08:00"))).hasMessageContaining("faultOccurredAt");
  }

  private String newTicket(String system) {
    String number = "INC-20261123-H" + UUID.randomUUID().toString().substring(0, 5);
    tickets.register(new NewTicket(number, "incident", null, system, "hotline", "某局", null, "故障", "", "province",
        "high", false, "demo-service-desk"));
    return number;
  }

  @Test
  void shouldSendStatusUpdatesEveryIntervalUntilRestored() {
    ProcessInstance pi = declared("invoice");
    driver.complete(pi, RESPOND, "responseNote", "开票服务全部超时");
    engine.getTaskService().setVariable(driver.task(pi, RESTORE_SERVICE).getId(), "progressNote", "正在重启开票服务集群");

    driver.fireTimer(pi, STATUS_UPDATE);
    driver.fireTimer(pi, STATUS_UPDATE);

    assertThat(driver.notificationTemplates(pi.getBusinessKey())).filteredOn("major-status-update"::equals).hasSize(2);
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> e.eventType().equals("status-update-sent"))
        .extracting(TicketEventRecord::detail).containsOnly("正在重启开票服务集群");
    driver.complete(pi, RESTORE_SERVICE, "progressNote", "已恢复", "restoreOutcome", "restored", "restoreNote", "重启集群");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(STATUS_UPDATE).count()).as("no updates after restoration").isZero();
  }

  @Test
  void shouldRestoreOnSiteAndEscalateWhenTheRestoreTimeRunsOut() {
    ProcessInstance pi = declared("oa");
    driver.complete(pi, RESPOND, "responseNote", "公文系统数据库宕机");
    driver.complete(pi, RESTORE_SERVICE, "progressNote", "需到机房处理", "restoreOutcome", "onsite");

    BpmnAwareTests.assertThat(pi).isWaitingAt(ARRIVE_ONSITE);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(ONSITE_RESTORE_DUE)
        .count()).as("the restore clock starts at arrival").isZero();
    driver.complete(pi, ARRIVE_ONSITE, "arrivedAt", "2026-11-23 10:40");
    BpmnAwareTests.assertThat(pi).isWaitingAt(ONSITE_RESTORE);
    assertThat(driver.timerJob(pi, ONSITE_RESTORE_DUE).getDuedate().getTime() - System.currentTimeMillis())
        .as("2 hours after arrival for oa").isBetween(7_100_000L, 7_300_000L);
    driver.fireTimer(pi, ONSITE_RESTORE_DUE);
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> e.eventType().equals("major-duty-missed"))
        .extracting(TicketEventRecord::detail).containsExactly("onsite-restore");

    driver.complete(pi, ONSITE_RESTORE, "restoreNote", "更换故障磁盘并恢复数据库");
    BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_RecordRestored").isWaitingAt(ROOT_CAUSE);
  }

  @Test
  void shouldReworkTheSolutionWhenTheProblemRecursDuringMonitoring() {
    ProcessInstance pi = declared("tips");
    restoreRemotely(pi);
    driver.complete(pi, ROOT_CAUSE, "rootCause", "专线故障");
    driver.complete(pi, SOLUTION, "solution", "更换专线", "recommendation", "增加监控");
    driver.complete(pi, MONITORING, "monitoringOutcome", "recurred", "monitoringNote", "次日再次中断");

    BpmnAwareTests.assertThat(pi).isWaitingAt(SOLUTION);
    driver.complete(pi, SOLUTION, "solution", "配置双线路自动切换", "recommendation", "增加监控");
    driver.complete(pi, MONITORING, "monitoringOutcome", "stable", "monitoringNote", "稳定");
    BpmnAwareTests.assertThat(pi).hasPassed(GENERATE_REPORT);
  }
}
