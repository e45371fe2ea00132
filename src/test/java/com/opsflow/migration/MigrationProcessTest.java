package com.opsflow.migration;

import static com.opsflow.migration.MigrationProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.calendar.BusinessCycle;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.migration.MigrationProcess.Var;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.PlanApprovals;
import com.opsflow.support.ProcessDriver;
import com.opsflow.training.TrainingProcess;
import com.opsflow.ticket.TicketService;
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

/**
 * Every path of {@code migration}: switch-over and a business cycle of monitoring, plan revisions (failed
 * test, user returns it, approval rework), rejection, and the rollback from each step; the switch-over is
 * refused while the data checklist is empty or does not match.
 */
@OpsFlowProcessTest
class MigrationProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String ENGINEER = "demo-second-line";
  static final String MATCHING = """
      table,rowsBefore,rowsAfter,checksumBefore,checksumAfter
      GW_DOCUMENT,120331,120331,9f2c11ab,9f2c11ab
      GW_FLOW_LOG,5567120,5567120,01aa77e3,01AA77E3
      """;

  @Autowired
  ProcessEngine engine;
  @Autowired
  MigrationRegister register;
  @Autowired
  MigrationChecklist checklist;
  @Autowired
  TicketService tickets;
  @Autowired
  BusinessCycle businessCycle;
  ProcessDriver driver;
  PlanApprovals approval;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
    approval = new PlanApprovals(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2031, 6, 9, 10, 0).atZone(SHANGHAI).toInstant()));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> application(boolean data) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "oa");
    v.put(Var.TYPE, "application");
    v.put(Var.DATA_MIGRATION, data);
    v.put(Var.REQUESTING_OFFICE, "区局信息中心");
    v.put(Var.SUMMARY, "综合办公系统迁移到新虚拟化平台");
    v.put(Var.DESCRIPTION, "应用服务器和 WebLogic 迁移到新虚拟化平台，数据库随迁");
    return v;
  }

  ProcessInstance start(Map<String, Object> variables) {
    return driver.startAs(MigrationProcess.KEY, ENGINEER, "second-line", variables);
  }


  void engineer(ProcessInstance pi, String taskKey, Object... keyValues) {
    driver.completeAs(pi, taskKey, ENGINEER, "second-line", keyValues);
  }

  void plan(ProcessInstance pi) {
    engineer(pi, PLAN, Var.MIGRATION_PLAN, "周六 20:00 停机，迁移应用与数据，导出导入后核对各表行数和校验值",
        Var.ROLLBACK_PLAN, "切回原服务器，恢复迁移前的数据库备份");
  }

  void testAndConfirm(ProcessInstance pi) {
    engineer(pi, TEST, Var.TEST_RESULT, "passed", Var.TEST_NOTE, "测试环境演练两次成功");
    driver.completeAs(pi, CONFIRM, "demo-system-owner", "system-owner", Var.USER_DECISION, "confirmed", Var.USER_NOTE, "同意按方案实施");
  }

  ProcessInstance approvedAndImplemented() {
    ProcessInstance pi = start(application(true));
    engineer(pi, SURVEY, Var.ENVIRONMENT_BEFORE, "旧 HP 小机，WebLogic 10", Var.ENVIRONMENT_AFTER, "虚拟化平台，WebLogic 12");
    plan(pi);
    testAndConfirm(pi);
    approval.approveAll(pi);
    engineer(pi, IMPLEMENT, Var.IMPLEMENT_RESULT, "done", Var.IMPLEMENT_NOTE, "22:30 迁移完成");
    return pi;
  }

  void verify(ProcessInstance pi, String outcome, boolean functions, String csv) {
    engineer(pi, VERIFY, Var.FUNCTION_VERIFIED, functions, Var.VERIFICATION_NOTE, "公文收发、流程流转正常",
        Var.VERIFY_OUTCOME, outcome, Var.CHECKLIST_CSV, csv);
  }

  @Test
  void shouldSwitchOverOnAMatchingChecklistAndCloseAfterTheBusinessCycle() {
    ProcessInstance pi = start(application(false));
    assertThat(pi.getBusinessKey()).matches("MIG-20310609-\\d{4}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(SURVEY).hasPassed(REGISTER);
    engineer(pi, SURVEY, Var.ENVIRONMENT_BEFORE, "旧服务器", Var.ENVIRONMENT_AFTER, "新服务器");
    plan(pi);
    testAndConfirm(pi);
    BpmnAwareTests.assertThat(pi).isWaitingAt(DECIDE_APPROVAL);
    assertThat(approval.calledWith(pi, ApprovalProcess.In.AUTHOR)).isEqualTo(ENGINEER);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), ApprovalProcess.In.GROUPS)).isEqualTo("team-lead,system-owner");
    assertThat((String) approval.calledWith(pi, ApprovalProcess.In.DOCUMENT)).contains("回退方案：切回原服务器", "用户确认意见：同意按方案实施");
    approval.approveAll(pi);
    engineer(pi, IMPLEMENT, Var.IMPLEMENT_RESULT, "done", Var.IMPLEMENT_NOTE, "完成");
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), Var.CHECKLIST_SUMMARY)).contains("尚未录入");

    assertThatThrownBy(() -> verify(pi, "switch-over", true, ""))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("核对清单为空");
    assertThatThrownBy(() -> verify(pi, "switch-over", true, MATCHING.replace("5567120,5567120", "5567120,5567119")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("GW_FLOW_LOG：行数 5567120 → 5567119");
    assertThat(checklist.lines(pi.getBusinessKey())).as("a refused completion keeps nothing").isEmpty();
    assertThatThrownBy(() -> verify(pi, "switch-over", false, MATCHING))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("functionVerified");
    BpmnAwareTests.assertThat(pi).isWaitingAt(VERIFY);

    verify(pi, "switch-over", true, MATCHING);

    assertThat(checklist.lines(pi.getBusinessKey())).hasSize(2).allMatch(MigrationChecklist.Line::matches);
    BpmnAwareTests.assertThat(pi).isWaitingAt(SWITCH_OVER);
    engineer(pi, SWITCH_OVER, Var.SWITCH_OVER_RESULT, "done", Var.SWITCH_OVER_NOTE, "DNS 已切换到新平台");
    BpmnAwareTests.assertThat(pi).isWaitingAt(MONITOR).hasPassed(RECORD_SWITCHED);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(MigrationProcess.SWITCHED_OVER);
    assertThat(driver.timerJob(pi, MONITORING_CYCLE).getDuedate()).as("one business cycle of oa")
        .isEqualTo(Date.from(businessCycle.end("oa", ClockUtil.getCurrentTime().toInstant())));
    assertThat(tickets.events(pi.getBusinessKey())).extracting(e -> e.eventType())
        .contains("checklist-imported", "migration-switched-over");

    driver.fireTimer(pi, MONITORING_CYCLE);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(CLOSE, NOTIFY_CLOSED, START_TRAINING, CLOSED).hasNotPassed(ROLL_BACK);
    // B-2.3.12「在新系统上线，或应用系统技术、业务发生重大变更时必须进行」: the application is live in its new environment,
    // a training starts by itself (message training-required), its plan left to the team lead
    ProcessInstance training = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TrainingProcess.KEY).variableValueEquals(TrainingProcess.Var.SOURCE_TICKET, pi.getBusinessKey())
        .singleResult();
    assertThat(training).isNotNull();
    BpmnAwareTests.assertThat(training).isWaitingAt(TrainingProcess.Element.PLAN);
    assertThat(engine.getRuntimeService().getVariable(training.getId(), TrainingProcess.Var.SYSTEM)).isEqualTo("oa");
    assertThat((String) engine.getRuntimeService().getVariable(training.getId(), TrainingProcess.Var.TRAINING_REASON))
        .contains(pi.getBusinessKey(), "新环境上线", "B-2.3.12");
    assertThat(tickets.events(pi.getBusinessKey())).extracting(e -> e.eventType()).contains("training-started");
    MigrationRegister.Migration migration = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(migration.status()).isEqualTo(MigrationProcess.COMPLETED);
    assertThat(migration.planAuthor()).isEqualTo(ENGINEER);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("migration-closed");
  }

  @Test
  void shouldSwitchOverOnChecklistRowsEnteredInTheVerificationFormAndRefuseABadRowNamingIt() {
    ProcessInstance pi = start(application(true));
    engineer(pi, SURVEY, Var.ENVIRONMENT_BEFORE, "旧服务器", Var.ENVIRONMENT_AFTER, "新服务器");
    plan(pi);
    testAndConfirm(pi);
    approval.approveAll(pi);
    // the figures before the migration, imported through /api before it
    checklist.save(pi.getBusinessKey(), List.of(new MigrationChecklist.Line("GW_DOCUMENT", 120331, null, "9f2c11ab",
        null)), ENGINEER);
    engineer(pi, IMPLEMENT, Var.IMPLEMENT_RESULT, "done", Var.IMPLEMENT_NOTE, "完成");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), Var.CHECKLIST_ROWS).toString())
        .as("the verification's list starts with the stored tables")
        .isEqualTo("[{\"table\":\"GW_DOCUMENT\",\"rowsBefore\":120331,\"rowsAfter\":null,"
            + "\"checksumBefore\":\"9f2c11ab\",\"checksumAfter\":null}]");

    assertThatThrownBy(() -> verifyRows(pi, List.of(checkRow("GW_DOCUMENT", 120331, 120330, "9f2c11ab", "9f2c11ab"))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("GW_DOCUMENT：行数 120331 → 120330");
    assertThatThrownBy(() -> verifyRows(pi, List.of(checkRow("GW_DOCUMENT", 120331, 120331, "9f2c11ab", "9f2c11ab"),
        checkRow("GW_FLOW_LOG", null, 5567120, "01aa77e3", "01aa77e3"))))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("字段 checklistRows（数据核对清单）第 2 行（GW_FLOW_LOG）：迁移前行数必填");
    assertThatThrownBy(() -> verifyRows(pi, List.of(checkRow("GW_DOCUMENT", 120331, null, "9f2c11ab", null))))
        .as("the stored table sent back without its after-figures").hasMessageContaining("GW_DOCUMENT：未填写迁移后的行数或校验值");
    assertThat(checklist.lines(pi.getBusinessKey())).as("a refused completion keeps nothing")
        .extracting(MigrationChecklist.Line::rowsAfter).containsExactly((Long) null);
    BpmnAwareTests.assertThat(pi).isWaitingAt(VERIFY);

    Map<String, Object> untouched = checkRow(null, null, null, "", null);
    verifyRows(pi, List.of(checkRow("GW_DOCUMENT", 120331, 120331.0, "9f2c11ab", "9f2c11ab"),
        checkRow("GW_FLOW_LOG", 5567120, 5567120, "01aa77e3", "01AA77E3"), untouched));

    assertThat(checklist.lines(pi.getBusinessKey())).extracting(MigrationChecklist.Line::table)
        .containsExactly("GW_DOCUMENT", "GW_FLOW_LOG");
    assertThat(checklist.lines(pi.getBusinessKey())).allMatch(MigrationChecklist.Line::matches);
    BpmnAwareTests.assertThat(pi).isWaitingAt(SWITCH_OVER);
  }

  void verifyRows(ProcessInstance pi, List<Map<String, Object>> rows) {
    engineer(pi, VERIFY, Var.FUNCTION_VERIFIED, true, Var.VERIFICATION_NOTE, "功能正常", Var.VERIFY_OUTCOME, "switch-over",
        Var.CHECKLIST_ROWS, rows);
  }

  static Map<String, Object> checkRow(String table, Number before, Number after, String sumBefore, String sumAfter) {
    Map<String, Object> row = new HashMap<>();
    row.put("table", table);
    row.put("rowsBefore", before);
    row.put("rowsAfter", after);
    row.put("checksumBefore", sumBefore);
    row.put("checksumAfter", sumAfter);
    return row;
  }

  @Test
  void shouldReviseThePlanAfterAFailedTestAReturnByTheUserAndAReworkThenEndOnRejection() {
    ProcessInstance pi = start(application(true));
    engineer(pi, SURVEY, Var.ENVIRONMENT_BEFORE, "旧", Var.ENVIRONMENT_AFTER, "新");
    plan(pi);
    engineer(pi, TEST, Var.TEST_RESULT, "failed", Var.TEST_NOTE, "导入超时");
    BpmnAwareTests.assertThat(pi).isWaitingAt(PLAN);
    plan(pi);
    engineer(pi, TEST, Var.TEST_RESULT, "passed", Var.TEST_NOTE, "通过");
    driver.completeAs(pi, CONFIRM, "demo-system-owner", "system-owner", Var.USER_DECISION, "returned", Var.USER_NOTE, "请避开月末征期");
    BpmnAwareTests.assertThat(pi).isWaitingAt(PLAN);
    plan(pi);
    testAndConfirm(pi);
    approval.runPending(pi);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), ApprovalProcess.In.REQUIRED)).as("data: three approvers").isEqualTo(3);
    approval.sendBack(pi, "补充数据校验方法");
    BpmnAwareTests.assertThat(pi).isWaitingAt(PLAN);
    plan(pi);
    testAndConfirm(pi);

    approval.reject(pi, "本年度不安排迁移");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_REJECTED, NOTIFY_REJECTED, REJECTED).hasNotPassed(IMPLEMENT);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(MigrationProcess.REJECTED);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("migration-rejected");
  }

  @Test
  void shouldRollBackWhenTheImplementationFails() {
    ProcessInstance pi = start(application(false));
    engineer(pi, SURVEY, Var.ENVIRONMENT_BEFORE, "旧", Var.ENVIRONMENT_AFTER, "新");
    plan(pi);
    testAndConfirm(pi);
    approval.approveAll(pi);

    engineer(pi, IMPLEMENT, Var.IMPLEMENT_RESULT, "failed", Var.IMPLEMENT_NOTE, "新平台存储无法挂载");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), Var.FAILED_STEP)).isEqualTo("implement");
    engineer(pi, ROLL_BACK, Var.ROLLBACK_NOTE, "原服务器继续提供服务");

    assertRolledBack(pi, "实施迁移失败");
  }

  @Test
  void shouldRollBackWhenTheVerificationFails() {
    ProcessInstance pi = approvedAndImplemented();

    verify(pi, "rollback", false, "GW_DOCUMENT,100,90,aa,bb");
    engineer(pi, ROLL_BACK, Var.ROLLBACK_NOTE, "恢复迁移前备份");

    assertRolledBack(pi, "验证未通过");
    assertThat(checklist.lines(pi.getBusinessKey())).singleElement().satisfies(l -> assertThat(l.matches()).isFalse());
  }

  @Test
  void shouldRollBackWhenTheSwitchOverFails() {
    ProcessInstance pi = approvedAndImplemented();
    checklist.save(pi.getBusinessKey(), MigrationChecklist.parseCsv(MATCHING), ENGINEER);
    verify(pi, "switch-over", true, null);

    engineer(pi, SWITCH_OVER, Var.SWITCH_OVER_RESULT, "failed", Var.SWITCH_OVER_NOTE, "负载均衡切换失败");
    engineer(pi, ROLL_BACK, Var.ROLLBACK_NOTE, "流量切回原服务器");

    assertRolledBack(pi, "切换失败");
  }

  @Test
  void shouldRollBackWhenMonitoringFindsAFaultWithinTheBusinessCycle() {
    ProcessInstance pi = approvedAndImplemented();
    verify(pi, "switch-over", true, MATCHING);
    engineer(pi, SWITCH_OVER, Var.SWITCH_OVER_RESULT, "done", Var.SWITCH_OVER_NOTE, "已切换");

    engineer(pi, MONITOR, Var.MONITORING_NOTE, "月末公文量大时新平台响应超过 30 秒");
    BpmnAwareTests.assertThat(pi).isWaitingAt(ROLL_BACK);
    assertThat(driver.task(pi, ROLL_BACK)).isNotNull();
    engineer(pi, ROLL_BACK, Var.ROLLBACK_NOTE, "切回原平台");

    assertRolledBack(pi, "业务周期监控发现异常");
    BpmnAwareTests.assertThat(pi).hasNotPassed(CLOSE);
  }

  @Test
  void shouldRefuseAStartWithoutTheRequestingOffice() {
    Map<String, Object> v = application(false);
    v.remove(Var.REQUESTING_OFFICE);
    assertThatThrownBy(() -> start(v)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("requestingOffice");
  }

  void assertRolledBack(ProcessInstance pi, String reason) {
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ROLLBACK_JOIN, RECORD_ROLLED_BACK, NOTIFY_ROLLED_BACK, ROLLED_BACK);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(MigrationProcess.ROLLED_BACK);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(tickets.events(pi.getBusinessKey())).anyMatch(e -> "closed".equals(e.eventType()) && e.detail().contains(reason));
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("migration-rolled-back");
  }
}
