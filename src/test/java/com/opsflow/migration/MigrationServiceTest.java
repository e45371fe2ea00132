package com.opsflow.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.migration.MigrationProcess.Var;
import com.opsflow.support.PlainDatabase;
import com.opsflow.ticket.TicketEvent;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migration rules without engine or Spring (issue 11): the switch-over needs verified functions and a complete,
 * matching checklist; the checklist entered in the verification is stored once, on the ticket too.
 */
class MigrationServiceTest {

  static final String NUMBER = "MIG-20261203-0001";
  static final String ENGINEER = "demo-second-line";

  PlainDatabase db;
  MigrationChecklist checklist;
  MigrationService service;

  @BeforeEach
  void setUp() {
    db = new PlainDatabase();
    checklist = new MigrationChecklist(db.jdbc, db.time, db.tickets);
    service = new MigrationService(new MigrationRegister(db.jdbc, db.time), checklist, db.tickets);
    service.recorded(TicketEvent.MIGRATION_REGISTERED, NUMBER, "pi-m", ENGINEER, Map.of(Var.SYSTEM, "tips",
        Var.TYPE, "application", Var.REQUESTING_OFFICE, "省局信息中心", Var.SUMMARY, "征管库迁至新存储"));
  }

  @Test
  void shouldRegisterTheMigrationWithItsTypeOnTheTicket() {
    assertThat(db.history(NUMBER)).contains("migration-registered|" + ENGINEER + "|应用软件与中间件迁移，申请单位 省局信息中心");
  }

  @Test
  void shouldRefuseTheSwitchOverWithoutVerifiedFunctions() {
    Map<String, Object> form = switchOver("table\nTAX_DECL,100,100,abc,abc");
    form.put(Var.FUNCTION_VERIFIED, false);

    assertThatThrownBy(() -> service.verified(NUMBER, ENGINEER, form, null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("应用功能验证未通过，不能切换");
  }

  @Test
  void shouldRefuseTheSwitchOverWhileATableDoesNotMatch() {
    assertThatThrownBy(() -> service.checkVerification(NUMBER, switchOver(null), Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("核对清单为空");
    assertThatThrownBy(() -> service.verified(NUMBER, ENGINEER, switchOver("TAX_DECL,100,99,abc,abd"), null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("数据核对不一致，不能切换（共 1 张表）");
  }

  @Test
  void shouldStoreAMatchingChecklistOnceAndRecordTheImport() {
    MigrationService.Verified verified = service.verified(NUMBER, ENGINEER, switchOver("TAX_DECL,100,100,abc,abc"),
        null);
    MigrationService.Verified again = service.verified(NUMBER, ENGINEER, switchOver("TAX_DECL,100,100,abc,abc"), null);

    assertThat(verified.stored()).isTrue();
    assertThat(verified.summary()).startsWith("共 1 张表，全部一致");
    assertThat(again.stored()).isFalse();
    assertThat(db.history(NUMBER)).containsOnlyOnce("checklist-imported|" + ENGINEER + "|导入 1 张表的核对数据，其中 0 张不一致");
  }

  @Test
  void shouldNameTheFailedStepInTheMailNote() {
    Map<String, Object> v = new HashMap<>(Map.of(Var.SUMMARY, "征管库迁至新存储", Var.FAILED_STEP, "switch-over",
        Var.ROLLBACK_NOTE, "已切回原库"));

    assertThat(service.note(NUMBER, v)).contains("迁移单号：" + NUMBER, "回退原因：切换失败", "回退情况：已切回原库",
        "方案编写人：—");
  }

  private static Map<String, Object> switchOver(String csv) {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.VERIFY_OUTCOME, MigrationProcess.SWITCH_OVER);
    form.put(Var.FUNCTION_VERIFIED, true);
    form.put(Var.CHECKLIST_CSV, csv);
    return form;
  }
}
