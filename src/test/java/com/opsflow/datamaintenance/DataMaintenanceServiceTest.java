package com.opsflow.datamaintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.datamaintenance.DataMaintenanceProcess.Var;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.PlainDatabase;
import com.opsflow.worklog.CompletedTasks;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data-maintenance rules without engine or Spring: an H2 register and the ticket history (issue 11). */
class DataMaintenanceServiceTest {

  static final String NUMBER = "DM-20261203-0001";
  static final String ENGINEER = "demo-second-line";
  static final String LEAD = "demo-team-lead";

  PlainDatabase db;
  DataMaintenanceRegister register;
  DataMaintenanceService service;

  @BeforeEach
  void setUp() {
    db = new PlainDatabase();
    register = new DataMaintenanceRegister(db.jdbc, db.time);
    service = new DataMaintenanceService(register, db.tickets, new CompletedTasks(db.jdbc, db.time));
    db.ticket("INC-20261203-0007", "incident", "公文状态错误");
    db.ticket(NUMBER, DataMaintenanceProcess.KEY, "公文流转状态错误，需后台修正");
    service.opened(NUMBER, "pi-dm", "oa", "INC-20261203-0007", "公文流转状态错误，需后台修正", "demo-service-desk");
  }

  @Test
  void shouldLinkTheRequestAndTheIncidentBothWays() {
    assertThat(register.find(NUMBER).orElseThrow().incidentNumber()).isEqualTo("INC-20261203-0007");
    assertThat(db.history("INC-20261203-0007"))
        .contains("data-maintenance-opened|demo-service-desk|数据维护单 " + NUMBER + "：公文流转状态错误，需后台修正");
    assertThat(db.history(NUMBER)).contains("incident-linked|demo-service-desk|INC-20261203-0007");
  }

