package com.opsflow.healthcheck;

import static com.opsflow.healthcheck.HealthCheckProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.document.TicketDocuments;
import com.opsflow.healthcheck.HealthCheckProcess.Var;
import com.opsflow.healthcheck.HealthCheckRegister.Item;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.ScheduledOperationsProcessTest;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A-3.2.1.1, B-2.3.10, B-2.2 item 5: scheduled health checks, their checklist, findings, report and overdue flag. */
@ScheduledOperationsProcessTest
class HealthCheckProcessTest {

  static final String EXPERT = "demo-second-line";
  static final String DESK = "demo-service-desk";

  @Autowired
  ProcessEngine engine;
  @Autowired
  HealthCheckRegister register;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  ScheduleDriver ticks;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    ticks = new ScheduleDriver(engine, HealthCheckProcess.KEY);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  /** Every item measured below its threshold. */
  static Map<String, Object> healthy() {
    Map<String, Object> v = new HashMap<>();
    HealthCheckProcess.ITEMS.values().forEach(variable -> v.put(variable, 0));
    v.put("mDbOsCpu", 35);
    v.put("mDbTablespace", 61.5);
    v.put(Var.RUN_STATE, "数据库和中间件运行平稳，业务高峰期响应正常");
    v.put(Var.PROBLEMS, "无");
    v.put(Var.ADVICE, "继续观察归档日志增长");
    return v;
  }

  void plan(ProcessInstance run, String user, String group) {
    ticks.complete(run, PLAN, user, group, Map.of());
  }

