package com.opsflow.leave;

import static com.opsflow.leave.LeaveRequestProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OpsFlowProcessTest
class LeaveRequestProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String APPLICANT = "demo-service-desk";
  static final String BACKUP = "demo-second-line";
  /** A Monday in the bureau's time zone; each test moves the clock to its own day so numbers never collide. */
  static final LocalDate BASE = LocalDate.of(2031, 3, 3);

  @Autowired
  ProcessEngine engine;
  @Autowired
  LeaveRegister register;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static void clockAt(LocalDateTime local) {
    ClockUtil.setCurrentTime(Date.from(local.atZone(SHANGHAI).toInstant()));
  }

  static Map<String, Object> leave(LocalDate from, LocalDate to, double days, boolean sudden) {
    Map<String, Object> v = new HashMap<>();
    v.put("leaveType", sudden ? "sick" : "personal");
    v.put("leaveFrom", from.toString());
    v.put("leaveTo", to.toString());
    v.put("days", days);
    v.put("sudden", sudden);
    v.put("reason", sudden ? "夜间突发高烧，需就医" : "家中有事");
    v.put("backupEngineer", BACKUP);
    return v;
  }



  /** An open task of the applicant outside this process (e.g. from Tasklist). */
  String openTaskOf(String user, String name) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    task.setAssignee(user);
    engine.getTaskService().saveTask(task);
    return task.getId();
  }

  String assigneeOf(String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  @Test
  void shouldLetTheTeamLeadApproveOneDayAndHandTheOpenTasksToTheBackup() {
    clockAt(BASE.atTime(10, 0));
    String taskId = openTaskOf(APPLICANT, "回访用户（测试）");
    LocalDate tomorrow = BASE.plusDays(1);

    ProcessInstance pi = driver.startAs(LeaveRequestProcess.KEY, APPLICANT, "service-desk", leave(tomorrow, tomorrow, 1, false));

    assertThat(pi.getBusinessKey()).matches("LV-20310303-\\d{4}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(APPROVE).hasPassed(DECIDE).hasNotPassed(NOTIFY_SUDDEN);
    assertThat(candidateGroups(driver.task(pi, APPROVE))).containsExactly("team-lead");
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(LeaveRegister.PENDING);
    assertThat(assigneeOf(taskId)).as("nothing moves before approval").isEqualTo(APPLICANT);

    driver.claimAndCompleteAs(pi, APPROVE, "demo-team-lead", "team-lead", "approval", "approved", "approvalComment", "同意");

    BpmnAwareTests.assertThat(pi).isWaitingAt(LEAVE_ENDS).hasPassed(RECORD_APPROVAL, HAND_OVER);
    assertThat(assigneeOf(taskId)).isEqualTo(BACKUP);
    assertThat(engine.getTaskService().getTaskComments(taskId)).extracting(c -> c.getFullMessage())
        .anyMatch(m -> m.contains(pi.getBusinessKey()) && m.contains(BACKUP));
    LeaveRegister.Leave leave = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(leave.status()).isEqualTo(LeaveRegister.APPROVED);
    assertThat(leave.approvedBy()).isEqualTo("demo-team-lead");
    assertThat(leave.handedOverTasks()).contains("回访用户（测试）");
    assertThat(register.approvedLeaveDays(APPLICANT, tomorrow, tomorrow)).isEqualByComparingTo("1");
    assertThat(register.approvedLeaveDays(APPLICANT, BASE, BASE)).isEqualByComparingTo("0");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("leave-approved");

    driver.fireTimer(pi, LEAVE_ENDS);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(COMPLETED);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactlyInAnyOrder("leave-approved", "leave-ended");
    assertThat(assigneeOf(taskId)).as("nothing moves back by itself").isEqualTo(BACKUP);
    engine.getTaskService().deleteTask(taskId, true);
  }

  @Test
  void shouldSendLongerLeaveToTheSystemOwner() {
    clockAt(BASE.plusDays(1).atTime(9, 0));
    LocalDate from = BASE.plusDays(3);

    ProcessInstance pi = driver.startAs(LeaveRequestProcess.KEY, APPLICANT, "service-desk", leave(from, from.plusDays(1), 1.5, false));

    assertThat(candidateGroups(driver.task(pi, APPROVE))).containsExactly("system-owner");
    driver.claimAndCompleteAs(pi, APPROVE, "demo-system-owner", "system-owner", "approval", "approved", "approvalComment", "同意，注意交接");

    BpmnAwareTests.assertThat(pi).isWaitingAt(LEAVE_ENDS).hasPassed(HAND_OVER);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().approvedBy()).isEqualTo("demo-system-owner");
    assertThat(register.approvedLeaveDays(APPLICANT, from, from.plusDays(1))).isEqualByComparingTo("1.5");
    assertThat(register.approvedLeaveDays(APPLICANT, from, from)).as("half of the two days").isEqualByComparingTo("0.8");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRecordARejectionAndLeaveTheTasksWithTheApplicant() {
    clockAt(BASE.plusDays(2).atTime(9, 0));
    String taskId = openTaskOf(APPLICANT, "运行监控（测试）");
    LocalDate from = BASE.plusDays(4);

    ProcessInstance pi = driver.startAs(LeaveRequestProcess.KEY, APPLICANT, "service-desk", leave(from, from, 0.5, false));
    driver.claimAndCompleteAs(pi, APPROVE, "demo-team-lead", "team-lead", "approval", "rejected", "approvalComment", "当天有割接，不批准");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(REJECTED).hasNotPassed(HAND_OVER);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(LeaveRegister.REJECTED);
    assertThat(register.approvedLeaveDays(APPLICANT, from, from)).isEqualByComparingTo("0");
    assertThat(assigneeOf(taskId)).isEqualTo(APPLICANT);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("leave-rejected");
    engine.getTaskService().deleteTask(taskId, true);
  }

  @Test
  void shouldCoverASuddenIllnessNotifiedBeforeEightAtOnceAndRemindOfThePaperworkDaily() {
    LocalDate today = BASE.plusDays(5);
    clockAt(today.atTime(7, 30));
    String taskId = openTaskOf(APPLICANT, "一线分析处理（测试）");

    ProcessInstance pi = driver.startAs(LeaveRequestProcess.KEY, APPLICANT, "service-desk", leave(today, today, 1, true));

    BpmnAwareTests.assertThat(pi).isWaitingAt(PAPERWORK).hasPassed(NOTIFY_SUDDEN, COVER_AT_ONCE);
    assertThat(assigneeOf(taskId)).as("the backup takes over at once").isEqualTo(BACKUP);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "noticeOnTime")).isEqualTo(true);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().noticeOnTime()).isTrue();
    assertThat(driver.task(pi, PAPERWORK).getAssignee()).isEqualTo(APPLICANT);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("leave-sudden-notice");

    driver.fireTimer(pi, PAPERWORK_REMINDER);
    driver.fireTimer(pi, PAPERWORK_REMINDER);

    BpmnAwareTests.assertThat(pi).isWaitingAt(PAPERWORK).hasPassed(REMIND_PAPERWORK);
    assertThat(driver.notificationTemplates(pi.getBusinessKey()))
        .containsExactlyInAnyOrder("leave-sudden-notice", "leave-paperwork-reminder", "leave-paperwork-reminder");

    driver.claimAndCompleteAs(pi, PAPERWORK, APPLICANT, "service-desk", "paperworkNote", "已补交医院诊断证明");
    assertThat(candidateGroups(driver.task(pi, APPROVE))).containsExactly("system-owner");
    driver.claimAndCompleteAs(pi, APPROVE, "demo-system-owner", "system-owner", "approval", "approved", "approvalComment", "同意");

    BpmnAwareTests.assertThat(pi).isWaitingAt(LEAVE_ENDS).hasNotPassed(HAND_OVER);
    assertThat(register.approvedLeaveDays(APPLICANT, today, today)).isEqualByComparingTo("1");
    driver.fireTimer(pi, LEAVE_ENDS);
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(COMPLETED);
    engine.getTaskService().deleteTask(taskId, true);
  }

  @Test
  void shouldRecordASuddenIllnessNotifiedAfterEightAsLate() {
    LocalDate today = BASE.plusDays(6);
    clockAt(today.atTime(8, 0));

    ProcessInstance pi = driver.startAs(LeaveRequestProcess.KEY, APPLICANT, "service-desk", leave(today, today, 1, true));

    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "noticeOnTime")).isEqualTo(false);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().noticeOnTime()).isFalse();
    BpmnAwareTests.assertThat(pi).isWaitingAt(PAPERWORK);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldNeverLetTheApplicantApproveOwnLeave() {
    clockAt(BASE.plusDays(7).atTime(9, 0));
    LocalDate from = BASE.plusDays(8);
    ProcessInstance pi = driver.startAs(LeaveRequestProcess.KEY, APPLICANT, "service-desk", leave(from, from, 1, false));

    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, APPROVE, APPLICANT, "team-lead", "approval", "approved",
        "approvalComment", "自己批准"))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining("不能审批自己的请假");
    BpmnAwareTests.assertThat(pi).isWaitingAt(APPROVE);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseBadStartInputNamingTheField() {
    LocalDate today = BASE.plusDays(9);
    clockAt(today.atTime(9, 0));
    Map<String, Object> self = leave(today.plusDays(1), today.plusDays(1), 1, false);
    self.put("backupEngineer", APPLICANT);
    Map<String, Object> unknown = leave(today.plusDays(1), today.plusDays(1), 1, false);
    unknown.put("backupEngineer", "nobody-here");
    Map<String, Object> notEngineer = leave(today.plusDays(1), today.plusDays(1), 1, false);
    notEngineer.put("backupEngineer", "demo-team-lead");

    assertField(self, "backupEngineer");
    assertField(unknown, "backupEngineer");
    assertField(notEngineer, "backupEngineer");
    assertField(leave(today.plusDays(1), today.plusDays(1), 1.5, false), "days");
    assertField(leave(today.plusDays(1), today.plusDays(2), 0.3, false), "days");
    assertField(leave(today.plusDays(2), today.plusDays(1), 1, false), "leaveTo");
    assertField(leave(today.minusDays(1), today.minusDays(1), 1, false), "leaveFrom");
    assertField(leave(today.plusDays(1), today.plusDays(1), 1, true), "leaveFrom");
    Map<String, Object> noType = leave(today.plusDays(1), today.plusDays(1), 1, false);
    noType.put("leaveType", "holiday");
    assertField(noType, "leaveType");
    Map<String, Object> badDate = leave(today.plusDays(1), today.plusDays(1), 1, false);
    badDate.put("leaveFrom", "明天");
    assertField(badDate, "leaveFrom");
    Map<String, Object> byLead = leave(today.plusDays(1), today.plusDays(1), 1, false);
    byLead.put("applicant", "demo-team-lead");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(LeaveRequestProcess.KEY, byLead))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("applicant");
    assertThatThrownBy(() -> driver.startAs(LeaveRequestProcess.KEY, "demo-team-lead", "team-lead", leave(today.plusDays(1), today.plusDays(1), 1, false)))
        .as("only the engineers may start a leave request").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }

  void assertField(Map<String, Object> variables, String field) {
    assertThatThrownBy(() -> driver.startAs(LeaveRequestProcess.KEY, APPLICANT, "service-desk", variables))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) rootCause(e)).field()).isEqualTo(field))
        .hasMessageContaining(field);
  }

  static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
