package com.opsflow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/staff-minimum.dmn, row by row: minimum resident engineers and notice per contract. */
class StaffMinimumDecisionTest {

  static final DecisionTable decision = DecisionTable.of("staff-minimum");

  /**
   * A-4.2 "本项目中所需驻场人员不少于1人", A-4.3(2) "驻场人员离岗须提前一个月提出申请"; B-2.2 item 2 "提供不少于1名的工程师驻场
   * 服务"; C "本项目要求提供至少3名工程师组成的驻场团队". B and C give no notice: one month, the bureau's to confirm.
   */
  @ParameterizedTest(name = "{0}: at least {1} engineers, {2} month(s) notice")
  @CsvSource({"tips, 1, 1", "oa, 1, 1", "invoice, 3, 1"})
  void shouldGiveTheSeedsMinimumAndNotice(String contract, int minimum, int noticeMonths) {
    DmnDecisionResultEntries result = decision.evaluate(Map.of("contract", contract)).getSingleResult();
    assertThat(((Number) result.get("minimumEngineers")).intValue()).isEqualTo(minimum);
    assertThat(((Number) result.get("noticeMonths")).intValue()).isEqualTo(noticeMonths);
  }
}
