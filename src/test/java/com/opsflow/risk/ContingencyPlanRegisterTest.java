package com.opsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.risk.ContingencyPlanRegister.Plan;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contingency-plan register (V49) on the test database (H2; PostgreSQL with -Dopsflow.test.database=postgres):
 * versions are added, never overwritten; a key belongs to one system; approval decides a draft once; a rehearsal
 * moves the last rehearsal date forward only.
 */
@OpsFlowIntegrationTest
class ContingencyPlanRegisterTest {

  @Autowired
  ContingencyPlanRegister plans;
  @Autowired
  JdbcTemplate jdbc;

  static String newKey() {
    return "reg-test-" + Long.toString(System.nanoTime(), 36);
  }

  @Test
  void shouldAddEachVersionAsANewRowAndNeverChangeAnOlderOne() {
    String key = newKey();
    Plan v1 = plans.addVersion(key, "invoice", "P1", "发票库宕机预案", "第一版内容", "demo-second-line", "RSK-T-1");
    plans.approve(key, 1, "demo-team-lead", "同意");
    Plan v2 = plans.addVersion(key, "invoice", "P2", "发票库宕机预案（修订）", "第二版内容", "someone", "RSK-T-2");

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.status()).isEqualTo("draft");
    Plan first = plans.find(key, 1).orElseThrow();
    assertThat(first.content()).isEqualTo("第一版内容");
    assertThat(first.faultLevel()).isEqualTo("P1");
    assertThat(first.author()).isEqualTo("demo-second-line");
    assertThat(first.approvedBy()).isEqualTo("demo-team-lead");
    assertThat(plans.versions(key)).extracting(Plan::version).containsExactly(2, 1);
    assertThat(plans.latestApproved(key)).get().extracting(Plan::version).isEqualTo(1);
    assertThat(plans.draftOf("RSK-T-2")).get().extracting(Plan::version).isEqualTo(2);
    assertThat(plans.ofSystem("invoice")).extracting(Plan::key).contains(key);

    assertThatThrownBy(() -> jdbc.update("INSERT INTO contingency_plan (plan_key, version, system_id, fault_level,"
        + " title, content, status, author, created_at) VALUES (?, 1, 'invoice', 'P1', 't', 'c', 'draft', 'x',"
        + " CURRENT_TIMESTAMP)", key)).as("a version is written once").isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> plans.approve(key, 1, "demo-team-lead", "again"))
        .as("a decided version is not decided again").isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldRefuseAnotherSystemsPlanKey() {
    String key = newKey();
    plans.addVersion(key, "tips", "P1", "税库银前置机故障预案", "内容", "demo-second-line", "RSK-T-3");

    assertThatThrownBy(() -> plans.addVersion(key, "invoice", "P1", "t", "c", "demo-second-line", "RSK-T-4"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("planKey");
    assertThat(plans.versions(key)).hasSize(1);
  }

  @Test
  void shouldMoveTheLastRehearsalDateForwardOnlyAndKeepEveryRehearsal() {
    String key = newKey();
    plans.addVersion(key, "invoice", "P2", "网络中断预案", "内容", "demo-second-line", "RSK-T-5");
    plans.approve(key, 1, "demo-team-lead", null);

    plans.rehearse(key, 1, "RSK-T-5", LocalDate.of(2040, 3, 10), "二线 2 人", "passed", null, "demo-second-line");
    plans.rehearse(key, 1, "RSK-T-5", LocalDate.of(2040, 2, 1), "二线 1 人", "failed", "补录", "demo-second-line");

    assertThat(plans.find(key, 1).orElseThrow().lastRehearsedAt()).isEqualTo(LocalDate.of(2040, 3, 10));
    assertThat(plans.rehearsals(key)).extracting(ContingencyPlanRegister.Rehearsal::rehearsedOn)
        .containsExactly(LocalDate.of(2040, 3, 10), LocalDate.of(2040, 2, 1));
  }

  @Test
  void shouldKeepOnePlanPerMajorIncidentWithItsRehearsalDate() {
    String key = newKey();
    plans.addVersion(key, "invoice", "P1", "开票服务中断预案", "内容", "demo-second-line", "RSK-T-6");
    plans.approve(key, 1, "demo-team-lead", null);
    plans.rehearse(key, 1, "RSK-T-6", LocalDate.of(2040, 5, 5), "二线", "passed", null, "demo-second-line");
    String ticket = "INC-20400505-R" + Long.toString(System.nanoTime() % 100000, 36);

    plans.recordIncidentPlan(ticket, plans.find(key, 1).orElseThrow(), "demo-second-line");
    plans.recordIncidentPlan(ticket, plans.find(key, 1).orElseThrow(), "demo-second-line");

    assertThat(plans.incidentPlan(ticket)).get().satisfies(p -> {
      assertThat(p.planKey()).isEqualTo(key);
      assertThat(p.planVersion()).isEqualTo(1);
      assertThat(p.rehearsedOn()).isEqualTo(LocalDate.of(2040, 5, 5));
    });
  }
}