  @Test
  void shouldStartEachQuartersSpecialChecksOnceOnTheFirstWorkingDayOfItsSecondMonthAMakeUpSaturdayIncluded() {
    // 2040: 1–4 May (Tuesday to Friday) off for 劳动节, Saturday 5 May worked instead (调休)
    List<LocalDate> holidays = List.of(LocalDate.of(2040, 5, 1), LocalDate.of(2040, 5, 2), LocalDate.of(2040, 5, 3),
        LocalDate.of(2040, 5, 4));
    LocalDate makeUpSaturday = LocalDate.of(2040, 5, 5);
    holidays.forEach(day -> calendar.saveDay(day, DayType.HOLIDAY, "劳动节", "test"));
    calendar.saveDay(makeUpSaturday, DayType.WORKDAY, "劳动节调休", "test");
    try {
      ticks.tick(holidays.get(0).atTime(8, 0));
      ticks.tick(holidays.get(3).atTime(8, 0));
      assertThat(ticks.runsEver(HealthCheckProcess.SPECIAL_DATABASE, "oa", "2040-Q2")).isZero();
      assertThat(ticks.runsEver("daily-basic", "tips", holidays.get(0).toString())).isZero();

      ticks.tick(makeUpSaturday.atTime(8, 0));
      ticks.tickAgain(makeUpSaturday.atTime(9, 0));
      ticks.tick(LocalDate.of(2040, 5, 7).atTime(8, 0));

      for (String system : List.of("tips", "oa", "invoice")) {
        for (String special : List.of(HealthCheckProcess.SPECIAL_APPLICATION, HealthCheckProcess.SPECIAL_DATABASE)) {
          ProcessInstance run = ticks.run(special, system, "2040-Q2");
          assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.DUE_ON))
              .isEqualTo("2040-05-05");
        }
      }
      assertThat(ticks.runs("daily-basic", "tips", makeUpSaturday.toString())).hasSize(1);
      assertThat(ticks.runsEver("daily-basic", "oa", makeUpSaturday.toString())).as("A-3.2.1.1 is the tips contract")
          .isZero();
      ProcessInstance monthly = ticks.run("monthly", "oa", "2040-05");
      assertThat(monthly.getBusinessKey()).matches("HC-20400505-\\d{4}");
      BpmnAwareTests.assertThat(monthly).isWaitingAt(PLAN);
      assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(monthly, PLAN).getId()))
          .anyMatch(l -> "second-line".equals(l.getGroupId()));
    } finally {
      holidays.forEach(calendar::deleteDay);
      calendar.deleteDay(makeUpSaturday);
    }
  }

  @Test
  void shouldOpenAnIncidentAProblemAndAChangeAndSendHostProblemsToTheBureauForFindings() {
    ticks.tick(LocalDateTime.of(2036, 6, 2, 8, 0));
    ProcessInstance run = ticks.run("monthly", "oa", "2036-06");
    plan(run, EXPERT, "second-line");
    Map<String, Object> values = healthy();
    values.put("mDbOsCpu", 95);
    values.put("mDbSlowSql", 25);
    values.put("mDbTablespace", 92);
    values.put("mMwHeap", 90.5);
    values.put(Var.PROBLEMS, "表空间将满，慢 SQL 增多，中间件堆内存偏高，数据库服务器 CPU 持续高位");

    ticks.complete(run, PERFORM, EXPERT, "second-line", values);
    ticks.runAsyncSteps(run);

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(ASSESS, OPEN_FOLLOW_UPS, NOTIFY_HOST, REPORT, CLOSE, END);
    Map<String, Item> items = register.items(run.getBusinessKey()).stream()
        .collect(Collectors.toMap(Item::item, i -> i));
    assertThat(items).hasSize(HealthCheckProcess.ITEMS.size());
    assertThat(items.values().stream().filter(Item::finding)).hasSize(4);
    assertThat(items.get("mw-heap").linkedTicket()).matches("INC-\\d{8}-\\d{4}");
    assertThat(items.get("db-slow-sql").linkedTicket()).matches("PRB-\\d{8}-\\d{4}");
    assertThat(items.get("db-tablespace").linkedTicket()).matches("CHG-\\d{8}-\\d{4}");
    assertThat(items.get("db-os-cpu").linkedTicket()).isEqualTo("bureau-it");
    assertThat(items.get("db-os-cpu").followUp()).isEqualTo("host");
    assertThat(items.get("db-sessions").finding()).isFalse();
    var incident = tickets.find(items.get("mw-heap").linkedTicket()).orElseThrow();
    assertThat(incident.system()).isEqualTo("oa");
    assertThat(incident.description()).contains(run.getBusinessKey(), "中间件 JVM 堆内存使用率", "90.5");
    assertThat(tickets.find(items.get("db-tablespace").linkedTicket()).orElseThrow().summary()).contains("表空间使用率");
    assertThat(driver.notificationTemplates(run.getBusinessKey())).contains("health-check-host-problem");
    assertThat(documents.latest(run.getBusinessKey(), HealthCheckProcess.REPORT_KIND)).get()
        .satisfies(d -> assertThat(d.fileName()).endsWith("健康检查报告.docx"));
    assertThat(register.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
  }

  @Test
  void shouldKeepTheReportAndOpenNothingWhenTheSpecialDatabaseCheckFindsNothing() {
    ticks.tick(LocalDateTime.of(2036, 8, 1, 8, 0));
    ProcessInstance run = ticks.run(HealthCheckProcess.SPECIAL_DATABASE, "tips", "2036-Q3");
    assertThat(engine.getRuntimeService().getVariable(run.getId(), "scopeDbServer")).isEqualTo(true);
    assertThat(engine.getRuntimeService().getVariable(run.getId(), "scopeMwSoftware")).isEqualTo(false);
    plan(run, EXPERT, "second-line");
    Map<String, Object> values = new HashMap<>();
    values.put("mDbOsCpu", 20);
    values.put("mDbOsFilesystem", 40);
    values.put("mDbTablespace", 50);
    values.put("mDbSessions", 30);
    values.put("mDbSlowSql", 2);
    values.put(Var.RUN_STATE, "数据库运行良好");
    values.put(Var.PROBLEMS, "无");
    values.put(Var.ADVICE, "按季度重建碎片较多的索引");

    ticks.complete(run, PERFORM, EXPERT, "second-line", values);
    ticks.runAsyncSteps(run);

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(REPORT, CLOSE).hasNotPassed(OPEN_FOLLOW_UPS, NOTIFY_HOST);
    assertThat(register.items(run.getBusinessKey())).hasSize(5).noneMatch(Item::finding)
        .extracting(Item::scope).containsOnly("db-server", "db-software");
    HealthCheckRegister.Check check = register.find(run.getBusinessKey()).orElseThrow();
    assertThat(check.scope()).contains("数据库服务器", "数据库软件").doesNotContain("中间件软件");
    assertThat(check.method()).contains("巡检");
    assertThat(check.advice()).isEqualTo("按季度重建碎片较多的索引");
    assertThat(documents.latest(run.getBusinessKey(), HealthCheckProcess.REPORT_KIND)).isPresent();
  }

  @Test
  void shouldRefuseAPlanWithoutScopeAndAChecklistWithoutAPlannedItem() {
    ticks.tick(LocalDateTime.of(2036, 9, 8, 8, 0));
    ProcessInstance run = ticks.run("daily-basic", "tips", "2036-09-08");
    Map<String, Object> noScope = new HashMap<>();
    HealthCheckProcess.SCOPES.values().forEach(s -> noScope.put(s.variable(), false));

    assertThatThrownBy(() -> ticks.complete(run, PLAN, DESK, "service-desk", noScope))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("检查范围");
    plan(run, DESK, "service-desk");
    Map<String, Object> missing = healthy();
    missing.remove("mMwThreads");
    assertThatThrownBy(() -> ticks.complete(run, PERFORM, DESK, "service-desk", missing))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("mMwThreads");
    BpmnAwareTests.assertThat(run).isWaitingAt(PERFORM);
  }

  @Test
  void shouldFlagToTheProjectManagerAQuarterThatEndsWithoutItsSpecialCheck() {
    ticks.tick(LocalDateTime.of(2036, 11, 3, 8, 0));
    ProcessInstance run = ticks.run(HealthCheckProcess.SPECIAL_APPLICATION, "invoice", "2036-Q4");

    ticks.fireTimer(run, OVERDUE_TIMER);

    BpmnAwareTests.assertThat(run).hasPassed(FLAG_OVERDUE, NOTIFY_OVERDUE).isWaitingAt(PLAN);
    assertThat(driver.notificationTemplates(run.getBusinessKey())).contains("health-check-overdue");
    assertThat(engine.getRuntimeService().getVariable(run.getId(), Var.OVERDUE_NOTE).toString())
        .contains("2036-Q4", "2036-12-31", "B-2.2 第5项");
    assertThat(register.find(run.getBusinessKey()).orElseThrow().overdueFlaggedAt()).isNotNull();
  }

  @Test
  void shouldNotFlagAPeriodWhoseCheckWasDoneByAnExtraRunByHand() {
    ticks.tick(LocalDateTime.of(2037, 2, 2, 8, 0));
    ProcessInstance scheduled = ticks.run(HealthCheckProcess.SPECIAL_APPLICATION, "oa", "2037-Q1");
    ScheduleDriver.clockAt(LocalDateTime.of(2037, 2, 3, 10, 0));
    ticks.startByHand(EXPERT, "second-line", Map.of(ScheduleVariables.SYSTEM, "oa",
        ScheduleVariables.SCHEDULE, HealthCheckProcess.SPECIAL_APPLICATION));
    ProcessInstance extra = ticks.runs(HealthCheckProcess.SPECIAL_APPLICATION, "oa", "2037-Q1").stream()
        .filter(p -> !p.getId().equals(scheduled.getId())).findFirst().orElseThrow();
    assertThat(engine.getRuntimeService().getVariable(extra.getId(), ScheduleVariables.SCHEDULED)).isEqualTo(false);
    plan(extra, EXPERT, "second-line");
    ticks.complete(extra, PERFORM, EXPERT, "second-line", healthy());

    ticks.fireTimer(scheduled, OVERDUE_TIMER);

    BpmnAwareTests.assertThat(scheduled).hasPassed(FLAG_OVERDUE, "EndEvent_NotOverdue").hasNotPassed(NOTIFY_OVERDUE)
        .isWaitingAt(PLAN);
    assertThat(register.find(scheduled.getBusinessKey()).orElseThrow().overdueFlaggedAt()).isNull();
  }

  @Test
  void shouldRefuseAStartByHandOfACheckTheSystemIsNotScheduledFor() {
    assertThatThrownBy(() -> ticks.startByHand(EXPERT, "second-line", Map.of(ScheduleVariables.SYSTEM, "tips",
        ScheduleVariables.SCHEDULE, "weekly"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("daily-basic");
  }
}
