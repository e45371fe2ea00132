package com.opsflow.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.problem.ProblemService;
import com.opsflow.problem.ProblemServiceFixture;
import com.opsflow.release.ReleaseProcess.Var;
import com.opsflow.support.PlainDatabase;
import com.opsflow.ticket.TicketEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The release rules without engine or Spring (issue 11): the upgrade window, the bureau's publish decision, the
 * links to the problems a release resolves and what each is told once it is in production.
 */
class ReleaseServiceTest {

  static final String NUMBER = "REL-20261203-0001";
  static final String PROBLEM = "PRB-20261201-0003";
  static final String ENGINEER = "demo-second-line";

  PlainDatabase db;
  ReleaseRegister register;
  ReleaseService service;

  @BeforeEach
  void setUp() {
    db = new PlainDatabase();
    register = new ReleaseRegister(db.jdbc, db.time);
    ProblemService problems = ProblemServiceFixture.on(db);
    problems.register(PROBLEM, "pi-p", "recurring", "tips", "tips", "申报表保存超时", "多地反映", ENGINEER);
    service = new ReleaseService(register, db.tickets, problems, db.time);
    service.recorded(TicketEvent.RELEASE_REGISTERED, NUMBER, "pi-r", ENGINEER, release());
  }

  @Test
  void shouldOpenTheReleaseAndLinkItOnBothTickets() {
    assertThat(register.find(NUMBER).orElseThrow().status()).isEqualTo(ReleaseProcess.OPEN);
    assertThat(register.problems(NUMBER)).extracting(ReleaseRegister.LinkedProblem::problemNumber)
        .containsExactly(PROBLEM);
    assertThat(db.history(PROBLEM)).contains("release-linked|" + ENGINEER + "|发布单 " + NUMBER + "（V3.2.1）将解决本问题");
    assertThat(db.history(NUMBER)).contains("release-registered|" + ENGINEER + "|补丁 V3.2.1，解决问题单 " + PROBLEM);
  }

  @Test
  void shouldRefuseAnUpgradeWindowThatEndsBeforeItStarts() {
    Map<String, Object> review = release();
    review.put(Var.REVIEW_OUTCOME, "proceed");
    review.put(Var.WINDOW_START, "2026-12-12T22:00+08:00");
    review.put(Var.WINDOW_END, "2026-12-12T21:00+08:00");

    assertThatThrownBy(() -> service.planWritten(NUMBER, ENGINEER, review)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("升级窗口结束）应晚于升级窗口开始");
    review.put(Var.REVIEW_OUTCOME, "withdraw");
    assertThat(service.planWritten(NUMBER, ENGINEER, review)).isEmpty();
  }

  @Test
  void shouldRecordTheBureausPublishDecisionWithItsReason() {
    assertThatThrownBy(() -> service.published(NUMBER, "demo-bureau-it", Map.of(Var.PUBLISH_OUTCOME, "later")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("发布决定");
    assertThatThrownBy(() -> service.published(NUMBER, "demo-bureau-it",
        Map.of(Var.PUBLISH_OUTCOME, ReleaseProcess.POSTPONED))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("发布说明或理由");

    service.published(NUMBER, "demo-bureau-it", Map.of(Var.PUBLISH_OUTCOME, ReleaseProcess.POSTPONED,
        Var.PUBLISH_NOTE, "申报期内暂缓"));

    assertThat(db.history(NUMBER)).contains("release-publish-postponed|demo-bureau-it|申报期内暂缓");
  }

  @Test
  void shouldTellEachResolvedProblemOnceWhenTheReleaseIsInProduction() {
    List<ReleaseService.ProblemNotice> notices = service.problemsToTell(NUMBER, ENGINEER);
    service.problemTold(NUMBER, PROBLEM, NotifyReleaseProblemsDelegate.TOLD_ENDED);

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.problemNumber()).isEqualTo(PROBLEM);
      assertThat(n.text()).startsWith("发布单 " + NUMBER + "（补丁 V3.2.1）已于 ")
          .endsWith("升级生产并检验通过，请验证问题 " + PROBLEM + "（申报表保存超时）是否已修复");
    });
    assertThat(db.history(PROBLEM)).anyMatch(e -> e.startsWith("release-deployed|" + ENGINEER + "|发布单 " + NUMBER));
    assertThat(service.problemsToTell(NUMBER, ENGINEER)).isEmpty();
  }

  @Test
  void shouldRecordAProblemLinkedLaterOnBothTickets() {
    String later = "PRB-20261202-0001";
    ProblemServiceFixture.on(db).register(later, "pi-p2", "recurring", "tips", "tips", "打印乱码",
        "个别单位", ENGINEER);

    service.linkLater(NUMBER, later, ENGINEER);

    assertThat(db.history(NUMBER)).contains("problem-linked|" + ENGINEER + "|" + later);
    assertThat(db.history(later)).contains("release-linked|" + ENGINEER + "|发布单 " + NUMBER + " 将解决本问题");
    assertThat(register.problems(NUMBER)).extracting(ReleaseRegister.LinkedProblem::problemNumber)
        .containsExactlyInAnyOrder(PROBLEM, later);
  }

  private static Map<String, Object> release() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "tips");
    v.put(Var.KIND, "patch");
    v.put(Var.VERSION, "V3.2.1");
    v.put(Var.SUMMARY, "申报表保存超时修复");
    v.put(Var.DESCRIPTION, "修复保存超时");
    v.put(Var.PROBLEM_NUMBERS, PROBLEM);
    return v;
  }
}
