package com.opsflow.staff;

import static com.opsflow.staff.StaffChangeProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.staff.StaffChangeProcess.Var;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** staff-change 驻场人员变更 (A-4.3, B-2.4.3(8)(9), C 运维人员要求 5): every path, the clock moved to the last day. */
@OpsFlowProcessTest
class StaffChangeProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  StaffChangeRegister register;
  @Autowired
  ResidentEngineers engineers;
  @Autowired
  UnauthorizedReplacementEvidence evidence;
  @Autowired
  TicketTime time;
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

  String freshUser(String prefix) {
    String id = prefix + "-" + Long.toString(System.nanoTime(), 36);
    User user = engine.getIdentityService().newUser(id);
    user.setFirstName(id);
    user.setLastName("接替");
    engine.getIdentityService().saveUser(user);
    return id;
  }

  List<String> roster(String contract) {
    return register.roster(contract, engineers.of(contract));
  }

  Map<String, Object> request(String contract, String leaving, String replacement, LocalDate lastDay) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.CONTRACT, contract);
    v.put(Var.LEAVING, leaving);
    if (replacement != null) {
      v.put(Var.REPLACEMENT, replacement);
    }
    v.put(Var.LAST_DAY, lastDay.toString());
    v.put(Var.REASON, "个人原因离职");
    return v;
  }

  ProcessInstance start(Map<String, Object> variables) {
    return as("demo-team-lead", "team-lead", () -> engine.getRuntimeService()
        .createProcessInstanceByKey(StaffChangeProcess.KEY).setVariables(variables).execute());
  }

  <T> T as(String user, String group, java.util.function.Supplier<T> action) {
    return driver.as(user, List.of(group), action);
  }

  void complete(ProcessInstance pi, String key, String user, String group, Object... keyValues) {
    Task task = driver.task(pi, key);
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      vars.put((String) keyValues[i], keyValues[i + 1]);
    }
    as(user, group, () -> {
      engine.getTaskService().complete(task.getId(), vars);
      return null;
    });
  }

  Object var(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  /**
   * A-4.3(2) "驻场人员离岗须提前一个月提出申请，服务商应提前安排好接替人员，方可办理工作交接"; B-2.4.3(8) "在合同服务期内未经采购方
   * 同意，不得随意更换": the bureau consents, the hand-over moves the leaving engineer's open tasks to the replacement.
   */
  @Test
  void shouldReplaceAnEngineerWithTheBureausConsentAndHandTheOpenTasksOver() {
    String leaving = roster("oa").get(0);
    String replacement = freshUser("oa-eng");
    Task open = engine.getTaskService().newTask();
    open.setName("待办：核对公文回执");
    open.setAssignee(leaving);
    engine.getTaskService().saveTask(open);

    ProcessInstance pi = start(request("oa", leaving, replacement, time.today().plusMonths(1).plusDays(3)));

    assertThat(pi.getBusinessKey()).matches("SC-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(CONSENT).hasPassed(RULES, CHECK).hasNotPassed(FLAG_BREACH);
    BpmnAwareTests.assertThat(BpmnAwareTests.task(pi)).hasCandidateGroup("bureau-it");
    assertThat(var(pi, Var.MINIMUM)).isEqualTo(1);
    assertThat(var(pi, Var.NOTICE_SHORT)).isEqualTo(false);
    assertThat(var(pi, Var.STAFFING_BREACH)).isEqualTo(false);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow())
        .satisfies(c -> assertThat(c.status()).isEqualTo(StaffChangeRegister.PENDING))
        .satisfies(c -> assertThat(c.requestedBy()).isEqualTo("demo-team-lead"));
    assertThat(roster("oa")).as("nothing changes before the consent").contains(leaving).doesNotContain(replacement);

    complete(pi, CONSENT, "demo-bureau-it", "bureau-it", Var.CONSENT, "approve", Var.CONSENT_COMMENT, "同意，交接完毕后离岗");
    BpmnAwareTests.assertThat(pi).isWaitingAt(HAND_OVER);
    complete(pi, HAND_OVER, "demo-team-lead", "team-lead", Var.HANDOVER_DOCUMENTS, "运维手册、值班记录、账号清单");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(TAKE_OVER, COMPLETED);
    assertThat(engine.getTaskService().createTaskQuery().taskId(open.getId()).singleResult().getAssignee())
        .isEqualTo(replacement);
    StaffChangeRegister.StaffChange change = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(change.status()).isEqualTo(StaffChangeRegister.COMPLETED);
    assertThat(change.decidedBy()).isEqualTo("demo-bureau-it");
    assertThat(change.handedOverTasks()).contains("待办：核对公文回执");
    assertThat(roster("oa")).contains(replacement).doesNotContain(leaving);
    assertThat(evidence.evidenceFor(replacement, "oa", time.today(), time.today().plusDays(1)))
        .as("a replacement with consent is no item").isEmpty();
    engine.getTaskService().deleteTask(open.getId(), true);
  }

  /**
   * A-4.2 "本项目中所需驻场人员不少于1人" (and one month's notice, A-4.3(2)): the only TIPS engineer leaving without a
   * replacement is flagged to the system owner before the bureau decides; the bureau refuses, nobody moves.
   */
  @Test
  void shouldFlagABreachOfTheMinimumStaffingAndShortNoticeAndKeepTheEngineerWhenTheBureauRefuses() {
    List<String> before = roster("tips");
    ProcessInstance pi = start(request("tips", before.get(0), null, time.today().plusDays(10)));

    BpmnAwareTests.assertThat(pi).hasPassed(FLAG_BREACH).isWaitingAt(CONSENT);
    assertThat(var(pi, Var.STAFFING_BREACH)).isEqualTo(true);
    assertThat(var(pi, Var.NOTICE_SHORT)).isEqualTo(true);
    assertThat((String) var(pi, Var.STAFFING_NOTE)).contains("低于最低配备", "提前期不足 1 个月");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("staff-minimum-breach");

    complete(pi, CONSENT, "demo-bureau-it", "bureau-it", Var.CONSENT, "reject", Var.CONSENT_COMMENT, "无接替人员，不同意离岗");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(NOTIFY_REJECTED, REJECTED).hasNotPassed(HAND_OVER);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("staff-change-rejected");
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(StaffChangeRegister.REJECTED);
    assertThat(roster("tips")).isEqualTo(before);
  }

  /** A-4.3(2) "方可办理工作交接。工作交接完毕": the last day comes with the hand-over still open → team lead and owner. */
  @Test
  void shouldRemindTheTeamLeadAndTheOwnerWhenTheLastDayComesBeforeTheHandOver() {
    LocalDate lastDay = time.today().plusMonths(2);
    ProcessInstance pi = start(request("oa", roster("oa").get(0), freshUser("oa-eng"), lastDay));
    complete(pi, CONSENT, "demo-bureau-it", "bureau-it", Var.CONSENT, "approve", Var.CONSENT_COMMENT, "同意");

    assertThat(driver.timerJob(pi, HAND_OVER_DUE).getDuedate().toInstant())
        .isEqualTo(lastDay.atStartOfDay(time.zone()).toInstant());
    driver.fireTimer(pi, HAND_OVER_DUE);

    BpmnAwareTests.assertThat(pi).hasPassed(REMIND_HAND_OVER).isWaitingAt(HAND_OVER);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("staff-handover-due");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  /**
   * SPEC §5 unauthorized-replacement 不按规定更换驻场工程师 (B-2.4.3(9) "投标人在未得到采购方许可的情况下随意更换支持人员，采购方可
   * 根据合同条款进行处理"): a replacement reported afterwards is the item, with the change as its evidence; C's
   * "至少3名工程师" with the named roles is checked too.
   */
  @Test
  void shouldMakeAReplacementWithoutConsentTheUnauthorizedReplacementItem() {
    String replacement = freshUser("inv-eng");
    Map<String, Object> v = request("invoice", roster("invoice").get(0), replacement, time.today().minusDays(3));
    v.put(Var.ROLE, "operations");
    v.put(Var.ALREADY_REPLACED, true);

    ProcessInstance pi = start(v);

    assertThat(var(pi, Var.MINIMUM)).isEqualTo(3);
    assertThat(var(pi, Var.STAFFING_BREACH)).as("C: fewer than 3 resident engineers").isEqualTo(true);
    assertThat((String) var(pi, Var.STAFFING_NOTE)).contains("事后补报", "不按规定更换驻场工程师");
    List<EvaluationEvidence> lines = evidence.evidenceFor(replacement, "invoice", time.today().withDayOfMonth(1),
        time.today().withDayOfMonth(1).plusMonths(1));
    assertThat(lines).singleElement().satisfies(e -> {
      assertThat(e.item()).isEqualTo(StaffChangeProcess.ITEM);
      assertThat(e.count()).isEqualTo(1);
      assertThat(e.references()).containsExactly(pi.getBusinessKey());
    });
    assertThat(evidence.evidenceFor(replacement, "oa", time.today().withDayOfMonth(1),
        time.today().withDayOfMonth(1).plusMonths(1))).isEmpty();
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseABadRequestNamingTheFieldAndTheRequesterDecidingIt() {
    assertThatThrownBy(() -> start(request("tips", "nobody-here", null, time.today().plusMonths(2))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("leavingEngineer");
    assertThatThrownBy(() -> start(request("invoice", roster("invoice").get(0), null, time.today().plusMonths(2))))
        .hasMessageContaining("engineerRole");
    assertThatThrownBy(() -> start(request("oa", roster("oa").get(0), null, time.today().minusDays(1))))
        .hasMessageContaining("lastDay");
    assertThatThrownBy(() -> start(request("oa", roster("oa").get(0), "nobody-here", time.today().plusMonths(2))))
        .hasMessageContaining("replacementEngineer");

    ProcessInstance pi = start(request("oa", roster("oa").get(0), null, time.today().plusMonths(2)));
    Task consent = driver.task(pi, CONSENT);
    driver.as("demo-team-lead", List.of("team-lead", "bureau-it"), () -> {
      assertThatThrownBy(() -> engine.getTaskService().complete(consent.getId(), Map.of(Var.CONSENT, "approve",
          Var.CONSENT_COMMENT, "同意"))).hasRootCauseInstanceOf(ActionNotAllowedException.class);
    });
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }
}
