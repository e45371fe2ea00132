package com.opsflow.importantperiod;

import static com.opsflow.importantperiod.ImportantPeriodProcess.TASK_DRAFT_ROSTER;
import static com.opsflow.importantperiod.ImportantPeriodProcess.TIMER_ROSTER_MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ImportantPeriod;
import com.opsflow.calendar.ImportantPeriods;
import com.opsflow.importantperiod.ImportantPeriodProcess.Var;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.ScheduledOperationsProcessTest;
import com.opsflow.support.TestSmtp;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, important periods as a calendar (invoice contract: 7×24 duty in important periods; B-2.3.14): the system
 * owner declares one in Tasklist, every ticket of the system then runs around the clock without a ticked box, the
 * vendor's managers draw up the duty roster, and a period starting without one is flagged.
 */
@ScheduledOperationsProcessTest
class ImportantPeriodProcessTest {

  static final String OWNER = "demo-system-owner";
  static final String MANAGER = "demo-project-manager";
  /** 2049-06-05 is a Saturday. */
  static final LocalDate SATURDAY = LocalDate.of(2049, 6, 5);

  @Autowired
  ProcessEngine engine;
  @Autowired
  ImportantPeriods periods;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  TicketService tickets;
  @Autowired
  JdbcTemplate jdbc;
  ProcessDriver driver;
  GreenMail smtp;

  @BeforeEach
  void setUp() {
    smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    init(engine);
    driver = new ProcessDriver(engine);
    ScheduleDriver.clockAt(SATURDAY.minusDays(1).atTime(10, 0));
  }

  @AfterEach
  void tearDown() {
    smtp.stop();
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
    forgetPeriods(jdbc, calendar);
  }

  static void forgetPeriods(JdbcTemplate jdbc, BusinessCalendarService calendar) {
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM important_period");
    jdbc.update("UPDATE business_calendar_version SET version = version + 1 WHERE id = 1");
    calendar.refresh();
  }

  /** Runs the mail jobs of the period's notifications, as the job executor would; the addresses each went to. */
  List<String> sendMails(ProcessInstance period) throws Exception {
    for (ProcessInstance notification : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("notification").processInstanceBusinessKey(period.getBusinessKey()).list()) {
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(notification.getId()).list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    List<String> to = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      for (Address address : mail.getAllRecipients()) {
        to.add(mail.getSubject().replaceAll("（.*", "") + " → " + address);
      }
    }
    return to;
  }

  ProcessInstance declare(String system, LocalDateTime from, LocalDateTime to) {
    return driver.startAs(ImportantPeriodProcess.KEY, OWNER, "system-owner", Map.of(Var.SYSTEM, system,
        Var.FROM, from.toString(), Var.TO, to.toString(), Var.REASON, "增值税征期"));
  }

  @Test
  void shouldRunEveryTicketOfTheSystemAroundTheClockDuringTheDeclaredPeriodWithoutATickedBox() {
    ProcessInstance declared = declare("invoice", SATURDAY.atStartOfDay(), SATURDAY.plusDays(2).atStartOfDay());

    assertThat(declared.getBusinessKey()).matches("IP-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(declared).isWaitingAt(TASK_DRAFT_ROSTER);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(declared.getId()).singleResult()
        .getDueDate()).as("the roster is due when the period starts")
        .isEqualTo(java.util.Date.from(SATURDAY.atStartOfDay(ScheduleDriver.SHANGHAI).toInstant()));
    assertThat(driver.notificationTemplates(declared.getBusinessKey())).containsExactly("important-period-declared");

    ScheduleDriver.clockAt(SATURDAY.atTime(10, 0));
    ProcessInstance invoice = driver.startIncident(ProcessDriver.incidentVariables("invoice", "individual", "low"));
    ScheduleDriver.clockAt(SATURDAY.plusDays(7).atTime(10, 0));
    ProcessInstance nextWeek = driver.startIncident(ProcessDriver.incidentVariables("invoice", "individual", "low"));

    Ticket inPeriod = tickets.find(invoice.getBusinessKey()).orElseThrow();
    Ticket outside = tickets.find(nextWeek.getBusinessKey()).orElseThrow();
    assertThat(inPeriod.importantPeriod()).as("marked by the calendar, nobody ticked it").isTrue();
    assertThat(inPeriod.responseDueAt().toLocalDate()).as("the clock runs on Saturday").isEqualTo(SATURDAY);
    assertThat(outside.importantPeriod()).isFalse();
    assertThat(outside.responseDueAt().toLocalDate()).as("the Saturday after the period waits for Monday")
        .isEqualTo(SATURDAY.plusDays(9));
  }

