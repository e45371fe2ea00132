package com.opsflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.PlainDatabase;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change rules without engine or Spring (issue 11): the window, the plan's author, the forward schedule. */
class ChangeServiceTest {

  static final String NUMBER = "CHG-20261203-0002";
  static final String BOOKED = "CHG-20261203-0001";

  PlainDatabase db;
  ChangeRegister register;
  ChangeService service;

  @BeforeEach
  void setUp() {
    db = new PlainDatabase();
    register = new ChangeRegister(db.jdbc, db.time);
    service = new ChangeService(register, db.tickets, db.time);
    db.ticket(BOOKED, ChangeProcess.KEY, "核心交换机固件升级");
    db.ticket(NUMBER, ChangeProcess.KEY, "征管库存储扩容");
    service.registered(BOOKED, "pi-1", Map.of(Var.SYSTEM, "tips", Var.CHANGE_TYPE, "network",
        Var.SUMMARY, "核心交换机固件升级"));
    register.plan(BOOKED, LocalDateTime.parse("2026-12-12T22:00"), LocalDateTime.parse("2026-12-13T02:00"), "张工", "",
        "demo-second-line", "");
    register.approved(BOOKED, "demo-team-lead");
    service.registered(NUMBER, "pi-2", Map.of(Var.SYSTEM, "tips", Var.CHANGE_TYPE, "storage",
        Var.SUMMARY, "征管库存储扩容"));
  }

  @Test
  void shouldRefuseAWindowThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> service.window("2026-12-12T23:00+08:00", "2026-12-12T22:00+08:00"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("窗口结束时间）须晚于窗口开始时间");
    assertThatThrownBy(() -> service.window(null, "2026-12-12T22:00+08:00"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("窗口开始时间）必填");
  }

  @Test
  void shouldRefuseAPlanWithoutAKnownAuthor() {
    assertThatThrownBy(() -> service.planAuthor(" ")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("变更方案须由登录用户编写");
  }

  @Test
  void shouldPutAConflictWithAnApprovedChangeOfTheSameSystemBeforeTheApprovers() {
    ChangeService.ScheduleChecked checked = service.checkSchedule(NUMBER, "demo-second-line", plan());

    assertThat(checked.conflicts()).isEqualTo(BOOKED + "「核心交换机固件升级」（窗口 2026-12-12 22:00 至 2026-12-13 02:00，已批准）");
    assertThat(checked.approvalSubject()).isEqualTo("一般变更 " + NUMBER + "：征管库存储扩容");
    assertThat(checked.approvalAuthor()).isEqualTo("demo-second-line");
    assertThat(checked.approvalDocument()).startsWith("【日程冲突】实施窗口与同一系统已批准的变更重叠：" + BOOKED)
        .contains("变更类别：存储", "实施计划：窗口 2026-12-13 00:00 至 2026-12-13 04:00");
    assertThat(db.history(NUMBER)).anyMatch(e -> e.startsWith("change-schedule-conflict|demo-second-line|实施窗口与同一系统"));
  }

  @Test
  void shouldAddOnlyTheChangesApprovedMeanwhileToTheKnownConflicts() {
    Map<String, Object> approved = plan();
    approved.put(Var.SCHEDULE_CONFLICTS, "");
    approved.put(ApprovalProcess.Out.APPROVED_BY, "demo-team-lead");

    Optional<String> conflicts = service.approved(NUMBER, null, approved);
    approved.put(Var.SCHEDULE_CONFLICTS, conflicts.orElseThrow());

    assertThat(conflicts.orElseThrow()).startsWith(BOOKED);
    assertThat(service.approved(NUMBER, null, approved)).isEmpty();
    assertThat(register.find(NUMBER).orElseThrow().approvedBy()).isEqualTo("demo-team-lead");
  }

  @Test
  void shouldCloseARolledBackChangeWithItsVerification() {
    String note = service.rolledBack(NUMBER, null, Map.of(Var.ROLLBACK_VERIFY_NOTE, "已恢复原存储配置"));

    assertThat(note).isEqualTo("已回退并验证：已恢复原存储配置");
    assertThat(register.find(NUMBER).orElseThrow().status()).isEqualTo(ChangeStatus.ROLLED_BACK);
    assertThat(db.history(NUMBER)).contains("change-rolled-back||已回退并验证：已恢复原存储配置");
  }

  private static Map<String, Object> plan() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "tips");
    v.put(Var.SUMMARY, "征管库存储扩容");
    v.put(Var.CHANGE_TYPE, "storage");
    v.put(Var.RISK_CLASS, "normal");
    v.put(Var.WINDOW_START, "2026-12-13T00:00+08:00");
    v.put(Var.WINDOW_END, "2026-12-13T04:00+08:00");
    v.put(Var.IMPLEMENTERS, "李工");
    v.put(Var.PLAN_AUTHOR, "demo-second-line");
    return v;
  }
}
