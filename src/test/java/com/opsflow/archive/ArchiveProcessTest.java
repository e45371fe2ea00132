package com.opsflow.archive;

import static com.opsflow.archive.ArchiveProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.archive.ArchiveProcess.Var;
import com.opsflow.archive.ArchiveRegister.Document;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.Frequency;
import com.opsflow.schedule.SchedulePeriod;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.schedule.ScheduledStartRegister;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.ScheduledOperationsProcessTest;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
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
 * B-2.4.6.3(5): every Friday afternoon each system's document keeper hands in the week's documents (档案提交单), the
 * document administrator receives them into the register or sends them back; a Friday holiday moves the hand-in to
 * the next working day (a 调休 Saturday included); a week not handed in by its deadline is flagged to the project
 * manager (B-2.4.6.2(2)).
 */
@ScheduledOperationsProcessTest
class ArchiveProcessTest {

  static final String KEEPER = "demo-second-line";
  static final String ADMIN = "demo-document-admin";
  static final String KEEPERS = "second-line";
  static final String DOCUMENT_ADMIN = "document-admin";
  static final String TWO_DOCUMENTS = """
      OA系统运维周报（第9周）|周服务报告|V1.0|3页纸质+电子版|已签字
      OA数据库补丁升级报告|补丁升级报告|V1.1|电子版 PDF
      """;

  @Autowired
  ProcessEngine engine;
  @Autowired
  ArchiveRegister register;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  TicketService tickets;
  @Autowired
  ScheduledStartRegister starts;
  ScheduleDriver ticks;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    ticks = new ScheduleDriver(engine, ArchiveProcess.KEY);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  ProcessInstance friday(LocalDate friday, String system) {
    ticks.tick(friday.atTime(13, 0));
    return ticks.run(ArchiveProcess.WEEKLY_HAND_IN, system, weekOf(friday));
  }

  static String weekOf(LocalDate day) {
    return SchedulePeriod.containing(Frequency.WEEKLY, day).key();
  }

  void submit(ProcessInstance run, String documents) {
    ticks.complete(run, SUBMIT, KEEPER, KEEPERS, Map.of(Var.DOCUMENTS, documents));
  }