  @Test
  void shouldKeepTheRosterTheManagersDrawUpAndMailEveryoneOnIt() throws Exception {
    ProcessInstance declared = declare("invoice", SATURDAY.atStartOfDay(), SATURDAY.plusDays(2).atStartOfDay());

    Throwable gap = catchThrowable(() -> driver.completeAs(declared, TASK_DRAFT_ROSTER, MANAGER, "project-manager",
        Var.ROSTER, "2049-06-05 00:00 | 2049-06-06 00:00 | demo-service-desk | 13800000001"));
    assertThat(gap).hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("无人值班");
    Throwable badLine = catchThrowable(() -> driver.completeAs(declared, TASK_DRAFT_ROSTER, MANAGER, "project-manager",
        Var.ROSTER, "2049-06-05 00:00 | 2049-06-06 00:00 | demo-service-desk\n2049-06-06 | demo-second-line"));
    assertThat(badLine).rootCause().hasMessageContaining("第 2 行");
    Throwable nobody = catchThrowable(() -> driver.completeAs(declared, TASK_DRAFT_ROSTER, MANAGER, "project-manager",
        Var.ROSTER, "2049-06-05 00:00 | 2049-06-07 00:00 | no-such-user"));
    assertThat(nobody).rootCause().asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
        .satisfies(e -> assertThat(e.field()).isEqualTo(Var.ROSTER),
            e -> assertThat(e.getMessage()).contains("no-such-user"));
    BpmnAwareTests.assertThat(declared).as("nothing refused is kept").isWaitingAt(TASK_DRAFT_ROSTER);

    driver.completeAs(declared, TASK_DRAFT_ROSTER, MANAGER, "project-manager", Var.ROSTER,
        "2049-06-05 00:00 | 2049-06-06 00:00 | demo-service-desk | 13800000001\n"
            + "2049-06-06 00:00 ｜ 2049-06-07 00:00 ｜ demo-second-line");

    BpmnAwareTests.assertThat(declared).isEnded();
    ImportantPeriod period = periods.byNumber(declared.getBusinessKey());
    assertThat(period.roster()).extracting(ImportantPeriod.DutyShift::userId)
        .containsExactly("demo-service-desk", "demo-second-line");
    assertThat(period.roster().get(0).phone()).isEqualTo("13800000001");
    assertThat(calendar.onDuty("invoice", SATURDAY.atTime(23, 0).atZone(ScheduleDriver.SHANGHAI).toInstant()))
        .containsExactly("demo-service-desk");
    assertThat(calendar.onDuty("invoice", SATURDAY.plusDays(1).atTime(1, 0).atZone(ScheduleDriver.SHANGHAI)
        .toInstant())).containsExactly("demo-second-line");
    assertThat(calendar.onDuty("tips", SATURDAY.atTime(23, 0).atZone(ScheduleDriver.SHANGHAI).toInstant())).isEmpty();
    assertThat(sendMails(declared)).contains(
        "【OpsFlow】重要时期申报 → demo-project-manager@opsflow.local",
        "【OpsFlow】重要时期值班安排 → demo-service-desk@opsflow.local",
        "【OpsFlow】重要时期值班安排 → demo-second-line@opsflow.local",
        "【OpsFlow】重要时期值班安排 → demo-system-owner@opsflow.local");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(declared.getId())
        .variableName(Var.ROSTER_RECIPIENTS).singleResult().getValue())
        .isEqualTo("user:demo-service-desk,user:demo-second-line");
  }

  @Test
  void shouldKeepTheRosterEnteredAsListRowsAndRefuseABadRowNamingIt() throws Exception {
    ProcessInstance declared = declare("invoice", SATURDAY.atStartOfDay(), SATURDAY.plusDays(2).atStartOfDay());
    Map<String, Object> blank = new java.util.HashMap<>();
    blank.put("start", null);
    blank.put("end", null);
    blank.put("user", "");
    blank.put("phone", null);

    Throwable noUser = catchThrowable(() -> driver.completeAs(declared, TASK_DRAFT_ROSTER, MANAGER, "project-manager",
        Var.SHIFTS, List.of(shift("2049-06-05T00:00", "2049-06-06T00:00", "demo-service-desk", "13800000001"),
            shift("2049-06-06T00:00", "2049-06-07T00:00", "", null))));
    assertThat(noUser).rootCause().asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
        .satisfies(e -> assertThat(e.field()).isEqualTo(Var.SHIFTS),
            e -> assertThat(e.getMessage()).contains("字段 dutyShifts（值班表）第 2 行：缺少值班人"));
    Throwable badTime = catchThrowable(() -> driver.completeAs(declared, TASK_DRAFT_ROSTER, MANAGER, "project-manager",
        Var.SHIFTS, "[{\"start\":\"2049-06-05T00:00\",\"end\":\"tomorrow\",\"user\":\"demo-service-desk\"}]"));
    assertThat(badTime).rootCause().hasMessageContaining("第 1 行：结束时间「tomorrow」不是有效的日期时间");
    Throwable gap = catchThrowable(() -> driver.completeAs(declared, TASK_DRAFT_ROSTER, MANAGER, "project-manager",
        Var.SHIFTS, List.of(shift("2049-06-05T00:00", "2049-06-06T00:00", "demo-service-desk", null))));
    assertThat(gap).rootCause().asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
        .satisfies(e -> assertThat(e.field()).isEqualTo(Var.SHIFTS),
            e -> assertThat(e.getMessage()).contains("无人值班"));
    BpmnAwareTests.assertThat(declared).as("nothing refused is kept").isWaitingAt(TASK_DRAFT_ROSTER);

    driver.completeAs(declared, TASK_DRAFT_ROSTER, MANAGER, "project-manager",
        Var.SHIFTS, List.of(shift("2049-06-05T00:00", "2049-06-06T00:00", "demo-service-desk", "13800000001"),
            shift("2049-06-05T16:00:00Z", "2049-06-07T00:00", "demo-second-line", null), blank),
        Var.ROSTER, "2049-06-05 00:00 | 2049-06-07 00:00 | demo-team-lead");

    BpmnAwareTests.assertThat(declared).isEnded();
    ImportantPeriod period = periods.byNumber(declared.getBusinessKey());
    assertThat(period.roster()).as("the list wins over the text; the empty row is skipped")
        .extracting(ImportantPeriod.DutyShift::userId).containsExactly("demo-service-desk", "demo-second-line");
    assertThat(period.roster().get(0).phone()).isEqualTo("13800000001");
    assertThat(period.roster().get(1).from()).as("a time with offset is read in the bureau's zone")
        .isEqualTo(SATURDAY.plusDays(1).atStartOfDay());
  }

  static Map<String, Object> shift(String start, String end, String user, String phone) {
    Map<String, Object> row = new java.util.HashMap<>();
    row.put("start", start);
    row.put("end", end);
    row.put("user", user);
    row.put("phone", phone);
    return row;
  }

  @Test
  void shouldRemindTheManagersWhenThePeriodStartsWithoutARoster() throws Exception {
    ProcessInstance declared = declare("oa", SATURDAY.atTime(8, 0), SATURDAY.atTime(20, 0));

    driver.fireTimer(declared, TIMER_ROSTER_MISSING);

    assertThat(sendMails(declared)).contains("【OpsFlow】重要时期已开始但值班表未排定 → demo-system-owner@opsflow.local",
        "【OpsFlow】重要时期已开始但值班表未排定 → demo-project-manager@opsflow.local");
    BpmnAwareTests.assertThat(declared).as("the roster is still to be drawn up").isWaitingAt(TASK_DRAFT_ROSTER);
  }

  @Test
  void shouldLetOnlyTheSystemOwnerDeclareAndRefuseOverlapsAndReversedRangesWithoutATrace() {
    declare("invoice", SATURDAY.atStartOfDay(), SATURDAY.plusDays(2).atStartOfDay());
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ImportantPeriodProcess.KEY).count();

    Throwable desk = catchThrowable(() -> driver.startAs(ImportantPeriodProcess.KEY, "demo-service-desk",
        "service-desk", Map.of(Var.SYSTEM, "invoice", Var.FROM, "2049-07-01T00:00", Var.TO, "2049-07-02T00:00",
            Var.REASON, "征期")));
    Throwable overlap = catchThrowable(() -> declare("invoice", SATURDAY.atTime(12, 0), SATURDAY.plusDays(3)
        .atStartOfDay()));
    Throwable reversed = catchThrowable(() -> declare("oa", SATURDAY.plusDays(1).atStartOfDay(),
        SATURDAY.atStartOfDay()));
    Throwable over = catchThrowable(() -> declare("oa", SATURDAY.minusDays(3).atStartOfDay(),
        SATURDAY.minusDays(2).atStartOfDay()));

    assertThat(desk).isInstanceOf(AuthorizationException.class);
    assertThat(overlap).rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("重叠");
    assertThat(reversed).rootCause().asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
        .satisfies(e -> assertThat(e.field()).isEqualTo(Var.TO));
    assertThat(over).rootCause().hasMessageContaining("结束时间已过");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ImportantPeriodProcess.KEY).count()).isEqualTo(before);
    assertThat(periods.overlapping(null, SATURDAY.minusDays(7).atStartOfDay(), SATURDAY.plusDays(7).atStartOfDay()))
        .extracting(ImportantPeriod::system).containsExactly("invoice");
    assertThat(List.of(calendar.isWorkingTime("oa", SATURDAY.atTime(12, 0).atZone(ScheduleDriver.SHANGHAI)
        .toInstant()))).containsExactly(false);
  }
}
