package com.opsflow.quality;

import static com.opsflow.quality.CallTickets.clockAt;
import static com.opsflow.quality.QualityInspectionProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.quality.QualityInspectionProcess.Var;
import com.opsflow.quality.QualityInspectionRegister.Inspection;
import com.opsflow.quality.QualityInspectionRegister.WeekFlag;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

@OpsFlowProcessTest
class QualityInspectionProcessTest {

  static final String ENGINEER = "demo-service-desk";
  static final String OTHER_ENGINEER = "demo-second-line";
  static final String INSPECTOR = "demo-quality";
  /** A Monday; each test inspects a week of its own so the registers never mix. */
  static final LocalDate BASE = LocalDate.of(2032, 3, 1);

  @Autowired
  ProcessEngine engine;
  @Autowired
  QualityInspectionRegister register;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketNumbers numbers;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  QualityInspectionEvidence evidence;
  CallTickets calls;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
    calls = new CallTickets(tickets, numbers, transactions);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  /** The inspection of one engineer's week, as the dispatch requests it. */
  ProcessInstance startAs(String user, String group, String engineer, LocalDate weekOf) {
    return driver.startByMessageAs(QualityInspectionProcess.MESSAGE, user, group,
        Map.of(Var.ENGINEER, engineer, Var.WEEK_OF, weekOf.toString()));
  }

  /** A start from Tasklist (form quality-start): returns the ids of the inspections it dispatched. */
  List<String> startByHand(String user, String group, Map<String, Object> variables) {
    ProcessInstance dispatcher = driver.as(user, List.of(group),
        () -> engine.getRuntimeService().startProcessInstanceByKey(QualityInspectionProcess.KEY, variables));
    BpmnAwareTests.assertThat(dispatcher).isEnded().hasPassed(DISPATCH, DISPATCHED);
    return dispatched(dispatcher.getId());
  }

  List<String> dispatched(String dispatcherId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(QualityInspectionProcess.KEY).variableValueEquals(Var.DISPATCHED_BY, dispatcherId).list()
        .stream().map(p -> p.getId()).toList();
  }

  Object variable(String instanceId, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(name).singleResult().getValue();
  }

  List<Task> inspections(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(INSPECT)
        .orderByTaskId().asc().list();
  }

  String ticketOf(Task task) {
    return (String) engine.getTaskService().getVariable(task.getId(), Var.INSPECTED_TICKET);
  }

  void score(Task task, String user, int attitude, int skill, int technical, int record, String feedback) {
    scoreOnly(task, user, attitude, skill, technical, record, feedback);
    runAsyncSteps(task.getProcessInstanceId());
  }

