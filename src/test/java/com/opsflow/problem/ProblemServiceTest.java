package com.opsflow.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.incident.IncidentFollowupProcess;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.problem.ProblemProcess.Var;
import com.opsflow.support.PlainDatabase;
import com.opsflow.ticket.TicketVariables;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The problem register's rules without an engine: a plain H2 register and the business calendar (issue 11). */
class ProblemServiceTest {

  private final PlainDatabase register = new PlainDatabase();
  private final ProblemService problems = ProblemServiceFixture.on(register);

  @BeforeEach
  void tuesdayMorning() {
    ClockUtil.setCurrentTime(Date.from(at("2026-03-10T09:00")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldDueAVendorAnswerGivenAsADateAtTheEndOfTheBureausWorkingDay() {
    registerProblem("PRB-1", "program");

    Map<String, Object> set = problems.recordStep(ProblemStep.HANDED_OVER, "PRB-1", "pi", "second-line",
        Map.of(Var.VENDOR_CHANNEL, "mail", Var.VENDOR_DUE_DATE, "2026-03-12"));

    assertThat(set).containsEntry(Var.VENDOR_DEADLINE, Date.from(at("2026-03-12T17:30")))
        .containsEntry(Var.VENDOR_ESCALATION_AT, Date.from(at("2026-03-14T17:30")));
    assertThat(problems.find("PRB-1").orElseThrow().vendorDeadline())
        .isEqualTo(LocalDateTime.parse("2026-03-12T17:30"));
    assertThat(register.historyCodes("PRB-1")).endsWith("vendor-handed-over");
  }

  @Test
  void shouldGiveTheVendorTheConfiguredDaysWhenTheDateGivenHasPassed() {
    registerProblem("PRB-1", "program");

    Map<String, Object> set = problems.recordStep(ProblemStep.HANDED_OVER, "PRB-1", "pi", "second-line",
        Map.of(Var.VENDOR_CHANNEL, "mail", Var.VENDOR_DUE_DATE, "2026-03-09"));

    assertThat(set).containsEntry(Var.VENDOR_DEADLINE, Date.from(at("2026-03-15T09:00")))
        .containsEntry(Var.VENDOR_ESCALATION_AT, Date.from(at("2026-03-17T09:00")));
  }

  @Test
  void shouldRefuseAVendorDueDateThatIsNotADate() {
    registerProblem("PRB-1", "program");

    assertThatThrownBy(() -> problems.recordStep(ProblemStep.HANDED_OVER, "PRB-1", "pi", "second-line",
        Map.of(Var.VENDOR_CHANNEL, "mail", Var.VENDOR_DUE_DATE, "下周三")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("字段 vendorDueDate 应为日期 yyyy-MM-dd");
  }

  @Test
  void shouldPrefillTheReportOfARequirementProblemFromTheVendorAnswer() {
    registerProblem("PRB-1", "requirement");
    Map<String, Object> v = new HashMap<>(Map.of(Var.PROBLEM_TYPE, "requirement", Var.DESCRIPTION, "开票失败",
        Var.REQUIREMENT_ANALYSIS, "需增加校验", Var.FIX_VERSION, "2.1", Var.PLANNED_DATE, "2026-03-20",
        Var.VENDOR_ANSWER, "已修复"));

    Map<String, Object> report = problems.recordStep(ProblemStep.VENDOR_ANSWERED, "PRB-1", "pi", "vendor", v);

    assertThat(report).containsEntry(Var.REPORT_SYMPTOM, "开票失败").containsEntry(Var.REPORT_CAUSE, "需增加校验")
        .containsEntry(Var.REPORT_WORKAROUND, "无（需求问题）")
        .containsEntry(Var.REPORT_VENDOR_ANSWER, "修复版本 2.1，计划 2026-03-20：已修复");
    assertThat(register.historyCodes("PRB-1")).endsWith("vendor-answered");
  }

  @Test
  void shouldRequireAProblemNumberWhenTheIncidentWaitsForAProblem() {
    assertThatThrownBy(() -> problems.linkFromFollowup(" ", true, "INC-1", "second-line"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("等待问题解决时必须填写关联问题单号 / field 'problemNumber' is required when waiting for a problem");
  }

  @Test
  void shouldLinkNothingWhenNoProblemIsNamedAndTheIncidentDoesNotWait() {
    register.register("INC-1", "incident", "desk");

    problems.linkFromFollowup("", false, "INC-1", "second-line");

    assertThat(problems.linkedProblem("INC-1")).isEmpty();
  }

  @Test
  void shouldRefuseToWaitForAnUnknownOrEndedProblem() {
    register.register("INC-1", "incident", "desk");
    assertThatThrownBy(() -> problems.linkFromFollowup("PRB-9", true, "INC-1", "second-line"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("问题单 PRB-9 不存在");

    registerProblem("PRB-1", "requirement");
    problems.recordStep(ProblemStep.REJECTED, "PRB-1", "pi", "owner", Map.of(Var.APPROVAL_NOTE, "不改"));
    assertThatThrownBy(() -> problems.linkFromFollowup("PRB-1", true, "INC-1", "second-line"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("问题单 PRB-1 已结束");
  }

  @Test
  void shouldLinkTheIncidentOfTheFollowupToAnOpenProblem() {
    register.register("INC-1", "incident", "desk");
    registerProblem("PRB-1", "program");

    problems.linkFromFollowup(" PRB-1 ", true, "INC-1", "second-line");

    assertThat(problems.linkedProblem("INC-1")).contains("PRB-1");
    assertThat(register.historyCodes("PRB-1")).endsWith("incident-linked");
    assertThat(register.historyCodes("INC-1")).endsWith("problem-linked");
  }

  @Test
  void shouldSendTheSolutionToWaitingIncidentsAndNoteTheOthersOnce() {
    registerProblem("PRB-1", "program");
    for (String incident : List.of("INC-1", "INC-2", "INC-3")) {
      register.register(incident, "incident", "desk");
      problems.linkIncident("PRB-1", incident, "second-line");
    }
    register.tickets.recordClosure("INC-3", false, null, "desk");
    problems.recordStep(ProblemStep.RESOLVED, "PRB-1", "pi", "second-line",
        Map.of(Var.REPORT_CAUSE, "空指针", Var.FINAL_SOLUTION, "升级到 2.1"));
    List<String> asked = new ArrayList<>();
    List<Map<String, Object>> answers = new ArrayList<>();

    problems.notifyLinkedIncidents("PRB-1", (incident, answer) -> {
      asked.add(incident);
      answers.add(answer);
      return incident.equals("INC-1");
    });
    problems.notifyLinkedIncidents("PRB-1", (incident, answer) -> {
      asked.add(incident);
      return true;
    });

    assertThat(asked).containsExactly("INC-1", "INC-2");
    assertThat(answers.get(0)).containsEntry(IncidentFollowupProcess.Var.PROBLEM_OUTCOME, "resolved")
        .containsEntry(TicketVariables.SOLUTION, "关联问题单 PRB-1 已解决：升级到 2.1")
        .containsEntry(IncidentFollowupProcess.Var.SECOND_LINE_ANALYSIS, "问题原因：空指针");
    assertThat(problems.incidents("PRB-1")).extracting(LinkedIncident::notifyResult)
        .containsExactly("notified", "noted-not-waiting", "noted-closed");
    assertThat(register.historyCodes("INC-1")).endsWith("problem-notified");
    assertThat(register.historyCodes("INC-2")).endsWith("problem-noted-not-waiting");
    assertThat(register.historyCodes("INC-3")).endsWith("problem-noted-closed");
  }

  private void registerProblem(String number, String type) {
    problems.recordStep(ProblemStep.REGISTERED, number, "pi-" + number, "second-line", Map.of(Var.PROBLEM_TYPE, type,
        Var.SYSTEM, "tips", Var.SYSTEMS, "tips", Var.SUMMARY, "摘要", Var.DESCRIPTION, "描述"));
  }

  /** A local date-time in Asia/Shanghai. */
  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }
}