  void review(ProcessInstance run, String decision, String reason) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.DECISION, decision);
    if (reason != null) {
      v.put(Var.RETURN_REASON, reason);
    }
    ticks.complete(run, REVIEW, ADMIN, DOCUMENT_ADMIN, v);
    ticks.runAsyncSteps(run);
  }

  @Test
  void shouldAskEachSystemsKeeperOnFridayAfternoonAndReceiveTheReviewedDocumentsIntoTheRegister() {
    LocalDate friday = LocalDate.of(2039, 3, 4);
    ticks.tick(friday.minusDays(1).atTime(13, 0));
    assertThat(ticks.runs(ArchiveProcess.WEEKLY_HAND_IN, "oa", weekOf(friday))).as("not due on Thursday").isEmpty();

    ProcessInstance run = friday(friday, "oa");
    ticks.tickAgain(friday.atTime(15, 0));

    for (String system : List.of("tips", "oa", "invoice")) {
      assertThat(ticks.runs(ArchiveProcess.WEEKLY_HAND_IN, system, weekOf(friday))).as(system).hasSize(1);
    }
    assertThat(run.getBusinessKey()).matches("ARC-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(run).isWaitingAt(SUBMIT);
    assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(run, SUBMIT).getId()))
        .anyMatch(l -> KEEPERS.equals(l.getGroupId()));
    assertThat(ticks.task(run, SUBMIT).getDueDate()).isEqualTo(at(friday.atTime(17, 30)));
    assertThat(starts.find(ArchiveProcess.KEY, ArchiveProcess.WEEKLY_HAND_IN, "oa", weekOf(friday)).orElseThrow()
        .ticketNumber()).isEqualTo(run.getBusinessKey());

    ScheduleDriver.clockAt(friday.atTime(15, 30));
    submit(run, TWO_DOCUMENTS);
    assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(run, REVIEW).getId()))
        .anyMatch(l -> DOCUMENT_ADMIN.equals(l.getGroupId()));
    review(run, "received", null);

    BpmnAwareTests.assertThat(run).hasPassed(RECEIVE, END).isEnded();
    List<Document> received = register.documentsOf(run.getBusinessKey());
    assertThat(received).extracting(Document::title, Document::kind, Document::version, Document::pagesMedium)
        .containsExactly(tuple("OA系统运维周报（第9周）", "周服务报告", "V1.0", "3页纸质+电子版"),
            tuple("OA数据库补丁升级报告", "补丁升级报告", "V1.1", "电子版 PDF"));
    assertThat(received).allSatisfy(d -> {
      assertThat(d.system()).isEqualTo("oa");
      assertThat(d.status()).isEqualTo("archived");
      assertThat(d.submittedBy()).isEqualTo(KEEPER);
      assertThat(d.receivedBy()).isEqualTo(ADMIN);
    });
    assertThat(received.get(0).note()).isEqualTo("已签字");
    assertThat(received.get(1).note()).isNull();
    ArchiveRegister.Submission s = register.submission(run.getBusinessKey()).orElseThrow();
    assertThat(s.status()).isEqualTo("received");
    assertThat(s.overdueFlagged()).isFalse();
    assertThat(driver.notificationTemplates(run.getBusinessKey())).isEmpty();
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().summary()).contains("本周档案提交", weekOf(friday));
  }

  @Test
  void shouldSendTheListBackWithAReasonAndReceiveTheCorrectedOne() {
    ProcessInstance run = friday(LocalDate.of(2039, 3, 11), "tips");
    submit(run, "税库银接口说明|技术文档|V2|12页");

    assertThatThrownBy(() -> review(run, "sent-back", " "))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("returnReason");
    review(run, "sent-back", "缺少版本修订记录页");

    BpmnAwareTests.assertThat(run).isWaitingAt(SUBMIT);
    assertThat(engine.getRuntimeService().getVariable(run.getId(), Var.RETURN_REASON)).isEqualTo("缺少版本修订记录页");
    assertThat(register.submission(run.getBusinessKey()).orElseThrow().status()).isEqualTo("sent-back");
    assertThat(register.documentsOf(run.getBusinessKey())).as("nothing received yet").isEmpty();
    submit(run, "税库银接口说明|技术文档|V2.1|14页|含修订记录");
    review(run, "received", null);

    BpmnAwareTests.assertThat(run).isEnded();
    assertThat(register.documentsOf(run.getBusinessKey())).extracting(Document::version).containsExactly("V2.1");
    assertThat(register.submission(run.getBusinessKey()).orElseThrow().rounds()).isEqualTo(2);
  }

  @Test
  void shouldFlagTheWeekToTheProjectManagerWhenNothingWasHandedInByTheDeadline() {
    LocalDate friday = LocalDate.of(2039, 3, 18);
    ProcessInstance run = friday(friday, "invoice");

    ticks.fireTimer(run, DEADLINE);
    ticks.runAsyncSteps(run);

    BpmnAwareTests.assertThat(run).hasPassed(CHECK_OVERDUE, NOTIFY_OVERDUE, OVERDUE_FLAGGED).isWaitingAt(SUBMIT);
    assertThat(driver.notificationTemplates(run.getBusinessKey())).containsExactly(ArchiveProcess.OVERDUE_TEMPLATE);
    assertThat(engine.getRuntimeService().getVariable(run.getId(), Var.OVERDUE_NOTE).toString())
        .contains(weekOf(friday), "2039-03-18 17:30", "B-2.4.6.3(5)");
    assertThat(register.submission(run.getBusinessKey()).orElseThrow().overdueFlagged()).isTrue();
    submit(run, "发票系统月度报告|月度服务报告|V1|5页");
    review(run, "received", null);
    BpmnAwareTests.assertThat(run).isEnded();
  }

  @Test
  void shouldNotFlagAWeekHandedInOnTimeWhoseListWasSentBackAfterTheDeadline() {
    ProcessInstance run = friday(LocalDate.of(2039, 3, 25), "oa");
    ScheduleDriver.clockAt(LocalDateTime.of(2039, 3, 25, 16, 0));
    submit(run, TWO_DOCUMENTS);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(run.getId()).timers().count())
        .as("handed in: no deadline left").isZero();
    ScheduleDriver.clockAt(LocalDateTime.of(2039, 3, 28, 9, 0));
    review(run, "sent-back", "第二份报告缺少签字页");

    ticks.fireTimer(run, DEADLINE);

    BpmnAwareTests.assertThat(run).hasPassed(CHECK_OVERDUE).hasNotPassed(NOTIFY_OVERDUE).isWaitingAt(SUBMIT);
    assertThat(register.submission(run.getBusinessKey()).orElseThrow().overdueFlagged()).isFalse();
    submit(run, TWO_DOCUMENTS);
    review(run, "received", null);
    BpmnAwareTests.assertThat(run).isEnded();
  }

  @Test
  void shouldAcceptAWeekWithoutNewDocumentsOnlyWithANote() {
    ProcessInstance run = friday(LocalDate.of(2039, 4, 1), "tips");

    assertThatThrownBy(() -> ticks.complete(run, SUBMIT, KEEPER, KEEPERS, Map.of(Var.NO_DOCUMENTS, true)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("handInNote");
    ticks.complete(run, SUBMIT, KEEPER, KEEPERS, Map.of(Var.NO_DOCUMENTS, true, Var.NOTE, "本周无变更，无新增文档"));
    review(run, "received", null);

    BpmnAwareTests.assertThat(run).isEnded();
    assertThat(register.documentsOf(run.getBusinessKey())).isEmpty();
    assertThat(register.submission(run.getBusinessKey()).orElseThrow().status()).isEqualTo("received");
  }

  @Test
  void shouldRefuseAnEmptyListAMalformedLineAndAListBesideNothingThisWeek() {
    ProcessInstance run = friday(LocalDate.of(2039, 4, 8), "oa");

    assertThatThrownBy(() -> submit(run, "  "))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("documents");
    assertThatThrownBy(() -> submit(run, "周报|报告|V1|3页\n只有标题|和类别"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("第 2 行");
    assertThatThrownBy(() -> submit(run, "周报|报告||3页"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("版本");
    assertThatThrownBy(() -> ticks.complete(run, SUBMIT, KEEPER, KEEPERS, Map.of(Var.NO_DOCUMENTS, true,
        Var.NOTE, "无", Var.DOCUMENTS, "周报|报告|V1|3页")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("noDocuments");
    BpmnAwareTests.assertThat(run).isWaitingAt(SUBMIT);
    assertThat(register.submission(run.getBusinessKey()).orElseThrow().rounds()).isZero();
  }

  @Test
  void shouldMoveAFridayHolidayToTheNextWorkingDayMonday() {
    LocalDate friday = LocalDate.of(2039, 5, 6);
    calendar.saveDay(friday, DayType.HOLIDAY, "劳动节", "test");
    try {
      ticks.tick(friday.atTime(13, 0));
      ticks.tickAgain(friday.plusDays(1).atTime(13, 0));
      assertThat(ticks.runs(ArchiveProcess.WEEKLY_HAND_IN, "oa", weekOf(friday))).as("holiday, then Saturday").isEmpty();

      ticks.tickAgain(friday.plusDays(3).atTime(13, 0));

      ProcessInstance run = ticks.run(ArchiveProcess.WEEKLY_HAND_IN, "oa", weekOf(friday));
      assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.DUE_ON)).isEqualTo("2039-05-09");
      assertThat(ticks.task(run, SUBMIT).getDueDate()).isEqualTo(at(LocalDateTime.of(2039, 5, 9, 17, 30)));
      assertThat(ticks.runs(ArchiveProcess.WEEKLY_HAND_IN, "oa", weekOf(friday.plusDays(3))))
          .as("the new week is due on its own Friday").isEmpty();
    } finally {
      calendar.deleteDay(friday);
    }
  }

  @Test
  void shouldHandInOnAMakeUpSaturdayWhenTheFridayIsAHoliday() {
    LocalDate friday = LocalDate.of(2039, 10, 7);
    LocalDate makeUpSaturday = friday.plusDays(1);
    calendar.saveDay(friday, DayType.HOLIDAY, "国庆节", "test");
    calendar.saveDay(makeUpSaturday, DayType.WORKDAY, "国庆节调休", "test");
    try {
      ticks.tick(friday.atTime(13, 0));
      assertThat(ticks.runs(ArchiveProcess.WEEKLY_HAND_IN, "tips", weekOf(friday))).isEmpty();

      ticks.tickAgain(makeUpSaturday.atTime(13, 0));

      ProcessInstance run = ticks.run(ArchiveProcess.WEEKLY_HAND_IN, "tips", weekOf(friday));
      assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.DUE_ON)).isEqualTo("2039-10-08");
      assertThat(ticks.task(run, SUBMIT).getDueDate()).isEqualTo(at(makeUpSaturday.atTime(17, 30)));
    } finally {
      calendar.deleteDay(friday);
      calendar.deleteDay(makeUpSaturday);
    }
  }

  @Test
  void shouldStartByHandTakingTheOpenWeekSoTheFridayTickDoesNotRepeatIt() {
    ScheduleDriver.clockAt(LocalDateTime.of(2039, 6, 1, 10, 0));
    ticks.startByHand(KEEPER, KEEPERS, Map.of(ScheduleVariables.SYSTEM, "invoice",
        ScheduleVariables.SCHEDULE, ArchiveProcess.WEEKLY_HAND_IN));
    ProcessInstance byHand = ticks.run(ArchiveProcess.WEEKLY_HAND_IN, "invoice", "2039-W22");
    assertThat(engine.getRuntimeService().getVariable(byHand.getId(), ScheduleVariables.STARTED_BY)).isEqualTo(KEEPER);

    ticks.tick(LocalDateTime.of(2039, 6, 3, 13, 0));

    assertThat(ticks.runs(ArchiveProcess.WEEKLY_HAND_IN, "invoice", "2039-W22")).hasSize(1);
    assertThatThrownBy(() -> ticks.startByHand(KEEPER, KEEPERS, Map.of(ScheduleVariables.SYSTEM, "invoice",
        ScheduleVariables.SCHEDULE, "daily-check"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("schedule");
  }

  static Date at(LocalDateTime local) {
    return Date.from(local.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
