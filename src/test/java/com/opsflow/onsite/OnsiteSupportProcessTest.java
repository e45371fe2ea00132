package com.opsflow.onsite;

import static com.opsflow.onsite.OnsiteSupportProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On-site support (B-2.3.9): every path, the restore clock and the monitoring period fired by moving the clock. */
@OpsFlowProcessTest
class OnsiteSupportProcessTest {

  static final String ENGINEER = "demo-second-line";
  static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

  @Autowired
  ProcessEngine engine;
  @Autowired
  TicketService tickets;
  @Autowired
  OnsiteService onsite;
  @Autowired
  JdbcTemplate jdbc;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T01:00:00Z"))); // 09:00 in the bureau
  }

  @AfterEach
  void resetClock() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> newRequest(String requestType) {
    Map<String, Object> v = new HashMap<>();
    v.put("requestType", requestType);
    v.put("site", "某市税务局办公室三楼机房");
    v.put("system", "oa");
    v.put("reporter", "张伟（某市税务局办公室）");
    v.put("summary", "公文系统服务器无法访问");
    v.put("description", "全局办公网用户打开公文系统提示服务不可用");
    return v;
  }

  ProcessInstance start(Map<String, Object> variables) {
    return engine.getRuntimeService().createProcessInstanceByKey(OnsiteSupportProcess.KEY).setVariables(variables)
        .execute();
  }

  String existingIncident() {
    String number = String.format("INC-20261124-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    tickets.register(new NewTicket(number, "incident", null, "oa", "hotline", "王芳（某县税务局）", null,
        "公文流转卡在待办", "", "office", "high", false, "demo-service-desk"));
    return number;
  }

  static String at(Instant instant) {
    return instant.atZone(BUREAU).toOffsetDateTime().toString();
  }

  void as(String user, Runnable step) {
    driver.as(user, List.of("second-line", "service-desk", "team-lead"), () -> {
      step.run();
      return null;
    });
  }

  void dispatch(ProcessInstance pi) {
    driver.complete(pi, EVALUATE_DISPATCH, "assessment", "需现场排查服务器，派二线工程师一名", "engineer", ENGINEER,
        "plannedArrival", at(ProcessDriver.now().plus(1, ChronoUnit.HOURS)));
  }

  void arrive(ProcessInstance pi) {
    ClockUtil.setCurrentTime(Date.from(ProcessDriver.now().plus(1, ChronoUnit.HOURS)));
    driver.complete(pi, RECORD_ARRIVAL, "arrivedAt", at(ProcessDriver.now()));
  }

  void workOnSite(ProcessInstance pi) {
    driver.complete(pi, ANALYSE, "onsiteAnalysis", "应用服务器磁盘写满，中间件停止响应");
    driver.complete(pi, AGREE_SOLUTION, "solution", "清理日志并扩容磁盘，重启中间件", "solutionAgreement", "agreed");
    driver.complete(pi, HANDLE, "handlingResult", "已清理 40GB 日志，中间件重启后公文系统恢复");
  }

  void sign(ProcessInstance pi) {
    as(ENGINEER, () -> driver.complete(pi, SIGN_CONFIRMATION, "finishedAt", at(ProcessDriver.now()),
        "serviceReport", "故障原因：日志未轮转导致磁盘写满。预防措施：配置日志轮转并加磁盘监控。",
        "confirmedByName", "张伟", "confirmedByDepartment", "某市税务局办公室",
        "confirmedAt", at(ProcessDriver.now()), "userOpinion", "处理及时，满意"));
  }

  List<String> events(String number) {
    return tickets.events(number).stream().map(TicketEventRecord::eventType).toList();
  }

  @Test
  void shouldDispatchHandleConfirmMonitorCallBackAndCloseANewRequest() throws IOException {
    ProcessInstance pi = start(newRequest("fault"));

    assertThat(pi.getBusinessKey()).matches("ONS-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(pi).hasPassed(REGISTER_TICKET, RESTORE_HOURS).isWaitingAt(EVALUATE_DISPATCH)
        .task().hasCandidateGroup("team-lead");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "onsiteRestoreHours")).isEqualTo(2);
    Ticket registered = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(registered.ticketType()).isEqualTo(OnsiteSupportProcess.KEY);
    assertThat(registered.channel()).isEqualTo("onsite");

    dispatch(pi);
    BpmnAwareTests.assertThat(pi).isWaitingAt(RECORD_ARRIVAL).task().isAssignedTo(ENGINEER);
    assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(pi, RECORD_ARRIVAL).getId()))
        .as("candidate groups as fallback").extracting(IdentityLink::getGroupId).contains("service-desk", "second-line");
    arrive(pi);
    Job restoreClock = driver.timerJob(pi, RESTORE_SLA);
    assertThat(Duration.between(ProcessDriver.now(), restoreClock.getDuedate().toInstant())).isEqualTo(Duration.ofHours(2));

    driver.complete(pi, ANALYSE, "onsiteAnalysis", "应用服务器磁盘写满，中间件停止响应");
    driver.complete(pi, AGREE_SOLUTION, "solution", "直接重启服务器", "solutionAgreement", "revise",
        "solutionFeedback", "上班时间不可重启整机");
    BpmnAwareTests.assertThat(pi).isWaitingAt(AGREE_SOLUTION);
    driver.complete(pi, AGREE_SOLUTION, "solution", "清理日志并扩容磁盘，重启中间件", "solutionAgreement", "agreed");
    driver.complete(pi, HANDLE, "handlingResult", "已清理 40GB 日志，中间件重启后公文系统恢复");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(RESTORE_SLA)
        .count()).as("restored in time: the restore clock is gone").isZero();

    ClockUtil.setCurrentTime(Date.from(ProcessDriver.now().plus(90, ChronoUnit.MINUTES)));
    sign(pi);
    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_CONFIRMATION, GENERATE_SLIP).isWaitingAt(MONITOR);
    FileValue file = engine.getRuntimeService().getVariableTyped(pi.getId(), "confirmationSlip");
    assertThat(file.getFilename()).isEqualTo("现场服务确认单-" + pi.getBusinessKey() + ".html");
    assertThat(file.getMimeType()).isEqualTo("text/html");
    String html;
    try (InputStream in = file.getValue()) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(html).contains("<h1>现场服务确认单</h1>", pi.getBusinessKey(), "税务综合办公信息系统", "现场故障处理",
        "某市税务局办公室三楼机房", "演示二线技术支持（demo-second-line）",
        "<th>实际到达时间</th><td>2026-11-24 10:00</td>", "<th>处理完成时间</th><td>2026-11-24 11:30</td>", "公文系统服务器无法访问",
        "应用服务器磁盘写满", "清理日志并扩容磁盘，重启中间件", "已清理 40GB 日志", "配置日志轮转", "处理及时，满意",
        "<th>确认人</th><td>张伟</td>", "某市税务局办公室", "<th>确认时间</th><td>2026-11-24 11:30</td>", "用户签字", "工程师签字", "<th>记录人</th><td>demo-second-line</td>");
    assertThat(html).doesNotContain("直接重启服务器");
    StoredSlip stored = onsite.latestSlip(pi.getBusinessKey()).orElseThrow();
    assertThat(stored.recordedBy()).isEqualTo(ENGINEER);
    assertThat(new String(stored.content(), StandardCharsets.UTF_8)).isEqualTo(html);
    Map<String, Object> confirmation = jdbc.queryForMap("SELECT * FROM onsite_confirmation WHERE ticket_number = ?",
        pi.getBusinessKey());
    assertThat(confirmation).containsEntry("CONFIRMED_BY_NAME", "张伟").containsEntry("RECORDED_BY", ENGINEER);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("resolved");

    driver.complete(pi, MONITOR, "monitoringOutcome", "stable", "monitoringNote", "连续观察两天运行正常");
    BpmnAwareTests.assertThat(pi).isWaitingAt(CALL_BACK).task().hasCandidateGroup("service-desk");
    driver.complete(pi, CALL_BACK, "callbackNote", "电话回访张伟，系统运行正常", "callbackOutcome", "resolved");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(CLOSE, END_CLOSED).hasNotPassed(RECORD_RESTORE_BREACH);
    Ticket closed = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(closed.status()).isEqualTo("closed");
    assertThat(closed.solution()).isEqualTo("清理日志并扩容磁盘，重启中间件");
    assertThat(events(pi.getBusinessKey())).containsSubsequence("registered", "onsite-dispatched", "onsite-arrived",
        "onsite-confirmed", "resolved", "closed");
    TicketEventRecord confirmed = tickets.events(pi.getBusinessKey()).stream()
        .filter(e -> e.eventType().equals("onsite-confirmed")).findFirst().orElseThrow();
    assertThat(confirmed.actor()).isEqualTo(ENGINEER);
    assertThat(confirmed.detail()).contains("张伟", "某市税务局办公室", "2026-11-24 11:30");
  }

  @Test
  void shouldKeepTheIncidentNumberAndReturnToSiteWhenTheCallbackFindsItUnresolved() {
    String incident = existingIncident();
    Map<String, Object> v = new HashMap<>();
    v.put("ticketNumber", incident);
    v.put("requestType", "fault");
    v.put("site", "某县税务局办税服务厅");
    ProcessInstance pi = start(v);

    assertThat(pi.getBusinessKey()).isEqualTo(incident);
    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_REQUEST).hasNotPassed(REGISTER_TICKET);
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).containsEntry("summary", "公文流转卡在待办")
        .containsEntry("system", "oa").containsEntry("existingTicket", true);
    dispatch(pi);
    arrive(pi);
    workOnSite(pi);
    sign(pi);

    driver.fireTimer(pi, MONITORING_PERIOD);
    BpmnAwareTests.assertThat(pi).hasPassed(MONITORING_PERIOD).isWaitingAt(CALL_BACK);
    driver.complete(pi, CALL_BACK, "callbackNote", "用户反映仍偶发无法访问", "callbackOutcome", "not-resolved");
    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_RECURRENCE).isWaitingAt(RECORD_ARRIVAL);

    arrive(pi);
    workOnSite(pi);
    sign(pi);
    driver.complete(pi, MONITOR, "monitoringOutcome", "recurred", "monitoringNote", "再次出现无法访问");
    arrive(pi);
    workOnSite(pi);
    sign(pi);
    driver.complete(pi, MONITOR, "monitoringOutcome", "stable", "monitoringNote", "运行正常");
    driver.complete(pi, CALL_BACK, "callbackNote", "回访确认已解决", "callbackOutcome", "resolved");

    BpmnAwareTests.assertThat(pi).isEnded();
    Ticket ticket = tickets.find(incident).orElseThrow();
    assertThat(ticket.status()).as("the incident process owns the incident's status").isEqualTo("open");
    assertThat(events(incident)).containsSubsequence("onsite-requested", "onsite-dispatched", "onsite-arrived",
        "onsite-confirmed", "onsite-recurred", "onsite-arrived", "onsite-confirmed", "onsite-recurred",
        "onsite-arrived", "onsite-confirmed", "onsite-closed");
    assertThat(tickets.events(incident).stream().filter(e -> e.eventType().equals("onsite-recurred"))
        .map(TicketEventRecord::detail)).satisfiesExactly(
            first -> assertThat(first).startsWith("回访核实未解决").contains("用户反映仍偶发无法访问"),
            second -> assertThat(second).startsWith("运行监控发现问题复现").contains("再次出现无法访问"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM onsite_visit WHERE ticket_number = ?", Integer.class, incident))
        .isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM onsite_confirmation WHERE ticket_number = ?", Integer.class,
        incident)).isEqualTo(3);
  }

  @Test
  void shouldGoBackOnSiteWhenTheProblemRecursDuringMonitoring() {
    ProcessInstance pi = start(newRequest("fault"));
    dispatch(pi);
    arrive(pi);
    workOnSite(pi);
    sign(pi);

    driver.complete(pi, MONITOR, "monitoringOutcome", "recurred", "monitoringNote", "次日上午再次出现服务不可用");
    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_RECURRENCE).isWaitingAt(RECORD_ARRIVAL).task().isAssignedTo(ENGINEER);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(MONITORING_PERIOD)
        .count()).isZero();
    Ticket reopened = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(tickets.events(pi.getBusinessKey()).stream().filter(e -> e.eventType().equals("onsite-recurred"))
        .findFirst().orElseThrow().detail()).contains("次日上午再次出现服务不可用");

    arrive(pi);
    assertThat(driver.timerJob(pi, RESTORE_SLA).getDuedate().toInstant())
        .as("a new arrival starts a new restore clock").isEqualTo(ProcessDriver.now().plus(2, ChronoUnit.HOURS));
  }

  @Test
  void shouldRecordAndMailTheBreachWhenTheFaultIsNotRestoredWithinTwoHoursOfArrival() {
    ProcessInstance pi = start(newRequest("fault"));
    dispatch(pi);
    arrive(pi);
    driver.complete(pi, ANALYSE, "onsiteAnalysis", "数据库连接池耗尽");

    driver.fireTimer(pi, RESTORE_SLA);

    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_RESTORE_BREACH, NOTIFY_RESTORE_BREACH).isWaitingAt(AGREE_SOLUTION);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("onsite-restore-breached");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(pi.getBusinessKey()).list()).singleElement()
        .satisfies(n -> assertThat(engine.getRuntimeService().getVariable(n.getId(), "recipients")).isEqualTo("team-lead"));
    assertThat(events(pi.getBusinessKey())).contains("onsite-restore-breached");
    assertThat(onsite.latestVisit(pi.getId()).orElseThrow().get("RESTORE_BREACHED_AT")).isNotNull();

    driver.complete(pi, AGREE_SOLUTION, "solution", "扩大连接池并重启应用", "solutionAgreement", "agreed");
    driver.complete(pi, HANDLE, "handlingResult", "已恢复");
    BpmnAwareTests.assertThat(pi).isWaitingAt(SIGN_CONFIRMATION);
  }

  @Test
  void shouldNotCountARestoreBreachForImplementationRequests() {
    ProcessInstance pi = start(newRequest("training"));
    dispatch(pi);
    arrive(pi);

    driver.fireTimer(pi, RESTORE_SLA);

    BpmnAwareTests.assertThat(pi).hasPassed(NO_RESTORE_CLOCK).hasNotPassed(RECORD_RESTORE_BREACH).isWaitingAt(ANALYSE);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).isEmpty();
    assertThat(events(pi.getBusinessKey())).doesNotContain("onsite-restore-breached");
  }

  @Test
  void shouldKeepTheTicketNumberGivenAsBusinessKeyByACallerInsideTheEngine() {
    String incident = existingIncident();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(OnsiteSupportProcess.KEY)
        .businessKey(incident).setVariable("requestType", "fault").setVariable("site", "某县税务局机房").execute();
    assertThat(pi.getBusinessKey()).isEqualTo(incident);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "ticketNumber")).isEqualTo(incident);
  }

  /** The engine wraps what its listeners throw; the cause names the field. */
  static String refusedField(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException e) {
        return e.field();
      }
      if (t instanceof FormFieldValidationException e) {
        return e.getDetail().toString();
      }
    }
    throw new AssertionError("not refused as bad input", thrown);
  }

  static String refusedField(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return refusedField(e);
    }
    throw new AssertionError("accepted");
  }

  @Test
  void shouldRefuseBadStartInputNamingTheField() {
    Map<String, Object> unknown = newRequest("fault");
    unknown.put("ticketNumber", "INC-20991231-9999");
    assertThat(refusedField(() -> start(unknown))).isEqualTo("ticketNumber");
    assertThatThrownBy(() -> start(unknown)).hasMessageContaining("工单 INC-20991231-9999 不存在");

    Map<String, Object> malformed = newRequest("fault");
    malformed.put("ticketNumber", "12345");
    assertThat(refusedField(() -> start(malformed))).isEqualTo("ticketNumber");

    String closed = existingIncident();
    tickets.recordClosure(closed, false, "已结案", "demo-service-desk");
    Map<String, Object> forClosed = newRequest("fault");
    forClosed.put("ticketNumber", closed);
    assertThat(refusedField(() -> start(forClosed))).isEqualTo("ticketNumber");
    assertThatThrownBy(() -> start(forClosed)).hasMessageContaining("已关闭");

    Map<String, Object> noSite = newRequest("fault");
    noSite.remove("site");
    assertThat(refusedField(() -> start(noSite))).isEqualTo("site");

    Map<String, Object> newWithoutSystem = newRequest("patch-upgrade");
    newWithoutSystem.remove("system");
    assertThat(refusedField(() -> start(newWithoutSystem))).isEqualTo("system");

    Map<String, Object> badType = newRequest("repair");
    assertThat(refusedField(() -> start(badType))).isEqualTo("requestType");

    String incident = existingIncident();
    Map<String, Object> mismatch = newRequest("fault");
    mismatch.put("ticketNumber", incident);
    assertThat(refusedField(() -> engine.getRuntimeService().createProcessInstanceByKey(OnsiteSupportProcess.KEY)
        .businessKey(existingIncident()).setVariables(mismatch).execute())).isEqualTo("businessKey");
  }

  @Test
  void shouldRefuseToDispatchSomeoneWhoIsNoEngineerAndTimesThatAreNoTimes() {
    ProcessInstance pi = start(newRequest("fault"));
    String taskId = driver.task(pi, EVALUATE_DISPATCH).getId();
    Map<String, Object> toReporter = new HashMap<>(Map.of("assessment", "派工", "engineer", "demo-reporter",
        "plannedArrival", at(ProcessDriver.now())));
    assertThat(refusedField(() -> engine.getTaskService().complete(taskId, toReporter))).isEqualTo("engineer");
    Map<String, Object> badTime = new HashMap<>(Map.of("assessment", "派工", "engineer", ENGINEER,
        "plannedArrival", "明天上午"));
    assertThat(refusedField(() -> engine.getTaskService().complete(taskId, badTime))).isEqualTo("plannedArrival");
    BpmnAwareTests.assertThat(pi).isWaitingAt(EVALUATE_DISPATCH);

    dispatch(pi);
    String arrival = driver.task(pi, RECORD_ARRIVAL).getId();
    Map<String, Object> future = Map.of("arrivedAt", at(ProcessDriver.now().plus(3, ChronoUnit.HOURS)));
    assertThat(refusedField(() -> engine.getTaskService().complete(arrival, future))).isEqualTo("arrivedAt");
    assertThatThrownBy(() -> engine.getTaskService().complete(arrival, future)).hasMessageContaining("不能晚于当前时间");
    BpmnAwareTests.assertThat(pi).isWaitingAt(RECORD_ARRIVAL);
  }
}
