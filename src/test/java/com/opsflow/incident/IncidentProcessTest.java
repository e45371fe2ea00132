package com.opsflow.incident;

import static com.opsflow.incident.IncidentProcess.Element.*;
import static com.opsflow.support.ProcessDriver.incidentVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.incident.IncidentFollowupProcess.Element;
import com.opsflow.problem.ProblemService;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@OpsFlowProcessTest
class IncidentProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TicketService tickets;
  @Autowired
  ProblemService problems;
  @Autowired
  IncidentDelays delays;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  List<EvaluationEvidenceSource> evidenceSources;
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

  @Test
  void shouldCloseTicketWhenFirstLineResolvesAndReporterConfirms() {
    Map<String, Object> vars = incidentVariables("tips", "individual", "low");
    vars.put("reporterEmail", "liming@example.gov.cn");
    ProcessInstance pi = driver.startIncident(vars);

    assertThat(pi.getBusinessKey()).matches("INC-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(LOOKUP_KNOWLEDGE).hasPassed(REGISTER_TICKET, DETERMINE_PRIORITY,
        START_SLA_CLOCKS, FIND_KNOWLEDGE).hasNotPassed("ServiceTask_NotifyNewTicket", "ServiceTask_NotifyMajor");
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "knowledgeHits")).contains("KB-0001");

    driver.complete(pi, LOOKUP_KNOWLEDGE, "knowledgeArticleUsed", "KB-0001");
    driver.complete(pi, ANALYSE, "analysis", "按知识条目 KB-0001 处理", "firstLineOutcome", "resolved",
        "solution", "清理浏览器缓存并升级打印控件");
    driver.complete(pi, CONFIRM_WITH_REPORTER, "confirmationOutcome", "confirmed");
    BpmnAwareTests.assertThat(pi).isWaitingAt(CLOSE);
    driver.complete(pi, CLOSE, "closureNote", "用户确认已解决", "newKnowledgeCandidate", true);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(NOTIFY_REPORTER, END_CLOSED);
    Ticket ticket = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(ticket.status()).isEqualTo("closed");
    assertThat(ticket.priority()).isEqualTo("P4");
    assertThat(ticket.responseSlaMet()).isTrue();
    assertThat(ticket.resolveSlaMet()).isTrue();
    assertThat(ticket.knowledgeArticleUsed()).isEqualTo("KB-0001");
    assertThat(ticket.solution()).isEqualTo("清理浏览器缓存并升级打印控件");
    assertThat(ticket.newKnowledgeCandidate()).isTrue();
    assertThat(ticket.escalationLevel()).isZero();
    assertThat(ticket.closedAt()).isNotNull();
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("incident-closed");
    // flagged as new knowledge: a knowledge draft carrying the ticket waits to start (asynchronously)
    BpmnAwareTests.assertThat(pi).hasPassed(START_KNOWLEDGE_DRAFT);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("knowledge")
        .variableValueEquals("sourceTicket", pi.getBusinessKey()).variableValueEquals("solution", "清理浏览器缓存并升级打印控件")
        .count()).isEqualTo(1);
  }

  /**
   * B-2.3.1 第 2 步「判断是否为服务范围事件，非受理范围的事件进行退回」: the desk sends the request back with a reason; the
   * ticket closes as returned and is never analysed as an incident; its clocks stop.
   */
  @Test
  void shouldSendARequestOutsideTheServiceScopeBackWithItsReasonAndCloseTheTicket() {
    Map<String, Object> vars = incidentVariables("oa", "individual", "low");
    vars.put("reporterEmail", "liming@example.gov.cn");
    ProcessInstance pi = driver.startIncident(vars);

    driver.complete(pi, LOOKUP_KNOWLEDGE, "intakeOutcome", "return", "returnReason", "个人电脑打印机驱动问题，不属于综合办公系统运维范围");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(IN_SCOPE, RETURNED, RECORD_RETURNED, NOTIFY_RETURNED, END_RETURNED)
        .hasNotPassed(ANALYSE, CLOSE, END_CLOSED);
    Ticket ticket = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(ticket.status()).isEqualTo("closed");
    assertThat(ticket.closedAt()).isNotNull();
    assertThat(ticket.resolvedAt()).isNull();
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> e.eventType().equals("returned"))
        .extracting(TicketEventRecord::detail).containsExactly("个人电脑打印机驱动问题，不属于综合办公系统运维范围");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("incident-returned");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  /**
   * B-2.3.1 第 9–11 步（记录事件解决方案、关闭事件、是否可做新知识）, 涉及岗位「二线技术支持」: an escalated ticket is closed
   * by second line; a ticket the desk resolved stays with the desk.
   */
  @Test
  void shouldLeaveClosingAnEscalatedTicketToSecondLine() {
    ProcessInstance escalated = driver.startIncident(incidentVariables("invoice", "office", "high"));
    driver.complete(escalated, LOOKUP_KNOWLEDGE);
    driver.complete(escalated, ANALYSE, "analysis", "开票接口异常", "firstLineOutcome", "escalate", "escalationReason", "需要日志");
    driver.complete(escalated, Element.HANDLE_ESCALATED, "secondLineAnalysis", "配置错误", "handlingOutcome", "resolved",
        "solution", "修正配置");
    driver.complete(escalated, Element.VERIFY_SOLUTION, "verificationOutcome", "verified");
    driver.complete(escalated, Element.CALL_BACK, "callbackNote", "电话回访");
    driver.complete(escalated, Element.CONFIRM_APPLIED, "satisfactionOutcome", "satisfied");
    assertThat(candidateGroups(escalated, CLOSE)).containsExactly("second-line");

    ProcessInstance deskResolved = driver.startIncident(incidentVariables("oa", "office", "medium"));
    driver.complete(deskResolved, LOOKUP_KNOWLEDGE);
    driver.complete(deskResolved, ANALYSE, "analysis", "a", "firstLineOutcome", "resolved", "solution", "s");
    driver.complete(deskResolved, CONFIRM_WITH_REPORTER, "confirmationOutcome", "confirmed");
    assertThat(candidateGroups(deskResolved, CLOSE)).containsExactly("service-desk");
  }

  private List<String> candidateGroups(ProcessInstance pi, String taskKey) {
    return engine.getTaskService().getIdentityLinksForTask(driver.task(pi, taskKey).getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(l -> l.getGroupId()).toList();
  }

  @Test
  void shouldReturnToAnalysisWhenReporterDoesNotConfirm() {
    ProcessInstance pi = driver.startIncident(incidentVariables("oa", "office", "medium"));
    driver.complete(pi, LOOKUP_KNOWLEDGE);
    driver.complete(pi, ANALYSE, "analysis", "重启服务", "firstLineOutcome", "resolved", "solution", "重启服务");
    driver.complete(pi, CONFIRM_WITH_REPORTER, "confirmationOutcome", "not-confirmed", "confirmationNote", "问题仍在");

    BpmnAwareTests.assertThat(pi).isWaitingAt(ANALYSE);
    driver.complete(pi, ANALYSE, "analysis", "重新推送待办", "firstLineOutcome", "resolved", "solution", "重新推送待办");
    driver.complete(pi, CONFIRM_WITH_REPORTER, "confirmationOutcome", "confirmed");
    driver.complete(pi, CLOSE, "newKnowledgeCandidate", false);

    BpmnAwareTests.assertThat(pi).isEnded().hasNotPassed(NOTIFY_REPORTER);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().solution()).isEqualTo("重新推送待办");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void shouldEscalateToSecondLineWhenFirstLineCannotResolve() {
    ProcessInstance pi = driver.startIncident(incidentVariables("invoice", "office", "high"));
    driver.complete(pi, LOOKUP_KNOWLEDGE);
    driver.complete(pi, ANALYSE, "analysis", "税控设备证书正常，仍无法开票", "firstLineOutcome", "escalate",
        "escalationReason", "需要查看服务端日志");

    BpmnAwareTests.assertThat(pi).hasPassed(ROUTE_ESCALATION, RECORD_ESCALATION, NOTIFY_ESCALATION).isWaitingAt(FOLLOWUP);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "assignGroup")).isEqualTo("second-line");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "notifyGroups")).isEqualTo("second-line,team-lead");
    Ticket escalated = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(escalated.status()).isEqualTo("escalated");
    assertThat(escalated.escalationLevel()).isEqualTo(1);
    assertThat(escalated.handlerGroup()).isEqualTo("second-line");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(Element.HANDLE_ESCALATED)
        .processInstanceBusinessKey(pi.getBusinessKey()).singleResult().getName()).isEqualTo("二线处理转办问题");

    String problem = "PRB-20261123-" + (1000 + (int) (Math.random() * 8999));
    problems.register(problem, null, "program", "invoice", "invoice", "开票服务连接池配置不足", "高峰期连接池耗尽",
        "demo-second-line");
    driver.complete(pi, Element.HANDLE_ESCALATED, "secondLineAnalysis", "开票服务连接池耗尽", "solution", "调整连接池并重启开票服务",
        "problemNumber", problem);
    driver.complete(pi, Element.VERIFY_SOLUTION, "verificationOutcome", "verified");
    driver.complete(pi, Element.CALL_BACK, "callbackNote", "电话回访，用户已按方案操作");
    driver.complete(pi, Element.CONFIRM_APPLIED, "satisfactionOutcome", "satisfied");

    BpmnAwareTests.assertThat(pi).isWaitingAt(CLOSE);
    driver.complete(pi, CLOSE, "newKnowledgeCandidate", true);
    BpmnAwareTests.assertThat(pi).isEnded();
    Ticket closed = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(closed.status()).isEqualTo("closed");
    assertThat(closed.solution()).isEqualTo("调整连接池并重启开票服务");
    assertThat(closed.problemNumber()).isEqualTo(problem);
    assertThat(problems.linkedProblem(pi.getBusinessKey())).contains(problem);
    assertThat(tickets.transferStatus(pi.getBusinessKey())).contains("closed");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactlyInAnyOrder("incident-new-urgent",
        "incident-escalated");
  }

  @Test
  void shouldMarkMajorIncidentAndNotifyTeamLeadAndSecondLineAtOnce() {
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "province", "high"));

    BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_DeclareMajor", "ServiceTask_NotifyMajor")
        .isWaitingAt(LOOKUP_KNOWLEDGE);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "major")).isEqualTo(true);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("major-incident")
        .processInstanceBusinessKey(pi.getBusinessKey()).count()).as("major handling under the same number").isEqualTo(1);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactlyInAnyOrder("incident-major",
        "major-contact-notified");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(pi.getBusinessKey()).list()).anySatisfy(n ->
        assertThat(engine.getRuntimeService().getVariable(n.getId(), "recipients"))
            .as("and whoever is on call in an important period").isEqualTo("team-lead,second-line,on-duty"));
    assertThat(tickets.events(pi.getBusinessKey())).extracting(TicketEventRecord::eventType)
        .contains("major-incident-declared");
  }

  @Test
  void shouldNotifyTeamLeadOfNewP2Ticket() {
    ProcessInstance pi = driver.startIncident(incidentVariables("oa", "city", "medium"));

    BpmnAwareTests.assertThat(pi).hasPassed(NOTIFY_NEW_TICKET).hasNotPassed("ServiceTask_DeclareMajor");
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().priority()).isEqualTo("P2");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("incident-new-urgent");
  }

  @Test
  void shouldRecordResponseBreachAndGoOnWhenDeskDoesNotRespondInTime() {
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "individual", "medium"));

    driver.fireTimer(pi, RESPONSE_SLA);

    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_RESPONSE_BREACH, "ServiceTask_NotifyResponseBreach")
        .isWaitingAt(LOOKUP_KNOWLEDGE);
    Ticket ticket = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(ticket.responseSlaMet()).isFalse();
    assertThat(ticket.responseBreachedAt()).isNotNull();
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("incident-response-breached");

    driver.complete(pi, LOOKUP_KNOWLEDGE);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().responseSlaMet()).as("a late response stays late")
        .isFalse();
    BpmnAwareTests.assertThat(pi).isWaitingAt(ANALYSE);
  }

  /**
   * B-2.4.4.1(2)「对用户无论通过何种方式提出的技术支持请求，必须在24小时内给予响应」 and B-2.2 第 1 项「提供7×24小时电话支持」:
   * an oa request reported on Friday 17:00 is due for a response on Saturday 17:00 — 24 natural hours, not 1440
   * working minutes (which would run into Wednesday).
   */
  @Test
  void shouldDueAnOaResponseTwentyFourNaturalHoursAfterTheReportEvenOverAWeekend() {
    Instant friday = LocalDateTime.of(2026, 11, 20, 17, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    ClockUtil.setCurrentTime(Date.from(friday));
    ProcessInstance pi = driver.startIncident(incidentVariables("oa", "individual", "high"));

    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "responseClock")).isEqualTo("natural");
    assertThat(driver.timerJob(pi, RESPONSE_SLA).getDuedate().toInstant()).isEqualTo(friday.plus(Duration.ofHours(24)));
    ClockUtil.setCurrentTime(Date.from(friday.plus(Duration.ofHours(23))));
    driver.complete(pi, LOOKUP_KNOWLEDGE);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().responseSlaMet()).as("answered on Saturday 16:00").isTrue();
  }

  /** A-3.2.3(1)4)「30分钟内响应，3小时内解决故障」 with 7×24 热线: a tips fault at 17:20 is due at 17:50 and 20:20. */
  @Test
  void shouldCountTipsClocksInNaturalTimeAfterWorkingHours() {
    Instant evening = LocalDateTime.of(2026, 11, 20, 17, 20).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    ClockUtil.setCurrentTime(Date.from(evening));
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "individual", "medium"));

    assertThat(driver.timerJob(pi, RESPONSE_SLA).getDuedate().toInstant()).isEqualTo(evening.plus(Duration.ofMinutes(30)));
    assertThat(driver.timerJob(pi, RESOLVE_SLA).getDuedate().toInstant()).isEqualTo(evening.plus(Duration.ofHours(3)));
    driver.fireTimer(pi, RESPONSE_SLA);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().responseSlaMet()).isFalse();
  }

  /** invoice figures count working time (C 驻场服务时间「工作日8:00-12:00，14:00-18:00」): 15 minutes at 11:50 end at 14:05. */
  @Test
  void shouldCountInvoiceClocksInWorkingTime() {
    Instant beforeLunch = LocalDateTime.of(2026, 11, 20, 11, 50).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    ClockUtil.setCurrentTime(Date.from(beforeLunch));
    ProcessInstance pi = driver.startIncident(incidentVariables("invoice", "city", "high"));

    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "responseClock")).isEqualTo("working");
    assertThat(driver.timerJob(pi, RESPONSE_SLA).getDuedate().toInstant())
        .isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 5).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }

  /**
   * A-3.2.3(1)4)「3小时内解决故障，如无法在短时间内解决，需提交一个处理建议」: when a tips ticket misses its resolution time,
   * the handler submits a written proposal; it stays on the ticket and goes to the reporter by mail.
   */
  @Test
  void shouldAskTheHandlerForAWrittenProposalWhenATipsTicketMissesItsThreeHours() {
    Map<String, Object> vars = incidentVariables("tips", "office", "high");
    vars.put("reporterEmail", "liming@example.gov.cn");
    ProcessInstance pi = driver.startIncident(vars);
    driver.as("demo-service-desk", List.of("service-desk"), () -> driver.complete(pi, LOOKUP_KNOWLEDGE));

    driver.fireTimer(pi, RESOLVE_SLA);

    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_RESOLVE_BREACH, NOTIFY_RESOLVE_BREACH)
        .isWaitingAt(ANALYSE, SUBMIT_HANDLING_PROPOSAL);
    // the handler who worked the incident (the register's handler), not only a group
    assertThat(driver.task(pi, SUBMIT_HANDLING_PROPOSAL).getAssignee()).isEqualTo("demo-service-desk");
    driver.complete(pi, SUBMIT_HANDLING_PROPOSAL, "handlingProposal", "前置机证书过期，已申请新证书，预计明日 10:00 前恢复；其间改用批量扣款");

    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_HANDLING_PROPOSAL, MAIL_HANDLING_PROPOSAL).isWaitingAt(ANALYSE);
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> e.eventType().equals("handling-proposal"))
        .extracting(TicketEventRecord::detail).containsExactly("前置机证书过期，已申请新证书，预计明日 10:00 前恢复；其间改用批量扣款");
    assertThat(driver.notificationTemplates(pi.getBusinessKey()))
        .contains("incident-resolve-breached", "incident-handling-proposal");
  }

  /**
   * B-2.3.13(4)「要给出延期处理的合理理由，在征得用户许可的情况下，继续处理工单」: the delay the user agreed to moves the
   * resolution timer and due date; resolved after the original 3 hours but before the agreed time, the ticket met its
   * time and the evaluation sees no fault-slow, only the agreement.
   */
  @Test
  void shouldCountTheResolutionAgainstTheTimeTheUserAgreedTo() {
    Instant reported = LocalDateTime.of(2026, 11, 17, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    ClockUtil.setCurrentTime(Date.from(reported));
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "individual", "medium"));
    driver.complete(pi, LOOKUP_KNOWLEDGE);
    // issue 16: the analysis task shows the resolution deadline as its due date (tips: 3 natural hours)
    assertThat(driver.task(pi, ANALYSE).getDueDate().toInstant()).isEqualTo(reported.plus(Duration.ofHours(3)));
    jdbc.update("UPDATE ticket SET handler = 'demo-second-line' WHERE ticket_number = ?", pi.getBusinessKey());
    ClockUtil.setCurrentTime(Date.from(reported.plus(Duration.ofHours(2))));

    delays.agree(pi.getBusinessKey(), "demo-second-line", Map.of("reason", "需厂商提供补丁", "consentedBy", "李明",
        "agreedResolveAt", "2026-11-17T18:00+08:00"));

    Instant agreed = reported.plus(Duration.ofHours(9));
    assertThat(driver.timerJob(pi, RESOLVE_SLA).getDuedate().toInstant()).isEqualTo(agreed);
    assertThat(driver.task(pi, ANALYSE).getDueDate().toInstant()).as("the task's due date moves too").isEqualTo(agreed);
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> e.eventType().equals("delay-agreed")).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("demo-second-line");
          assertThat(e.detail()).contains("李明", "2026-11-17T18:00", "需厂商提供补丁");
        });
    ClockUtil.setCurrentTime(Date.from(reported.plus(Duration.ofHours(5))));
    driver.complete(pi, ANALYSE, "analysis", "补丁已到", "firstLineOutcome", "resolved", "solution", "安装补丁");
    driver.complete(pi, CONFIRM_WITH_REPORTER, "confirmationOutcome", "confirmed");

    Ticket ticket = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(ticket.resolveSlaMet()).isTrue();
    assertThat(ticket.resolveBreachedAt()).isNull();
    List<EvaluationEvidence> evidence = evidenceSources.stream()
        .flatMap(source -> source.evidenceFor("demo-second-line", "tips", LocalDate.of(2026, 11, 17),
            LocalDate.of(2026, 11, 18)).stream()).toList();
    assertThat(evidence).noneMatch(line -> "fault-slow".equals(line.item()) && line.references().contains(pi.getBusinessKey()));
    assertThat(evidence).anyMatch(line -> line.references().contains(pi.getBusinessKey())
        && line.explanation().contains("同意延期"));
  }

  /** B-2.3.13(4): the delay is agreed before the time runs out — after the breach it is refused. */
  @Test
  void shouldRefuseADelayAfterTheResolutionTimeRanOut() {
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "individual", "medium"));
    driver.fireTimer(pi, RESOLVE_SLA);

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> delays.agree(pi.getBusinessKey(), "demo-second-line",
        Map.of("reason", "r", "consentedBy", "李明", "agreedResolveAt", "2099-01-01T08:00+08:00"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("missed its resolution time");
  }

  /**
   * B-2.3.13(4)「处理工单的运维高级技术工程师要给出延期处理的合理理由，在征得用户许可的情况下，继续处理工单」: the handler
   * records the delay in Tasklist (start form 登记延期) — reason, who consented and when, the agreed time — and it lands
   * on the ticket through the same service as the REST endpoint, moving the resolution clock.
   */
  @Test
  void shouldRecordADelayFromTasklistOnTheTicketAndMoveTheResolutionClock() {
    Instant reported = LocalDateTime.of(2026, 11, 17, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    ClockUtil.setCurrentTime(Date.from(reported));
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "individual", "medium"));
    driver.complete(pi, LOOKUP_KNOWLEDGE);
    ClockUtil.setCurrentTime(Date.from(reported.plus(Duration.ofHours(2))));

    ProcessInstance delay = driver.as("demo-second-line", List.of("second-line"), () ->
        engine.getRuntimeService().startProcessInstanceByKey(IncidentDelayProcess.KEY, Map.of(
        "ticketNumber", pi.getBusinessKey(), "reason", "需厂商提供补丁\n补丁预计 17:00 到", "consentedBy", "李明（南宁市局）",
        "consentedAt", "2026-11-17T10:45+08:00", "agreedResolveAt", "2026-11-17T18:00+08:00")));

    assertThat(delay.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    BpmnAwareTests.assertThat(delay).isEnded();
    assertThat(driver.timerJob(pi, RESOLVE_SLA).getDuedate().toInstant()).isEqualTo(reported.plus(Duration.ofHours(9)));
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().resolveDueAt()).isEqualTo(LocalDateTime.of(2026, 11, 17, 18, 0));
    assertThat(jdbc.query("SELECT consented_by, consented_at, recorded_by FROM ticket_delay WHERE ticket_number = ?",
        (rs, i) -> List.of(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toString(), rs.getString(3)),
        pi.getBusinessKey())).containsExactly(List.of("李明（南宁市局）", "2026-11-17T10:45", "demo-second-line"));
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> e.eventType().equals("delay-agreed")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("李明（南宁市局）", "2026-11-17T10:45", "2026-11-17T18:00"));
  }

  /** B-2.3.13(4): a delay for a ticket whose time already ran out is refused in Tasklist too — and nothing is started. */
  @Test
  void shouldRefuseATasklistDelayAfterTheResolutionTimeRanOutAndStartNothing() {
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "individual", "medium"));
    driver.fireTimer(pi, RESOLVE_SLA);

    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> engine.getRuntimeService()
        .startProcessInstanceByKey(IncidentDelayProcess.KEY, Map.of("ticketNumber", pi.getBusinessKey(), "reason", "r",
            "consentedBy", "李明", "agreedResolveAt", "2099-01-01T08:00+08:00")));

    assertThat(refused).hasRootCauseInstanceOf(com.opsflow.intake.InvalidInputException.class)
        .hasMessageContaining("missed its resolution time");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(IncidentDelayProcess.KEY)
        .processInstanceBusinessKey(pi.getBusinessKey()).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket_delay WHERE ticket_number = ?", Integer.class,
        pi.getBusinessKey())).isZero();
  }

  /** The REST endpoint and the Tasklist form share one service, and that service takes no engine type (STYLE 10). */
  @Test
  void shouldRecordDelaysThroughOneEngineFreeService() {
    assertThat(java.util.Arrays.stream(IncidentDelays.class.getDeclaredConstructors())
        .flatMap(c -> java.util.Arrays.stream(c.getParameterTypes())).map(Class::getName))
        .noneMatch(name -> name.startsWith("org.camunda"));
    assertThat(java.util.Arrays.stream(IncidentDelayController.class.getDeclaredFields()).map(java.lang.reflect.Field::getType))
        .contains(IncidentDelays.class);
    assertThat(java.util.Arrays.stream(IncidentDelayIntake.class.getDeclaredFields()).map(java.lang.reflect.Field::getType))
        .contains(IncidentDelays.class);
  }

  @Test
  void shouldRecordResolveBreachAndNotifyTeamLeadWhileHandlingGoesOn() {
    ProcessInstance pi = driver.startIncident(incidentVariables("oa", "individual", "high"));
    driver.complete(pi, LOOKUP_KNOWLEDGE);

    driver.fireTimer(pi, RESOLVE_SLA);

    BpmnAwareTests.assertThat(pi).hasPassed("BusinessRuleTask_RouteBreach", RECORD_RESOLVE_BREACH, NOTIFY_RESOLVE_BREACH)
        .isWaitingAt(ANALYSE).hasNotPassed(SUBMIT_HANDLING_PROPOSAL);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "breachNotifyGroups")).isEqualTo("second-line,team-lead");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("incident-resolve-breached");
    driver.complete(pi, ANALYSE, "analysis", "a", "firstLineOutcome", "resolved", "solution", "s");
    driver.complete(pi, CONFIRM_WITH_REPORTER, "confirmationOutcome", "confirmed");
    Ticket ticket = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(ticket.resolveSlaMet()).isFalse();
    assertThat(ticket.resolvedAt()).isNotNull();
  }

  @Test
  void shouldKeepAnEscalatedIncidentWaitingForItsProblemAndCloseItAfterTheProblemIsResolved() {
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "city", "medium"));
    driver.complete(pi, LOOKUP_KNOWLEDGE);
    driver.complete(pi, ANALYSE, "analysis", "批量扣款回执超时", "firstLineOutcome", "escalate", "escalationReason", "程序问题");
    String problem = "PRB-20261123-" + (1000 + (int) (Math.random() * 8999));
    problems.register(problem, null, "program", "tips", "tips", "批量扣款回执超时", "月末高峰回执处理超时", "demo-second-line");
    driver.complete(pi, Element.HANDLE_ESCALATED, "secondLineAnalysis", "程序缺陷，已登记问题单", "handlingOutcome",
        "await-problem", "problemNumber", problem);
    BpmnAwareTests.assertThat(pi).isWaitingAt(FOLLOWUP);

    // what the problem process does when the problem is resolved (ProblemProcessTest, ProblemIncidentLinkTest)
    engine.getRuntimeService().createMessageCorrelation("ProblemResolved").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("solution", "关联问题单 " + problem + " 已解决：升级补丁 7").correlate();
    driver.complete(pi, Element.VERIFY_SOLUTION, "verificationOutcome", "verified");
    driver.complete(pi, Element.CALL_BACK, "callbackNote", "电话回访");
    driver.complete(pi, Element.CONFIRM_APPLIED, "satisfactionOutcome", "satisfied");
    driver.complete(pi, CLOSE, "newKnowledgeCandidate", false);

    BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().solution()).contains(problem, "升级补丁 7");
  }
}