  /** Completes the scoring; the rating and recording wait behind their asynchronous boundary. */
  void scoreOnly(Task task, String user, int attitude, int skill, int technical, int record, String feedback) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.ATTITUDE, attitude);
    v.put(Var.SKILL, skill);
    v.put(Var.TECHNICAL, technical);
    v.put(Var.RECORD, record);
    v.put(Var.FEEDBACK, feedback);
    engine.getTaskService().claim(task.getId(), user);
    driver.as(user, List.of("quality"), () -> engine.getTaskService().complete(task.getId(), v));
  }

  /** The steps after an asynchronous boundary, as the job executor would run them. */
  void runAsyncSteps(String processInstanceId) {
    engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).messages().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  @Test
  void shouldSampleTwoOfTheEngineersHotlineCallsOfTheWeekAndRecordTheScoresAndFeedback() {
    LocalDate week = BASE;
    List<String> hotline = List.of(calls.hotline(ENGINEER, week.atTime(9, 0)), calls.hotline(ENGINEER, week.atTime(10, 0)),
        calls.hotline(ENGINEER, week.plusDays(2).atTime(15, 0)), calls.hotline(ENGINEER, week.plusDays(6).atTime(20, 0)));
    String wechat = calls.call(ENGINEER, "oa", "wechat", week.plusDays(1).atTime(9, 0));
    String colleagues = calls.hotline(OTHER_ENGINEER, week.plusDays(1).atTime(11, 0));
    String lastWeek = calls.hotline(ENGINEER, week.minusDays(1).atTime(16, 0));
    String nextWeek = calls.hotline(ENGINEER, week.plusDays(7).atTime(9, 0));
    clockAt(week.plusDays(4).atTime(14, 0));

    ProcessInstance pi = startAs(INSPECTOR, "quality", ENGINEER, week.plusDays(2));

    assertThat(pi.getBusinessKey()).matches("QI-20320305-\\d{4}");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), Var.WEEK_START)).isEqualTo(week.toString());
    assertThat(register.hotlineCalls(ENGINEER, week)).containsExactlyInAnyOrderElementsOf(hotline)
        .doesNotContain(wechat, colleagues, lastWeek, nextWeek);
    List<Task> tasks = inspections(pi);
    assertThat(tasks).hasSize(2);
    List<String> sampled = tasks.stream().map(this::ticketOf).toList();
    assertThat(sampled).doesNotHaveDuplicates().allMatch(hotline::contains);
    assertThat(candidateGroups(tasks.get(0))).containsExactly("quality");
    assertThat((String) engine.getTaskService().getVariable(tasks.get(0).getId(), Var.CALL_SUMMARY))
        .contains(sampled.get(0), "公文流转卡在待办");
    assertThat(register.inspections(ENGINEER, null, week, week.plusDays(7))).extracting(Inspection::status)
        .containsOnly(QualityInspectionRegister.PENDING);

    scoreOnly(tasks.get(0), INSPECTOR, 50, 80, 85, 90, "语气生硬，未安抚用户，需改进服务用语");
    scoreOnly(tasks.get(1), INSPECTOR, 95, 90, 88, 92, "规范");
    BpmnAwareTests.assertThat(pi).as("both scorings kept, each call's own").isWaitingAt(RATE);
    runAsyncSteps(pi.getId());

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RATE, RECORD, SEND_FEEDBACK, CHECK_WEEK, WEEK_INSPECTED)
        .hasNotPassed(RECORD_SHORTFALL);
    List<Inspection> done = register.inspections(ENGINEER, "oa", week, week.plusDays(7));
    assertThat(done).hasSize(2).allMatch(i -> QualityInspectionRegister.DONE.equals(i.status()))
        .allMatch(i -> INSPECTOR.equals(i.inspector()) && i.inspectedAt() != null);
    Inspection poor = done.stream().filter(i -> i.ticketNumber().equals(sampled.get(0))).findFirst().orElseThrow();
    assertThat(poor.attitudeScore()).isEqualTo(50);
    assertThat(poor.result()).isEqualTo(QualityInspectionProcess.FAIL);
    assertThat(poor.evaluationItem()).isEqualTo("poor-attitude");
    assertThat(poor.feedback()).contains("服务用语");
    Inspection good = done.stream().filter(i -> i.ticketNumber().equals(sampled.get(1))).findFirst().orElseThrow();
    assertThat(good.result()).isEqualTo(QualityInspectionProcess.PASS);
    assertThat(good.evaluationItem()).isNull();
    assertThat(tickets.events(sampled.get(0))).anyMatch(e -> QualityInspectionProcess.TICKET_EVENT.equals(e.eventType())
        && INSPECTOR.equals(e.actor()) && e.detail().contains("服务态度 50"));
    assertThat(driver.notificationTemplates(pi.getBusinessKey()))
        .containsExactly(QualityInspectionProcess.Mail.FEEDBACK, QualityInspectionProcess.Mail.FEEDBACK);
    assertThat(register.flags(ENGINEER, week, week.plusDays(7))).isEmpty();

    List<EvaluationEvidence> lines = evidence.evidenceFor(ENGINEER, "oa", week, week.plusDays(7));
    assertThat(lines).filteredOn(EvaluationEvidence::scored).singleElement().satisfies(l -> {
      assertThat(l.item()).isEqualTo("poor-attitude");
      assertThat(l.count()).isEqualTo(1);
      assertThat(l.references()).containsExactly(sampled.get(0));
    });
    assertThat(lines).filteredOn(l -> !l.scored()).singleElement().satisfies(l -> {
      assertThat(l.explanation()).contains("质检 2 次", "服务态度 72.5", "不合格 1 次");
      assertThat(l.references()).containsExactlyInAnyOrderElementsOf(sampled);
    });
    assertThat(evidence.evidenceFor(ENGINEER, "tips", week, week.plusDays(7))).as("calls of another system").isEmpty();
  }

  @Test
  void shouldSampleCallsNotInspectedBeforeWhenTheWeekIsInspectedAgain() {
    LocalDate week = BASE.plusWeeks(1);
    List<String> hotline = List.of(calls.hotline(ENGINEER, week.atTime(9, 0)), calls.hotline(ENGINEER, week.atTime(9, 30)),
        calls.hotline(ENGINEER, week.atTime(10, 0)));
    clockAt(week.plusDays(4).atTime(15, 0));
    ProcessInstance first = startAs(INSPECTOR, "quality", ENGINEER, week);
    List<String> firstSample = inspections(first).stream().map(this::ticketOf).toList();

    ProcessInstance second = startAs(INSPECTOR, "quality", ENGINEER, week);

    assertThat(inspections(second)).singleElement().extracting(this::ticketOf)
        .isIn(hotline).isNotIn(firstSample);
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "test done");
    engine.getRuntimeService().deleteProcessInstance(second.getId(), "test done");
  }

  @Test
  void shouldFlagAWeekWithFewerThanTwoHotlineCallsAndTellTheTeamLeadAndTheInspectors() {
    LocalDate week = BASE.plusWeeks(2);
    String only = calls.hotline(ENGINEER, week.plusDays(1).atTime(9, 0));
    clockAt(week.plusDays(4).atTime(14, 0));

    ProcessInstance pi = startAs(INSPECTOR, "quality", ENGINEER, week);
    assertThat(inspections(pi)).singleElement().extracting(this::ticketOf).isEqualTo(only);
    score(inspections(pi).get(0), INSPECTOR, 90, 90, 90, 90, "良好");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_SHORTFALL, NOTIFY_SHORTFALL, WEEK_FLAGGED);
    assertThat(register.flags(ENGINEER, week, week.plusDays(7))).singleElement().satisfies(f -> {
      assertThat(f.hotlineCalls()).isEqualTo(1);
      assertThat(f.inspectionsDone()).isEqualTo(1);
      assertThat(f.requiredCount()).isEqualTo(2);
      assertThat(f.reason()).contains("只有 1 通");
      assertThat(f.runNumber()).isEqualTo(pi.getBusinessKey());
    });
    assertThat(driver.notificationTemplates(pi.getBusinessKey()))
        .containsExactlyInAnyOrder(QualityInspectionProcess.Mail.FEEDBACK, QualityInspectionProcess.Mail.SHORTFALL);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(pi.getBusinessKey()).variableValueEquals("recipients", "team-lead,quality").count())
        .isEqualTo(1);
    assertThat(evidence.evidenceFor(ENGINEER, "oa", week, week.plusDays(7))).filteredOn(l -> !l.scored())
        .anyMatch(l -> l.explanation().contains("质检不足的周 1 个") && l.references().contains(pi.getBusinessKey()));
  }

  @Test
  void shouldFlagAWeekWithoutHotlineCallsAtOnce() {
    LocalDate week = BASE.plusWeeks(3);
    calls.call(ENGINEER, "oa", "mail", week.atTime(9, 0));
    clockAt(week.plusDays(4).atTime(14, 0));

    ProcessInstance pi = startAs(INSPECTOR, "quality", ENGINEER, week);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ANY_SAMPLED, CHECK_WEEK, WEEK_FLAGGED).hasNotPassed(INSPECT);
    WeekFlag flag = register.flags(ENGINEER, week, week.plusDays(7)).get(0);
    assertThat(flag.hotlineCalls()).isZero();
    assertThat(flag.inspectionsDone()).isZero();
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly(QualityInspectionProcess.Mail.SHORTFALL);
  }

  @Test
  void shouldStopOpenInspectionsAtTheDeadlineAndFlagTheWeek() {
    LocalDate week = BASE.plusWeeks(4);
    calls.hotline(ENGINEER, week.atTime(9, 0));
    calls.hotline(ENGINEER, week.plusDays(1).atTime(9, 0));
    calls.hotline(ENGINEER, week.plusDays(2).atTime(9, 0));
    clockAt(week.plusDays(4).atTime(14, 0));
    ProcessInstance pi = startAs(INSPECTOR, "quality", ENGINEER, week);
    List<Task> tasks = inspections(pi);
    score(tasks.get(0), INSPECTOR, 80, 80, 80, 80, "可以");
    Job deadline = driver.timerJob(pi, DEADLINE);
    assertThat(deadline.getDuedate()).as("Monday noon after the week")
        .isEqualTo(Date.from(week.plusDays(7).atTime(12, 0).atZone(CallTickets.SHANGHAI).toInstant()));

    driver.fireTimer(pi, DEADLINE);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(CHECK_WEEK, RECORD_SHORTFALL, WEEK_FLAGGED);
    assertThat(register.inspections(ENGINEER, null, week, week.plusDays(7))).extracting(Inspection::status)
        .containsExactlyInAnyOrder(QualityInspectionRegister.DONE, QualityInspectionRegister.MISSED);
    assertThat(register.flags(ENGINEER, week, week.plusDays(7))).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("未在期限内完成"));
  }

  /** Fires the start timer with the engine clock at {@code shanghai}; the instances it dispatched. */
  List<String> fireStartTimerAt(LocalDateTime shanghai) {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(QualityInspectionProcess.KEY)
        .activityId(WEEKLY_START).timers().singleResult();
    clockAt(shanghai);
    engine.getManagementService().executeJob(timer.getId());
    String dispatcher = engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(DISPATCHED)
        .orderByHistoricActivityInstanceStartTime().desc().list().get(0).getProcessInstanceId();
    Job next = engine.getManagementService().createJobQuery().processDefinitionKey(QualityInspectionProcess.KEY)
        .activityId(WEEKLY_START).timers().singleResult();
    assertThat(next).as("the timer keeps running").isNotNull();
    return dispatched(dispatcher);
  }

  void deleteRunning(List<String> instances) {
    instances.stream().filter(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test done"));
  }

  @Test
  void shouldStartOneInspectionPerResidentEngineerOnTheWeeksLastWorkingDayAfternoon() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(QualityInspectionProcess.KEY)
        .activityId(WEEKLY_START).timers().singleResult();
    assertThat(timer).isNotNull();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getHour()).as("afternoon, server time zone").isEqualTo(14);
    LocalDate monday = LocalDate.of(2033, 3, 7);

    assertThat(fireStartTimerAt(monday.plusDays(3).atTime(14, 0))).as("a Thursday before a working Friday").isEmpty();
    List<String> started = fireStartTimerAt(monday.plusDays(4).atTime(14, 0));

    assertThat(started).extracting(id -> variable(id, Var.ENGINEER)).containsExactlyInAnyOrder(ENGINEER, OTHER_ENGINEER);
    assertThat(started).extracting(id -> variable(id, Var.WEEK_START)).containsOnly(monday.toString());
    deleteRunning(started);
  }

  @Test
  void shouldStartTheInspectionsOnThursdayWhenFridayIsAHoliday() {
    LocalDate monday = LocalDate.of(2033, 3, 14);
    LocalDate friday = monday.plusDays(4);
    calendar.saveDay(friday, DayType.HOLIDAY, "测试假日", "test");
    try {
      List<String> started = fireStartTimerAt(monday.plusDays(3).atTime(14, 0));

      assertThat(started).hasSize(2);
      assertThat(started).extracting(id -> variable(id, Var.WEEK_START)).containsOnly(monday.toString());
      assertThat(fireStartTimerAt(friday.atTime(14, 0))).as("nothing on the holiday").isEmpty();
      deleteRunning(started);
    } finally {
      calendar.deleteDay(friday);
    }
  }

  @Test
  void shouldLetAnInspectorStartTheInspectionOfOneEngineersWeekFromTasklist() {
    LocalDate week = BASE.plusWeeks(8);
    calls.hotline(OTHER_ENGINEER, week.atTime(9, 0));
    calls.hotline(OTHER_ENGINEER, week.atTime(10, 0));
    clockAt(week.plusDays(9).atTime(10, 0));

    List<String> started = startByHand(INSPECTOR, "quality", Map.of(Var.ENGINEER, OTHER_ENGINEER,
        Var.WEEK_OF, week.plusDays(3).toString()));

    assertThat(started).singleElement().satisfies(id -> {
      assertThat(variable(id, Var.ENGINEER)).isEqualTo(OTHER_ENGINEER);
      assertThat(variable(id, Var.WEEK_START)).isEqualTo(week.toString());
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(INSPECT).count())
          .isEqualTo(2);
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(id).activityId(DEADLINE)
          .singleResult().getDuedate()).as("a past week gets the deadline from now")
          .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofHours(12))));
      engine.getRuntimeService().deleteProcessInstance(id, "test done");
    });
    assertThatThrownBy(() -> startByHand(INSPECTOR, "quality", Map.of(Var.ENGINEER, "demo-vendor",
        Var.WEEK_OF, week.toString()))).hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("engineer");
  }

  @Test
  void shouldNeverLetAnEngineerScoreTheirOwnCallsAndRefuseScoresOutsideZeroToHundred() {
    LocalDate week = BASE.plusWeeks(5);
    calls.hotline(ENGINEER, week.atTime(9, 0));
    calls.hotline(ENGINEER, week.atTime(11, 0));
    clockAt(week.plusDays(4).atTime(14, 0));
    ProcessInstance pi = startAs(INSPECTOR, "quality", ENGINEER, week);
    Task task = inspections(pi).get(0);

    assertThatThrownBy(() -> score(task, ENGINEER, 100, 100, 100, 100, "自评"))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining("不能质检自己的录音");
    engine.getTaskService().setAssignee(task.getId(), null);
    assertThatThrownBy(() -> score(task, INSPECTOR, 101, 80, 80, 80, "超出"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("attitudeScore");
    engine.getTaskService().setAssignee(task.getId(), null);
    assertThatThrownBy(() -> score(task, INSPECTOR, 80, -1, 80, 80, "负分"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("skillScore");
    assertThat(inspections(pi)).hasSize(2);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseAStartForSomeoneWhoIsNoResidentEngineerOrForAFutureWeek() {
    clockAt(BASE.plusWeeks(6).atTime(9, 0));
    assertThatThrownBy(() -> startAs(INSPECTOR, "quality", "demo-vendor", BASE))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("engineer");
    assertThatThrownBy(() -> startAs(INSPECTOR, "quality", ENGINEER, BASE.plusWeeks(7)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("weekOf");
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey(QualityInspectionProcess.KEY)
        .setVariable(Var.ENGINEER, ENGINEER).setVariable(Var.WEEK_OF, "下周").execute())
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("yyyy-MM-dd");
    assertThatThrownBy(() -> startAs("demo-vendor", "vendor", ENGINEER, BASE))
        .as("only inspectors start inspections").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }
}
