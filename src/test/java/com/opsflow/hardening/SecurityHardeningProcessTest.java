package com.opsflow.hardening;

import static com.opsflow.hardening.SecurityHardeningProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.change.ChangeProcess;
import com.opsflow.change.ChangeRegister;
import com.opsflow.change.ChangeStatus;
import com.opsflow.hardening.HardeningRegister.Finding;
import com.opsflow.hardening.SecurityHardeningProcess.Status;
import com.opsflow.hardening.SecurityHardeningProcess.Var;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.support.Mails;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.ScheduledOperationsProcessTest;
import com.opsflow.support.TestSmtp;
import com.opsflow.ticket.TicketService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed C 安全加固 1–4: the periodic vulnerability and patch check (monthly, the bureau's to confirm), the bureau's
 * deadline per finding, hardening directly or through a change, monitoring and roll-back, the hardening record, and
 * the escalation of an overdue finding.
 */
@ScheduledOperationsProcessTest
class SecurityHardeningProcessTest {

  static final String EXPERT = "demo-second-line";
  static final String OWNER = "demo-system-owner";

  @Autowired
  ProcessEngine engine;
  @Autowired
  HardeningRegister register;
  @Autowired
  ChangeRegister changes;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  TicketService tickets;
  @RegisterExtension
  final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);
  ScheduleDriver ticks;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    ticks = new ScheduleDriver(engine, SecurityHardeningProcess.KEY);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> finding(String severity, String component, boolean configChange) {
    Map<String, Object> f = new HashMap<>();
    f.put("severity", severity);
    f.put("component", component);
    f.put("description", component + " 存在已公开的远程代码执行漏洞");
    f.put("remedy", "升级到厂商修复版本并收紧访问控制");
    f.put("configChange", configChange);
    if (configChange) {
      f.put("changeType", "middleware");
    }
    return f;
  }

  static Map<String, Object> checkValues(List<Map<String, Object>> findings) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.REASON, "定期检查");
    v.put(Var.SCOPE, "发票系统应用服务器、数据库服务器、中间件");
    v.put(Var.METHOD, "漏洞扫描器全量扫描 + 补丁清单比对");
    v.put(Var.FINDINGS, findings);
    return v;
  }

  ProcessInstance monthlyRun(LocalDate day) {
    ticks.tick(day.atTime(8, 0));
    return ticks.run(SecurityHardeningProcess.PERIODIC_CHECK, "invoice", day.toString().substring(0, 7));
  }

  /** The open task of one finding's instance (findings run side by side). */
  Task task(ProcessInstance run, String taskKey, long findingId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(taskKey).list()
        .stream().filter(t -> Long.valueOf(findingId).equals(
            ((Number) engine.getTaskService().getVariable(t.getId(), Var.FINDING_ID)).longValue()))
        .findFirst().orElseThrow(() -> new AssertionError("no open " + taskKey + " for finding " + findingId));
  }

  void complete(ProcessInstance run, String taskKey, long findingId, String user, String group,
      Map<String, Object> values) {
    Task task = task(run, taskKey, findingId);
    engine.getTaskService().claim(task.getId(), user);
    driver.as(user, List.of(group), () -> engine.getTaskService().complete(task.getId(), values));
    ticks.runAsyncSteps(run);
  }

  void deadline(ProcessInstance run, long id, LocalDate day) {
    complete(run, SET_DEADLINE, id, OWNER, "system-owner", Map.of(Var.DEADLINE, day.toString(),
        Var.DEADLINE_NOTE, "按局安全通报要求"));
  }

  void monitor(ProcessInstance run, long id, String result) {
    complete(run, MONITOR, id, EXPERT, "second-line", Map.of(Var.OBSERVATION, "normal".equals(result)
        ? "加固后观察一个工作日，开票、验旧业务正常" : "加固后开票接口调用失败，业务阻断", Var.MONITOR_RESULT, result));
  }

  List<Finding> check(ProcessInstance run, List<Map<String, Object>> findings) {
    ticks.complete(run, CHECK, EXPERT, "second-line", checkValues(findings));
    ticks.runAsyncSteps(run);
    return register.findings(run.getBusinessKey());
  }

  @Test
  void shouldStartTheMonthlyCheckOnAMakeUpSaturdayWhenItsFirstDaysAreHolidaysAndOnlyOnce() {
    LocalDate newYear = LocalDate.of(2037, 1, 1);
    LocalDate second = newYear.plusDays(1);
    LocalDate makeUpSaturday = LocalDate.of(2037, 1, 3);
    calendar.saveDay(newYear, DayType.HOLIDAY, "元旦", "test");
    calendar.saveDay(second, DayType.HOLIDAY, "元旦", "test");
    calendar.saveDay(makeUpSaturday, DayType.WORKDAY, "元旦调休", "test");
    try {
      ticks.tick(newYear.atTime(8, 0));
      ticks.tick(second.atTime(8, 0));
      assertThat(ticks.runsEver(SecurityHardeningProcess.PERIODIC_CHECK, "invoice", "2037-01")).isZero();

      ticks.tick(makeUpSaturday.atTime(8, 0));
      ticks.tickAgain(makeUpSaturday.plusDays(1).atTime(8, 0));

      ProcessInstance run = ticks.run(SecurityHardeningProcess.PERIODIC_CHECK, "invoice", "2037-01");
      assertThat(run.getBusinessKey()).matches("HRD-\\d{8}-\\d{4}");
      assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.DUE_ON))
          .isEqualTo(makeUpSaturday.toString());
      assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(run, CHECK).getId()))
          .anyMatch(l -> "second-line".equals(l.getGroupId()));
      assertThat(ticks.runsEver(SecurityHardeningProcess.PERIODIC_CHECK, "tips", "2037-01")).isZero();
      assertThat(register.check(run.getBusinessKey()).orElseThrow().status()).isEqualTo("open");
    } finally {
      calendar.deleteDay(newYear);
      calendar.deleteDay(second);
      calendar.deleteDay(makeUpSaturday);
    }
  }

  @Test
  void shouldCloseTheCheckWithoutFindingsWhenNothingWasFound() {
    ProcessInstance run = monthlyRun(LocalDate.of(2037, 2, 2));

    assertThat(check(run, List.of())).isEmpty();

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(RECORD_FINDINGS, CLOSE, END).hasNotPassed(SET_DEADLINE);
    HardeningRegister.Check c = register.check(run.getBusinessKey()).orElseThrow();
    assertThat(c.status()).isEqualTo("closed");
    assertThat(c.findingCount()).isZero();
    assertThat(c.checkedBy()).isEqualTo(EXPERT);
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
  }

  @Test
  void shouldHardenEachFindingByItsDeadlineAndKeepItInTheHardeningRecord() {
    LocalDate day = LocalDate.of(2037, 3, 2);
    ProcessInstance run = monthlyRun(day);
    List<Finding> found = check(run, List.of(finding("high", "Nginx 1.18", false), finding("low", "OpenSSH 8.2", false)));
    assertThat(found).hasSize(2).allMatch(f -> Status.OPEN.equals(f.status()));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(SET_DEADLINE)
        .taskCandidateGroup("system-owner").count()).isEqualTo(2);

    for (Finding f : found) {
      deadline(run, f.id(), day.plusDays(10));
      Task harden = task(run, HARDEN, f.id());
      assertThat(harden.getDueDate()).isEqualTo(java.util.Date.from(day.plusDays(11).atStartOfDay(
          ScheduleDriver.SHANGHAI).toInstant()));
      complete(run, HARDEN, f.id(), EXPERT, "second-line", Map.of(Var.HARDENING_NOTE, "已升级并重启服务 " + f.component()));
      assertThat(register.finding(f.id()).orElseThrow().status()).isEqualTo(Status.MONITORING);
      monitor(run, f.id(), "normal");
    }

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(HARDEN, RECORD_HARDENED, MONITOR, CLOSE_FINDING, CLOSE)
        .hasNotPassed(START_CHANGE, ROLL_BACK, RECORD_ESCALATION);
    Finding nginx = register.finding(found.get(0).id()).orElseThrow();
    assertThat(nginx.status()).isEqualTo(Status.CLOSED);
    assertThat(nginx.deadline()).isEqualTo(day.plusDays(10));
    assertThat(nginx.deadlineSetBy()).isEqualTo(OWNER);
    assertThat(nginx.hardenedBy()).isEqualTo(EXPERT);
    assertThat(register.record("invoice")).filteredOn(r -> r.checkNumber().equals(run.getBusinessKey())).hasSize(2)
        .anySatisfy(r -> assertThat(r.measure()).contains("Nginx 1.18"));
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
  }

  @Test
  void shouldHardenAConfigurationFindingThroughALinkedChangeAndWaitForItToClose() {
    LocalDate day = LocalDate.of(2037, 4, 1);
    ProcessInstance run = monthlyRun(day);
    Finding f = check(run, List.of(finding("critical", "WebLogic 12c", true))).get(0);

    deadline(run, f.id(), day.plusDays(20));

    String change = register.finding(f.id()).orElseThrow().changeNumber();
    assertThat(change).matches("CHG-\\d{8}-\\d{4}");
    ProcessInstance changeRun = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ChangeProcess.KEY).processInstanceBusinessKey(change).singleResult();
    assertThat(engine.getRuntimeService().getVariable(changeRun.getId(), ChangeProcess.Var.CHANGE_TYPE))
        .isEqualTo("middleware");
    assertThat(tickets.find(change).orElseThrow().description()).contains(run.getBusinessKey(), "WebLogic 12c");
    assertThatThrownBy(() -> complete(run, CONFIRM_CHANGE, f.id(), EXPERT, "second-line", Map.of()))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("尚未结束");

    // the change process closes the change in its register (ChangeProcessTest drives that path)
    changes.status(change, ChangeStatus.CLOSED);
    complete(run, CONFIRM_CHANGE, f.id(), EXPERT, "second-line", Map.of());
    monitor(run, f.id(), "normal");

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(START_CHANGE, CONFIRM_CHANGE, MONITOR, CLOSE_FINDING)
        .hasNotPassed(HARDEN);
    assertThat(register.record("invoice")).filteredOn(r -> r.findingId() == f.id()).singleElement()
        .satisfies(r -> {
          assertThat(r.changeNumber()).isEqualTo(change);
          assertThat(r.measure()).contains(change);
        });
    engine.getRuntimeService().deleteProcessInstance(changeRun.getId(), "test done");
  }

  @Test
  void shouldKeepTheFindingOpenWithItsReasonWhenTheChangeWasRolledBack() {
    LocalDate day = LocalDate.of(2037, 5, 4);
    ProcessInstance run = monthlyRun(day);
    Finding f = check(run, List.of(finding("high", "Redis 5", true))).get(0);
    deadline(run, f.id(), day.plusDays(5));
    String change = register.finding(f.id()).orElseThrow().changeNumber();

    changes.status(change, ChangeStatus.ROLLED_BACK);
    complete(run, CONFIRM_CHANGE, f.id(), EXPERT, "second-line", Map.of(Var.HARDENING_NOTE, "变更实施后验证失败"));

    Finding open = register.finding(f.id()).orElseThrow();
    assertThat(open.status()).isEqualTo(Status.ROLLED_BACK);
    assertThat(open.rollbackReason()).contains(change, "已回退", "变更实施后验证失败");
    assertThat(open.closedAt()).isNull();
    BpmnAwareTests.assertThat(run).isWaitingAt(SET_DEADLINE).hasPassed(RECORD_ROLLBACK);
    engine.getRuntimeService().deleteProcessInstance(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(change).singleResult().getId(), "test done");
  }

  @Test
  void shouldRollBackWhenBusinessIsBlockedKeepTheFindingOpenAndHardenAgainByANewDeadline() {
    LocalDate day = LocalDate.of(2037, 6, 1);
    ProcessInstance run = monthlyRun(day);
    Finding f = check(run, List.of(finding("medium", "Tomcat 9 AJP", false))).get(0);
    deadline(run, f.id(), day.plusDays(7));
    complete(run, HARDEN, f.id(), EXPERT, "second-line", Map.of(Var.HARDENING_NOTE, "关闭 AJP 连接器"));

    monitor(run, f.id(), "blocked");
    complete(run, ROLL_BACK, f.id(), EXPERT, "second-line", Map.of(Var.ROLLBACK_NOTE, "恢复 AJP 连接器，开票恢复正常"));

    Finding open = register.finding(f.id()).orElseThrow();
    assertThat(open.status()).isEqualTo(Status.ROLLED_BACK);
    assertThat(open.rollbackCount()).isOne();
    assertThat(open.rollbackReason()).contains("业务阻断", "恢复 AJP 连接器");
    assertThat(engine.getTaskService().getVariable(task(run, SET_DEADLINE, f.id()).getId(), Var.ROLLBACK_REASON))
        .asString().contains("业务阻断");
    assertThat(register.record("invoice")).noneMatch(r -> r.findingId() == f.id());

    deadline(run, f.id(), day.plusDays(14));
    complete(run, HARDEN, f.id(), EXPERT, "second-line", Map.of(Var.HARDENING_NOTE, "改为仅监听本机地址"));
    monitor(run, f.id(), "normal");

    BpmnAwareTests.assertThat(run).isEnded();
    assertThat(register.finding(f.id()).orElseThrow().status()).isEqualTo(Status.CLOSED);
    assertThat(register.record("invoice")).filteredOn(r -> r.findingId() == f.id()).singleElement()
        .satisfies(r -> assertThat(r.rollbackCount()).isOne());
  }

  @Test
  void shouldMailTheProjectManagerAndSystemOwnerAndRecordTheEscalationWhenTheDeadlinePasses() throws Exception {
    LocalDate day = LocalDate.of(2037, 7, 1);
    ProcessInstance run = monthlyRun(day);
    List<Finding> found = check(run, List.of(finding("critical", "Struts2", false), finding("high", "Log4j", true)));
    Finding direct = found.get(0);
    Finding viaChange = found.get(1);
    deadline(run, direct.id(), day.plusDays(3));
    deadline(run, viaChange.id(), day.plusDays(3));

    ticks.fireTimer(run, HARDEN_OVERDUE);
    ticks.fireTimer(run, CHANGE_OVERDUE);

    assertThat(register.finding(direct.id()).orElseThrow().escalationCount()).isOne();
    assertThat(register.finding(viaChange.id()).orElseThrow().escalationCount()).isOne();
    assertThat(driver.notificationTemplates(run.getBusinessKey())).containsExactly(
        SecurityHardeningProcess.OVERDUE_MAIL, SecurityHardeningProcess.OVERDUE_MAIL);
    BpmnAwareTests.assertThat(run).hasPassed(RECORD_ESCALATION, NOTIFY_OVERDUE, ESCALATED);
    assertThat(task(run, HARDEN, direct.id())).as("the work stays open after the escalation").isNotNull();

    driver.notifications().deliver(driver.notifications().of(run.getBusinessKey()).get(0));
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).as("one copy per recipient").hasSize(2);
    assertThat(Arrays.stream(received[0].getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .containsExactlyInAnyOrder("demo-project-manager@opsflow.local", "demo-system-owner@opsflow.local");
    assertThat(received[0].getSubject()).contains("安全加固逾期未完成", run.getBusinessKey());
    assertThat(Mails.text(received[0])).contains("整改期限 " + day.plusDays(3), "已过");
    engine.getRuntimeService().deleteProcessInstance(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(register.finding(viaChange.id()).orElseThrow().changeNumber())
        .processDefinitionKey(ChangeProcess.KEY).singleResult().getId(), "test done");
    engine.getRuntimeService().deleteProcessInstance(run.getId(), "test done");
  }

  @Test
  void shouldRefuseAFindingWithoutSeverityADeadlineInThePastAndAStartOfAnotherSystem() {
    LocalDate day = LocalDate.of(2037, 9, 1);
    ProcessInstance run = monthlyRun(day);
    Map<String, Object> noSeverity = finding("high", "JDK 8", false);
    noSeverity.remove("severity");

    assertThatThrownBy(() -> ticks.complete(run, CHECK, EXPERT, "second-line", checkValues(List.of(noSeverity))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("第 1 条").hasMessageContaining("severity");
    BpmnAwareTests.assertThat(run).isWaitingAt(CHECK);
    assertThat(register.findings(run.getBusinessKey())).isEmpty();

    Finding f = check(run, List.of(finding("high", "JDK 8", false))).get(0);
    assertThatThrownBy(() -> deadline(run, f.id(), day.minusDays(1)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("findingDeadline");
    assertThat(register.finding(f.id()).orElseThrow().deadline()).isNull();

    assertThatThrownBy(() -> ticks.startByHand(EXPERT, "second-line", Map.of(ScheduleVariables.SYSTEM, "oa",
        ScheduleVariables.SCHEDULE, SecurityHardeningProcess.PERIODIC_CHECK))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("schedule");
    engine.getRuntimeService().deleteProcessInstance(run.getId(), "test done");
  }

  @Test
  void shouldStartAnAdHocCheckByHandAfterTheMonthsScheduledOne() {
    LocalDate day = LocalDate.of(2037, 10, 8);
    ProcessInstance scheduled = monthlyRun(day);

    ticks.startByHand(EXPERT, "second-line", Map.of(ScheduleVariables.SYSTEM, "invoice",
        ScheduleVariables.SCHEDULE, SecurityHardeningProcess.PERIODIC_CHECK));

    List<ProcessInstance> runs = ticks.runs(SecurityHardeningProcess.PERIODIC_CHECK, "invoice", "2037-10");
    assertThat(runs).hasSize(2);
    ProcessInstance adHoc = runs.stream().filter(p -> !p.getId().equals(scheduled.getId())).findFirst().orElseThrow();
    assertThat(engine.getRuntimeService().getVariable(adHoc.getId(), ScheduleVariables.SCHEDULED)).isEqualTo(false);
    assertThat(engine.getRuntimeService().getVariable(adHoc.getId(), Var.REASON)).isEqualTo("");
    Map<String, Object> values = checkValues(List.of());
    values.put(Var.REASON, "局安全通报（临时检查）");
    ticks.complete(adHoc, CHECK, EXPERT, "second-line", values);
    ticks.runAsyncSteps(adHoc);
    assertThat(register.check(adHoc.getBusinessKey()).orElseThrow().reason()).isEqualTo("局安全通报（临时检查）");
    engine.getRuntimeService().deleteProcessInstance(scheduled.getId(), "test done");
  }
}
