package com.opsflow.backup;

import static com.opsflow.backup.BackupProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.backup.BackupProcess.Var;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.document.TicketDocuments;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.schedule.ScheduledStartRegister;
import com.opsflow.support.ScheduledOperationsProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** B-2.2 item 8 ★: the daily backup check, its missed or failed days, the monthly audit with its restore test. */
@ScheduledOperationsProcessTest
class BackupProcessTest {

  static final String DESK = "demo-service-desk";
  static final String EXPERT = "demo-second-line";

  @Autowired
  ProcessEngine engine;
  @Autowired
  BackupRegister register;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  @Autowired
  ScheduledStartRegister starts;
  ScheduleDriver ticks;

  @BeforeEach
  void setUp() {
    init(engine);
    ticks = new ScheduleDriver(engine, BackupProcess.KEY);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> passed() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.BACKUP_DONE, true);
    v.put(Var.SIZE_MB, 2048.5);
    v.put(Var.VERIFICATION, "passed");
    v.put(Var.LOCATION, "备份服务器 /backup/oa");
    return v;
  }

  ProcessInstance dailyRun(LocalDate day) {
    ticks.tick(day.atTime(8, 0));
    return ticks.run(BackupProcess.DAILY_CHECK, "oa", day.toString());
  }

  void check(ProcessInstance run, Map<String, Object> values) {
    ticks.complete(run, CHECK, DESK, "service-desk", values);
    ticks.runAsyncSteps(run);
  }

  @Test
  void shouldStartOneDailyCheckPerSystemOnAWorkingDayAndNoSecondWhenTheTickFiresAgain() {
    LocalDate tuesday = LocalDate.of(2035, 3, 6);

    ticks.tick(tuesday.atTime(8, 0));
    ticks.tickAgain(tuesday.atTime(8, 0, 5));
    ticks.tickAgain(tuesday.atTime(15, 0));

    for (String system : List.of("tips", "oa", "invoice")) {
      assertThat(ticks.runs(BackupProcess.DAILY_CHECK, system, tuesday.toString())).as(system).hasSize(1);
    }
    ProcessInstance run = ticks.run(BackupProcess.DAILY_CHECK, "oa", tuesday.toString());
    assertThat(run.getBusinessKey()).matches("BAK-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(run).isWaitingAt(CHECK);
    assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(run, CHECK).getId()))
        .anyMatch(l -> "service-desk".equals(l.getGroupId()));
    assertThat(starts.find(BackupProcess.KEY, BackupProcess.DAILY_CHECK, "oa", tuesday.toString()).orElseThrow()
        .ticketNumber()).isEqualTo(run.getBusinessKey());
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().summary()).contains("每日备份检查", "2035-03-06");
  }

  @Test
  void shouldStartEachPeriodOnceWhenTwoNodesTickAtTheSameMoment() throws Exception {
    LocalDate day = LocalDate.of(2035, 12, 11);
    ScheduleDriver.clockAt(day.atTime(8, 0));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> ticksAtOnce = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        ticksAtOnce.add(nodes.submit(() -> {
          go.await();
          engine.getRuntimeService().createProcessInstanceByKey(BackupProcess.KEY).startBeforeActivity(START_DUE)
              .execute();
          return null;
        }));
      }
      go.countDown();
      int failed = 0;
      for (Future<?> tick : ticksAtOnce) {
        try {
          tick.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          failed++; // the later transaction met the period's key and rolled back whole, as a retried job would
        }
      }
      assertThat(failed).isLessThanOrEqualTo(1);
    } finally {
      nodes.shutdownNow();
    }

    for (String system : List.of("tips", "oa", "invoice")) {
      assertThat(ticks.runs(BackupProcess.DAILY_CHECK, system, day.toString())).as(system).hasSize(1);
    }
  }

  @Test
  void shouldSkipAHolidayAndCheckOnAMakeUpSaturdayButNotOnAnOrdinarySunday() {
    LocalDate qingming = LocalDate.of(2035, 4, 5);
    LocalDate makeUpSaturday = LocalDate.of(2035, 4, 7);
    LocalDate sunday = LocalDate.of(2035, 4, 8);
    calendar.saveDay(qingming, DayType.HOLIDAY, "清明节", "test");
    calendar.saveDay(makeUpSaturday, DayType.WORKDAY, "清明节调休", "test");
    try {
      ticks.tick(qingming.atTime(8, 0));
      ticks.tick(qingming.plusDays(1).atTime(8, 0));
      ticks.tick(makeUpSaturday.atTime(8, 0));
      ticks.tick(sunday.atTime(8, 0));

      assertThat(ticks.runsEver(BackupProcess.DAILY_CHECK, "oa", qingming.toString())).isZero();
      assertThat(ticks.runs(BackupProcess.DAILY_CHECK, "oa", qingming.plusDays(1).toString())).hasSize(1);
      assertThat(ticks.runs(BackupProcess.DAILY_CHECK, "oa", makeUpSaturday.toString())).hasSize(1);
      assertThat(ticks.runsEver(BackupProcess.DAILY_CHECK, "oa", sunday.toString())).isZero();
    } finally {
      calendar.deleteDay(qingming);
      calendar.deleteDay(makeUpSaturday);
    }
  }

  @Test
  void shouldRecordAPassedCheckAndCloseWithoutAnIncident() {
    LocalDate day = LocalDate.of(2035, 5, 2);
    ProcessInstance run = dailyRun(day);

    check(run, passed());

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(RECORD_CHECK, CLOSE, END).hasNotPassed(RAISE_INCIDENT);
    BackupRegister.Check c = register.check(run.getBusinessKey()).orElseThrow();
    assertThat(c.status()).isEqualTo("ok");
    assertThat(c.sizeMb()).isEqualByComparingTo("2048.5");
    assertThat(c.location()).isEqualTo("备份服务器 /backup/oa");
    assertThat(c.checkedBy()).isEqualTo(DESK);
    assertThat(c.incidentNumber()).isNull();
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
  }

  @Test
  void shouldOpenALinkedIncidentWhenTheBackupFailedVerification() {
    ProcessInstance run = dailyRun(LocalDate.of(2035, 5, 3));
    Map<String, Object> failed = passed();
    failed.put(Var.VERIFICATION, "failed");
    failed.put(Var.NOTE, "校验和不一致");

    check(run, failed);

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(RAISE_INCIDENT, CLOSE);
    BackupRegister.Check c = register.check(run.getBusinessKey()).orElseThrow();
    assertThat(c.status()).isEqualTo("failed");
    assertThat(c.incidentNumber()).matches("INC-\\d{8}-\\d{4}");
    var incident = tickets.find(c.incidentNumber()).orElseThrow();
    assertThat(incident.ticketType()).isEqualTo("incident");
    assertThat(incident.system()).isEqualTo("oa");
    assertThat(incident.description()).contains(run.getBusinessKey(), "备份校验结果：未通过", "校验和不一致");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("incident")
        .processInstanceBusinessKey(c.incidentNumber()).count()).isOne();
  }

  @Test
  void shouldOpenAnIncidentWhenTheBackupWasNotDone() {
    ProcessInstance run = dailyRun(LocalDate.of(2035, 5, 4));

    check(run, Map.of(Var.BACKUP_DONE, false, Var.NOTE, "备份任务因磁盘满失败"));

    BackupRegister.Check c = register.check(run.getBusinessKey()).orElseThrow();
    assertThat(c.status()).isEqualTo("failed");
    assertThat(c.done()).isFalse();
    assertThat(tickets.find(c.incidentNumber()).orElseThrow().description()).contains("当天备份未完成", "磁盘满");
  }

  @Test
  void shouldCountTheDayAsMissedAndOpenAnIncidentWhenNobodyCheckedByItsEnd() {
    LocalDate day = LocalDate.of(2035, 5, 7);
    ProcessInstance run = dailyRun(day);

    ticks.fireTimer(run, DEADLINE);
    ticks.runAsyncSteps(run);

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(DEADLINE, RECORD_MISSED, RAISE_INCIDENT, CLOSE)
        .hasNotPassed(RECORD_CHECK);
    BackupRegister.Check c = register.check(run.getBusinessKey()).orElseThrow();
    assertThat(c.status()).isEqualTo("missed");
    assertThat(tickets.find(c.incidentNumber()).orElseThrow().summary()).contains("2035-05-07", "漏检");
  }

  @Test
  void shouldCatchUpTheWorkingDaysAnOutageSkippedAndCountThemMissed() {
    LocalDate monday = LocalDate.of(2035, 6, 11);
    ticks.tick(monday.atTime(8, 0));
    // the nodes were down on Tuesday and Wednesday; Thursday's tick starts both days late
    LocalDate thursday = monday.plusDays(3);
    ticks.tick(thursday.atTime(8, 0));

    for (LocalDate skipped : List.of(monday.plusDays(1), monday.plusDays(2))) {
      ProcessInstance late = ticks.run(BackupProcess.DAILY_CHECK, "oa", skipped.toString());
      ticks.fireTimer(late, DEADLINE);
      ticks.runAsyncSteps(late);
      assertThat(register.check(late.getBusinessKey()).orElseThrow().status()).as(skipped.toString()).isEqualTo("missed");
    }
    assertThat(ticks.runs(BackupProcess.DAILY_CHECK, "oa", thursday.toString())).hasSize(1);
    assertThat(ticks.runsEver(BackupProcess.DAILY_CHECK, "oa", monday.toString())).isOne();
  }

  @Test
  void shouldRefuseACheckThatIsDoneButHasNoSizeOrWasNotDoneWithoutAReason() {
    ProcessInstance run = dailyRun(LocalDate.of(2035, 5, 8));
    Map<String, Object> noSize = passed();
    noSize.remove(Var.SIZE_MB);

    assertThatThrownBy(() -> ticks.complete(run, CHECK, DESK, "service-desk", noSize))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("backupSizeMb");
    assertThatThrownBy(() -> ticks.complete(run, CHECK, DESK, "service-desk", Map.of(Var.BACKUP_DONE, false)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("backupNote");
    BpmnAwareTests.assertThat(run).isWaitingAt(CHECK);
    assertThat(register.check(run.getBusinessKey()).orElseThrow().status()).isEqualTo("open");
  }

  Map<String, Object> audit(String restoreResult) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.ANALYSIS, "备份量月增 3%，耗时稳定在 40 分钟内");
    v.put(Var.ADVICE, "建议将全量备份窗口提前到 22:00，归档日志单独备份");
    v.put(Var.RESTORE_AT, "2035-08-01T15:00");
    v.put(Var.RESTORE_SCOPE, "公文库 2035-07-31 全量备份恢复到测试库");
    v.put(Var.RESTORE_RESULT, restoreResult);
    v.put(Var.RESTORE_NOTE, "恢复后抽查 20 份公文完整可读");
    return v;
  }

  @Test
  void shouldAuditTheMonthsRecordsWithARestoreTestAndKeepTheReport() {
    LocalDate first = LocalDate.of(2035, 7, 2);
    check(dailyRun(first), passed());
    Map<String, Object> failed = passed();
    failed.put(Var.VERIFICATION, "failed");
    check(dailyRun(first.plusDays(1)), failed);

    ticks.tick(LocalDateTime.of(2035, 8, 1, 8, 0));
    ProcessInstance audit = ticks.run(BackupProcess.MONTHLY_AUDIT, "oa", "2035-08");
    BpmnAwareTests.assertThat(audit).isWaitingAt(AUDIT);
    assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(audit, AUDIT).getId()))
        .anyMatch(l -> "second-line".equals(l.getGroupId()));
    assertThat((String) engine.getRuntimeService().getVariable(audit.getId(), Var.MONTH_SUMMARY))
        .contains("2035-07", "2035-07-02 正常", "2035-07-03 失败", "校验未通过");

    ticks.complete(audit, AUDIT, EXPERT, "second-line", audit("passed"));
    ticks.runAsyncSteps(audit);

    BpmnAwareTests.assertThat(audit).isEnded().hasPassed(RECORD_AUDIT, CLOSE).hasNotPassed(RAISE_INCIDENT, CHECK);
    BackupRegister.Audit a = register.audit(audit.getBusinessKey()).orElseThrow();
    assertThat(a.month()).isEqualTo("2035-07");
    assertThat(a.daysOk()).isEqualTo(1);
    assertThat(a.daysFailed()).isEqualTo(1);
    assertThat(a.restoreResult()).isEqualTo("passed");
    assertThat(a.auditedBy()).isEqualTo(EXPERT);
    assertThat(documents.latest(audit.getBusinessKey(), BackupProcess.REPORT_KIND)).get()
        .satisfies(d -> assertThat(d.fileName()).endsWith("备份月度审核报告.docx"));
  }

  @Test
  void shouldFlagTheMonthsAuditToTheProjectManagerWhenItIsStillOpenAtTheMonthsEnd() {
    ticks.tick(LocalDateTime.of(2036, 3, 3, 8, 0)); // 1 March 2036 is a Saturday: due on Monday the 3rd
    ProcessInstance audit = ticks.run(BackupProcess.MONTHLY_AUDIT, "invoice", "2036-03");
    assertThat(ticks.task(audit, AUDIT).getDueDate()).as("due when March ends")
        .isEqualTo(java.util.Date.from(LocalDate.of(2036, 4, 1).atStartOfDay(ScheduleDriver.SHANGHAI).toInstant()));
    assertThat(register.audit(audit.getBusinessKey()).orElseThrow().overdueFlaggedAt()).isNull();

    ticks.fireTimer(audit, AUDIT_OVERDUE);

    BpmnAwareTests.assertThat(audit).hasPassed(FLAG_AUDIT_OVERDUE).isWaitingAt(AUDIT);
    assertThat(register.audit(audit.getBusinessKey()).orElseThrow().overdueFlaggedAt()).isNotNull();
    assertThat(new ProcessDriver(engine).notificationTemplates(audit.getBusinessKey()))
        .contains("backup-audit-overdue");
    assertThat(tickets.events(audit.getBusinessKey())).anySatisfy(e -> {
      assertThat(e.eventType()).isEqualTo("backup-audit-overdue");
      assertThat(e.detail()).contains("2036-02", "到当月结束仍未完成");
    });

    ticks.complete(audit, AUDIT, EXPERT, "second-line", audit("passed"));
    ticks.runAsyncSteps(audit);
    BpmnAwareTests.assertThat(audit).as("a late audit still counts").isEnded().hasPassed(RECORD_AUDIT, CLOSE);
    assertThat(register.audit(audit.getBusinessKey()).orElseThrow().status()).isEqualTo("audited");
  }

  @Test
  void shouldOpenAnIncidentWhenTheRestoreTestFailed() {
    ticks.tick(LocalDateTime.of(2035, 10, 1, 8, 0));
    ProcessInstance audit = ticks.run(BackupProcess.MONTHLY_AUDIT, "tips", "2035-10");

    ticks.complete(audit, AUDIT, EXPERT, "second-line", audit("failed"));
    ticks.runAsyncSteps(audit);

    BpmnAwareTests.assertThat(audit).isEnded().hasPassed(RECORD_AUDIT, RAISE_INCIDENT, CLOSE);
    String incident = register.audit(audit.getBusinessKey()).orElseThrow().incidentNumber();
    assertThat(tickets.find(incident).orElseThrow().summary()).contains("恢复测试失败", "2035-09");
  }

  @Test
  void shouldStartByHandTakingTheOpenPeriodSoTheTimerDoesNotRepeatIt() {
    LocalDate day = LocalDate.of(2035, 9, 3);
    ScheduleDriver.clockAt(day.atTime(7, 30));

    ticks.startByHand(DESK, "service-desk", Map.of(ScheduleVariables.SYSTEM, "invoice",
        ScheduleVariables.SCHEDULE, BackupProcess.DAILY_CHECK));
    ticks.tick(day.atTime(8, 0));

    ProcessInstance run = ticks.run(BackupProcess.DAILY_CHECK, "invoice", day.toString());
    assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.STARTED_BY)).isEqualTo(DESK);
    assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.SCHEDULED)).isEqualTo(true);

    ticks.startByHand(DESK, "service-desk", Map.of(ScheduleVariables.SYSTEM, "invoice",
        ScheduleVariables.SCHEDULE, BackupProcess.DAILY_CHECK));
    List<ProcessInstance> both = ticks.runs(BackupProcess.DAILY_CHECK, "invoice", day.toString());
    assertThat(both).hasSize(2).extracting(p -> engine.getRuntimeService().getVariable(p.getId(),
        ScheduleVariables.SCHEDULED)).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void shouldRefuseAStartByHandOfAScheduleTheProcessDoesNotHave() {
    assertThatThrownBy(() -> ticks.startByHand(DESK, "service-desk", Map.of(ScheduleVariables.SYSTEM, "oa",
        ScheduleVariables.SCHEDULE, "weekly"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("schedule");
    assertThatThrownBy(() -> ticks.startByHand(DESK, "service-desk", Map.of(ScheduleVariables.SYSTEM, "erp",
        ScheduleVariables.SCHEDULE, BackupProcess.DAILY_CHECK))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("system");
  }
}
