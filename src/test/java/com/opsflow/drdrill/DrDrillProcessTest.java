package com.opsflow.drdrill;

import static com.opsflow.drdrill.DrDrillProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.document.TicketDocuments;
import com.opsflow.drdrill.DrDrillProcess.Var;
import com.opsflow.drdrill.DrDrillRegister.Drill;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.ScheduledOperationsProcessTest;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contract C 系统灾备 (每年开展2次系统应用和基础环境灾难备份和恢复演练): half-yearly drills on the business calendar, plan,
 * approval by someone other than the author, measured RTO/RPO judged by DMN dr-drill-result, problem, report,
 * overdue flag.
 */
@ScheduledOperationsProcessTest
class DrDrillProcessTest {

  static final String EXPERT = "demo-second-line";
  static final String OWNER = "demo-system-owner";

  @Autowired
  ProcessEngine engine;
  @Autowired
  DrDrillRegister register;
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
    ticks = new ScheduleDriver(engine, DrDrillProcess.KEY);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> plan() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.PLANNED_AT, "2036-04-18T20:00:00");
    v.put(Var.SCOPE_APPLICATION, true);
    v.put(Var.SCOPE_BASE, true);
    v.put(Var.METHOD, "停用生产库后从前一日全量备份和归档日志恢复到灾备环境，切换应用验证开票、查验业务");
    v.put(Var.PARTICIPANTS, "demo-second-line、demo-service-desk、采购方系统管理员");
    return v;
  }

  static Map<String, Object> approval(String decision, String note) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.APPROVAL, decision);
    if (note != null) {
      v.put(Var.APPROVAL_NOTE, note);
    }
    return v;
  }

  static Map<String, Object> drilled(boolean applicationRestored, int rto, int rpo) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.BACKUP_NOTE, "20:00 完成应用和数据库全量备份；20:30 模拟主机故障；从备份恢复操作系统、数据库、中间件和应用");
    v.put(Var.APPLICATION_RESTORED, applicationRestored);
    v.put(Var.BASE_RESTORED, true);
    v.put(Var.RTO, rto);
    v.put(Var.RPO, rpo);
    v.put(Var.PROBLEMS, "归档日志传输偶有延迟");
    v.put(Var.IMPROVEMENTS, "增加归档日志传输监控，每季度复核恢复脚本");
    return v;
  }

  void approveAndDrill(ProcessInstance run, Map<String, Object> measured) {
    ticks.complete(run, PLAN, EXPERT, "second-line", plan());
    ticks.complete(run, APPROVE, OWNER, "system-owner", approval("approved", "同意"));
    ticks.complete(run, PERFORM, EXPERT, "second-line", measured);
    ticks.runAsyncSteps(run);
  }

  @Test
  void shouldStartTheHalfYearsDrillOnceOnTheMakeUpSaturdayAfterTheNationalDayHoliday() {
    // 2038: 1–8 October (Friday to Friday) off for 国庆节, Saturday 9 October worked instead (调休)
    List<LocalDate> holidays = new ArrayList<>();
    for (int day = 1; day <= 8; day++) {
      holidays.add(LocalDate.of(2038, 10, day));
    }
    LocalDate makeUpSaturday = LocalDate.of(2038, 10, 9);
    holidays.forEach(day -> calendar.saveDay(day, DayType.HOLIDAY, "国庆节", "test"));
    calendar.saveDay(makeUpSaturday, DayType.WORKDAY, "国庆节调休", "test");
    try {
      ticks.tick(LocalDate.of(2038, 10, 1).atTime(8, 0));
      ticks.tick(LocalDate.of(2038, 10, 8).atTime(8, 0));
      assertThat(ticks.runsEver(DrDrillProcess.HALF_YEARLY, "invoice", "2038-H2")).isZero();

      ticks.tick(makeUpSaturday.atTime(8, 0));
      ticks.tickAgain(makeUpSaturday.atTime(9, 0));
      ticks.tick(LocalDate.of(2038, 10, 11).atTime(8, 0));

      ProcessInstance run = ticks.run(DrDrillProcess.HALF_YEARLY, "invoice", "2038-H2");
      assertThat(run.getBusinessKey()).matches("DR-20381009-\\d{4}");
      assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.DUE_ON)).isEqualTo("2038-10-09");
      for (String system : List.of("tips", "oa")) {
        assertThat(ticks.runsEver(DrDrillProcess.HALF_YEARLY, system, "2038-H2")).as("A and B name no drill").isZero();
      }
      BpmnAwareTests.assertThat(run).isWaitingAt(PLAN);
      assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(run, PLAN).getId()))
          .anyMatch(l -> "second-line".equals(l.getGroupId()));
      assertThat(ticks.task(run, PLAN).getDueDate()).as("due at the end of the half-year")
          .isEqualTo(java.util.Date.from(LocalDate.of(2039, 1, 1).atStartOfDay(ScheduleDriver.SHANGHAI).toInstant()));
      Drill drill = register.find(run.getBusinessKey()).orElseThrow();
      assertThat(drill.rtoTargetMinutes()).isEqualTo(240);
      assertThat(drill.rpoTargetMinutes()).isEqualTo(30);
      assertThat(drill.scheduledRun()).isTrue();
    } finally {
      holidays.forEach(calendar::deleteDay);
      calendar.deleteDay(makeUpSaturday);
    }
  }

  @Test
  void shouldPassADrillWithinItsTargetsAndKeepTheReportWithIt() {
    ticks.tick(LocalDateTime.of(2036, 4, 1, 8, 0));
    ProcessInstance run = ticks.run(DrDrillProcess.HALF_YEARLY, "invoice", "2036-H1");

    approveAndDrill(run, drilled(true, 240, 30));

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(ASSESS, REPORT, CLOSE, END).hasNotPassed(OPEN_PROBLEM);
    Drill drill = register.find(run.getBusinessKey()).orElseThrow();
    assertThat(drill.status()).isEqualTo(DrDrillRegister.CLOSED);
    assertThat(drill.result()).isEqualTo(DrDrillProcess.PASSED);
    assertThat(drill.plannedBy()).isEqualTo(EXPERT);
    assertThat(drill.approvedBy()).isEqualTo(OWNER);
    assertThat(drill.scope()).isEqualTo("系统应用；基础环境");
    assertThat(drill.rtoMinutes()).isEqualTo(240);
    assertThat(drill.rpoMinutes()).isEqualTo(30);
    assertThat(drill.problemNumber()).isNull();
    assertThat(drill.overdue()).isFalse();
    assertThat(documents.latest(run.getBusinessKey(), DrDrillProcess.REPORT_KIND)).get()
        .satisfies(d -> assertThat(d.fileName()).endsWith("灾备演练报告.docx"));
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
  }

  @Test
  void shouldSendAPlanBackAndOpenAProblemWhenTheDrillMissesItsTargets() {
    ticks.tick(LocalDateTime.of(2037, 4, 1, 8, 0));
    ProcessInstance run = ticks.run(DrDrillProcess.HALF_YEARLY, "invoice", "2037-H1");
    ticks.complete(run, PLAN, EXPERT, "second-line", plan());

    assertThatThrownBy(() -> ticks.complete(run, APPROVE, OWNER, "system-owner", approval("rejected", null)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.APPROVAL_NOTE);
    engine.getTaskService().setAssignee(ticks.task(run, APPROVE).getId(), null);
    ticks.complete(run, APPROVE, OWNER, "system-owner", approval("rejected", "请补充数据库恢复步骤"));
    BpmnAwareTests.assertThat(run).isWaitingAt(PLAN);
    assertThat(engine.getRuntimeService().getVariable(run.getId(), Var.REJECTION_NOTE)).isEqualTo("请补充数据库恢复步骤");
    ticks.complete(run, PLAN, EXPERT, "second-line", plan());
    assertThatThrownBy(() -> ticks.complete(run, APPROVE, OWNER, "system-owner", approval("rejected", null)))
        .as("the reason given before does not answer for a second sending back")
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.APPROVAL_NOTE);
    engine.getTaskService().setAssignee(ticks.task(run, APPROVE).getId(), null);
    ticks.complete(run, APPROVE, OWNER, "system-owner", approval("rejected", "RPO 目标请与采购方确认后再提交"));
    assertThat(register.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo(DrDrillRegister.PLANNING);

    approveAndDrill(run, drilled(false, 300, 45));

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(OPEN_PROBLEM, REPORT, CLOSE);
    Drill drill = register.find(run.getBusinessKey()).orElseThrow();
    assertThat(drill.result()).isEqualTo(DrDrillProcess.FAILED);
    assertThat(drill.resultReason()).contains("未能恢复", "RTO", "RPO");
    assertThat(drill.problemNumber()).matches("PRB-\\d{8}-\\d{4}");
    var problem = tickets.find(drill.problemNumber()).orElseThrow();
    assertThat(problem.system()).isEqualTo("invoice");
    assertThat(problem.description()).contains(run.getBusinessKey(), "300", "240");
    assertThat(documents.latest(run.getBusinessKey(), DrDrillProcess.REPORT_KIND)).isPresent();
  }

  @Test
  void shouldRefuseTheAuthorApprovingTheirOwnPlanAndBadInput() {
    ticks.tick(LocalDateTime.of(2039, 4, 1, 8, 0));
    ProcessInstance run = ticks.run(DrDrillProcess.HALF_YEARLY, "invoice", "2039-H1");
    Map<String, Object> noScope = plan();
    noScope.put(Var.SCOPE_APPLICATION, false);
    noScope.put(Var.SCOPE_BASE, false);
    assertThatThrownBy(() -> ticks.complete(run, PLAN, EXPERT, "second-line", noScope))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("演练范围");
    engine.getTaskService().setAssignee(ticks.task(run, PLAN).getId(), null);
    ticks.complete(run, PLAN, EXPERT, "second-line", plan());

    assertThatThrownBy(() -> ticks.complete(run, APPROVE, EXPERT, "system-owner", approval("approved", null)))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining("编制人不能审批");
    engine.getTaskService().setAssignee(ticks.task(run, APPROVE).getId(), null);
    ticks.complete(run, APPROVE, OWNER, "system-owner", approval("approved", null));

    Map<String, Object> negative = drilled(true, 60, 5);
    negative.put(Var.RPO, -5);
    assertThatThrownBy(() -> ticks.complete(run, PERFORM, EXPERT, "second-line", negative))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.RPO);
    BpmnAwareTests.assertThat(run).isWaitingAt(PERFORM);
  }

  @Test
  void shouldFlagToTheProjectManagerAHalfYearThatEndsWithoutItsDrill() {
    ticks.tick(LocalDateTime.of(2039, 10, 3, 8, 0));
    ProcessInstance run = ticks.run(DrDrillProcess.HALF_YEARLY, "invoice", "2039-H2");

    ticks.fireTimer(run, OVERDUE_TIMER);

    BpmnAwareTests.assertThat(run).hasPassed(FLAG_OVERDUE, NOTIFY_OVERDUE).isWaitingAt(PLAN);
    assertThat(driver.notificationTemplates(run.getBusinessKey())).contains("dr-drill-overdue");
    assertThat(engine.getRuntimeService().getVariable(run.getId(), Var.OVERDUE_NOTE).toString())
        .contains("2039-H2", "2039-12-31", "每年开展2次");
    Drill drill = register.find(run.getBusinessKey()).orElseThrow();
    assertThat(drill.overdueFlaggedAt()).isNotNull();
    assertThat(drill.overdue()).isTrue();
    assertThat(register.list("invoice", 2039)).filteredOn(Drill::overdue).extracting(Drill::number)
        .contains(run.getBusinessKey());
  }

  @Test
  void shouldNotFlagAHalfYearWhoseDrillWasDoneByAnExtraRunByHand() {
    ticks.tick(LocalDateTime.of(2041, 4, 1, 8, 0));
    ProcessInstance scheduled = ticks.run(DrDrillProcess.HALF_YEARLY, "invoice", "2041-H1");
    ScheduleDriver.clockAt(LocalDateTime.of(2041, 5, 6, 10, 0));
    ticks.startByHand(EXPERT, "second-line", Map.of(ScheduleVariables.SYSTEM, "invoice",
        ScheduleVariables.SCHEDULE, DrDrillProcess.HALF_YEARLY));
    ProcessInstance extra = ticks.runs(DrDrillProcess.HALF_YEARLY, "invoice", "2041-H1").stream()
        .filter(p -> !p.getId().equals(scheduled.getId())).findFirst().orElseThrow();
    assertThat(engine.getRuntimeService().getVariable(extra.getId(), ScheduleVariables.SCHEDULED)).isEqualTo(false);
    approveAndDrill(extra, drilled(true, 120, 10));

    ticks.fireTimer(scheduled, OVERDUE_TIMER);

    BpmnAwareTests.assertThat(scheduled).hasPassed(FLAG_OVERDUE, NOT_OVERDUE).hasNotPassed(NOTIFY_OVERDUE)
        .isWaitingAt(PLAN);
    assertThat(register.find(scheduled.getBusinessKey()).orElseThrow().overdueFlaggedAt()).isNull();
    assertThat(register.find(extra.getBusinessKey()).orElseThrow().scheduledRun()).isFalse();
  }

  @Test
  void shouldRefuseAStartByHandForASystemWhoseContractNamesNoDrill() {
    assertThatThrownBy(() -> ticks.startByHand(EXPERT, "second-line", Map.of(ScheduleVariables.SYSTEM, "oa",
        ScheduleVariables.SCHEDULE, DrDrillProcess.HALF_YEARLY))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("schedule");
  }
}