  @Test
  void shouldNameTheMissingFieldInChinese() {
    assertThatThrownBy(() -> service.communicated(NUMBER, ENGINEER, Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("沟通确认记录");
    assertThatThrownBy(() -> service.analysed(NUMBER, ENGINEER, Map.of(Var.ANALYSIS_NOTE, "10 条记录",
        Var.DATA_CATEGORY, "weather"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("生产数据类别");
  }

  @Test
  void shouldRefuseACountThatIsNotAWholeNumber() {
    Map<String, Object> plan = plan();
    plan.put(Var.EXPECTED_RECORDS, "2.5");

    assertThatThrownBy(() -> service.planWritten(NUMBER, ENGINEER, plan)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("预计影响记录数").hasMessageContaining("不小于 0 的整数");
  }

  @Test
  void shouldRefuseAPlanWithoutAnAuthenticatedAuthor() {
    assertThatThrownBy(() -> service.planWritten(NUMBER, null, plan())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("方案须由登录用户编写");
  }

  @Test
  void shouldHandTheApprovalTheVersionedPlanWithItsAuthor() {
    DataMaintenanceService.PlanWritten written = service.planWritten(NUMBER, ENGINEER, plan());

    assertThat(written.version()).isEqualTo(1);
    assertThat(written.expectedRecords()).isEqualTo(10L);
    assertThat(written.author()).isEqualTo(ENGINEER);
    assertThat(written.approvalSubject()).isEqualTo("数据维护 " + NUMBER + "：公文流转状态错误，需后台修正（第 1 版方案）");
    assertThat(written.approvalDocument()).contains("关联事件：INC-20261203-0007", "生产数据类别：业务数据（税款、票据等）",
        "预计影响记录数：10", "回退步骤：\n按前镜像恢复");
    assertThat(db.history(NUMBER)).contains("dm-plan-written|" + ENGINEER + "|第 1 版方案，预计影响 10 条记录");
  }

  @Test
  void shouldReportACountMismatchOfTheProductionRun() {
    service.planWritten(NUMBER, ENGINEER, plan());

    DataMaintenanceService.ProductionRun run = service.executed(NUMBER, ENGINEER, Map.of(Var.BEFORE_IMAGE_TAKEN, true,
        Var.ACTUAL_RECORDS, 12L, Var.EXECUTION_NOTE, "已执行", Var.EXPECTED_RECORDS, 10L));

    assertThat(run).isEqualTo(new DataMaintenanceService.ProductionRun(12, false, ENGINEER));
    assertThat(register.currentPlan(NUMBER).orElseThrow().actualRecords()).isEqualTo(12L);
    assertThat(db.history(NUMBER)).contains("dm-executed|" + ENGINEER + "|生产环境实施，实际影响 12 条记录（预计 10 条）");
  }

  @Test
  void shouldNotRunThePlanWithoutABeforeImage() {
    assertThatThrownBy(() -> service.executed(NUMBER, ENGINEER, Map.of(Var.ACTUAL_RECORDS, 10L,
        Var.EXECUTION_NOTE, "已执行", Var.EXPECTED_RECORDS, 10L)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("实施前须按方案保存数据前镜像");
  }

  @Test
  void shouldKeepWhoeverRanThePlanInTheRegisterOfCompletedTasksFromReviewingItsMismatch() {
    db.jdbc.update("INSERT INTO task_completion (task_id, process_instance_id, business_key, process_key, task_key,"
        + " completed_by, completed_at) VALUES ('t1', 'pi-dm', ?, ?, ?, ?, ?)", NUMBER, DataMaintenanceProcess.KEY,
        DataMaintenanceProcess.Element.RUN_IN_PRODUCTION, LEAD, Timestamp.from(Instant.now()));
    Map<String, Object> review = Map.of(Var.MISMATCH_DECISION, DataMaintenanceProcess.ACCEPT,
        Var.MISMATCH_REASON, "多出的 2 条为同一公文的副本", Var.EXECUTED_BY, "");

    assertThatThrownBy(() -> service.mismatchDecided(NUMBER, "pi-dm", LEAD, LEAD, review))
        .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("生产环境实施人 " + LEAD);
    assertThatThrownBy(() -> service.checkNotOwnRun("pi-dm", ENGINEER, null, ENGINEER))
        .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("生产环境实施人 " + ENGINEER);
  }

  @Test
  void shouldReopenTheTicketWhenTheUserStillSeesAProblem() {
    service.confirmed(NUMBER, ENGINEER, Map.of(Var.USER_CONFIRMATION, DataMaintenanceProcess.NOT_CONFIRMED,
        Var.CONFIRMATION_NOTE, "仍有 1 份待办"));

    assertThat(db.history(NUMBER)).contains("reopened|" + ENGINEER + "|用户确认有问题：仍有 1 份待办");
    assertThat(register.find(NUMBER).orElseThrow().userSatisfied()).isFalse();
  }

  @Test
  void shouldWriteTheMailNoteFromTheCurrentPlan() {
    service.planWritten(NUMBER, ENGINEER, plan());
    service.reviewed(NUMBER, "rejected", "回退步骤不完整", LEAD);

    assertThat(service.note(NUMBER)).isEqualTo("方案版本：第 1 版（编写人 " + ENGINEER + "）\n预计影响记录数：10\n"
        + "审批意见：回退步骤不完整\n");
  }

  private static Map<String, Object> plan() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SUMMARY, "公文流转状态错误，需后台修正");
    v.put(Var.INCIDENT_NUMBER, "INC-20261203-0007");
    v.put(Var.SYSTEM, "oa");
    v.put(Var.DATA_CATEGORY, "business");
    v.put(Var.PLAN_STEPS, "UPDATE doc SET status = 'done' WHERE id IN (…)");
    v.put(Var.EXPECTED_RECORDS, 10L);
    v.put(Var.BEFORE_IMAGE, "备份表 doc_bak_20261203");
    v.put(Var.ROLLBACK_STEPS, "按前镜像恢复");
    return v;
  }
}
