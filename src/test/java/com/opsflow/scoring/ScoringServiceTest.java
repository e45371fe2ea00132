package com.opsflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.ScoringDecisions.Action;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Period score, action, annual score and payment deduction through the engine's deployed decisions. */
@OpsFlowIntegrationTest
class ScoringServiceTest {

  @Autowired
  ScoringService scoring;
  @Autowired
  RepositoryService repository;

  static List<BigDecimal> scores(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  static List<BigDecimal> repeat(int times, String value) {
    return Collections.nCopies(times, new BigDecimal(value));
  }

  static Map<String, Integer> counts(Object... itemAndCount) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < itemAndCount.length; i += 2) {
      counts.put((String) itemAndCount[i], (Integer) itemAndCount[i + 1]);
    }
    return counts;
  }

  @Test
  void shouldEvaluateTheDecisionsDeployedToTheEngine() {
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(ScoringDecisions.SCORE_ITEM)
        .latestVersion().singleResult()).isNotNull();
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(ScoringDecisions.SCORE_ACTION)
        .latestVersion().singleResult()).isNotNull();
    assertThat(scoring.points("oa", "knowledge-base")).isEqualTo(10);
    assertThat(scoring.points("tips", "knowledge-base")).isZero();
  }

  @Test
  void shouldStartEveryPeriodAtEightyPoints() {
    assertThat(scoring.periodScore("tips", Map.of()).score()).isEqualByComparingTo("80");
    assertThat(scoring.periodScore("oa", counts("late-or-early", 0, "severe-fault", 0)).score())
        .isEqualByComparingTo("80");
  }

  @Test
  void shouldAddCountTimesPointsOfEveryItem() {
    PeriodScore oa = scoring.periodScore("oa", counts("late-or-early", 2, "knowledge-base", 1, "proactive", 1));

    assertThat(oa.score()).isEqualByComparingTo("91");
    assertThat(oa.lines()).containsExactly(new PeriodScore.Line("late-or-early", 2, -2),
        new PeriodScore.Line("knowledge-base", 1, 10), new PeriodScore.Line("proactive", 1, 5));
    assertThat(oa.lines().get(0).subtotal()).isEqualTo(-4);
  }

  @Test
  void shouldGiveNoKnowledgeBasePointsForTips() {
    assertThat(scoring.periodScore("tips", counts("knowledge-base", 3, "major-risk-prevented", 1)).score())
        .isEqualByComparingTo("100");
  }

  @Test
  void shouldLetAPeriodScoreFallBelowZero() {
    assertThat(scoring.periodScore("tips", counts("severe-fault", 2, "fault-unresolved", 1)).score())
        .isEqualByComparingTo("-20");
  }

  @Test
  void shouldRejectANegativeOrMissingCountNamingTheItem() {
    assertThatThrownBy(() -> scoring.periodScore("oa", counts("absent", -1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("absent"))
        .hasMessageContaining("absent");
    Map<String, Integer> missing = new HashMap<>();
    missing.put("task-late", null);
    assertThatThrownBy(() -> scoring.periodScore("oa", missing))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("task-late"));
  }

  @Test
  void shouldRejectAnItemTheDecisionDoesNotKnow() {
    assertThatThrownBy(() -> scoring.periodScore("tips", counts("coffee-break", 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("coffee-break"))
        .hasMessageContaining("未知评分项目").hasMessageContaining("score-item");
  }

  @Test
  void shouldRejectItemsForInvoiceAndUnknownContracts() {
    assertThatThrownBy(() -> scoring.periodScore("invoice", counts("absent", 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("contract"))
        .hasMessageContaining("考核评级表");
    assertThatThrownBy(() -> scoring.periodScore("hr", Map.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("contract"));
  }

  @Test
  void shouldReplaceTheTipsEngineerForOneQuarterBelowFiftyAndTerminateBelowForty() {
    assertThat(scoring.assess("tips", scores("80", "50")).action()).isEqualTo(Action.WARN);
    assertThat(scoring.assess("tips", scores("80", "49.99")).action()).isEqualTo(Action.REPLACE_ENGINEER);
    assertThat(scoring.assess("tips", scores("40")).action()).isEqualTo(Action.REPLACE_ENGINEER);
    assertThat(scoring.assess("tips", scores("39.9")).action()).isEqualTo(Action.TERMINATE_CONTRACT);
    assertThat(scoring.assess("tips", scores("80")).action()).isEqualTo(Action.NONE);
  }

  @Test
  void shouldReplaceTheOaEngineerAtTheSecondMonthBelowFiftyInTheContractYear() {
    PeriodAssessment first = scoring.assess("oa", scores("85", "45", "70"));
    PeriodAssessment second = scoring.assess("oa", scores("85", "45", "70", "48"));

    assertThat(first.periodsBelow50()).isEqualTo(1);
    assertThat(first.action()).isEqualTo(Action.WARN);
    assertThat(second.periodsBelow50()).isEqualTo(2);
    assertThat(second.action()).isEqualTo(Action.REPLACE_ENGINEER);
    assertThat(scoring.assess("oa", scores("85", "50", "70", "50")).action()).isEqualTo(Action.WARN);
  }

  @Test
  void shouldTerminateTheOaContractOnlyAfterFourConsecutiveMonthsBelowForty() {
    PeriodAssessment four = scoring.assess("oa", scores("80", "30", "35", "39", "39.9"));
    PeriodAssessment broken = scoring.assess("oa", scores("30", "35", "40", "39"));

    assertThat(four.consecutiveBelow40()).isEqualTo(4);
    assertThat(four.action()).isEqualTo(Action.TERMINATE_CONTRACT);
    assertThat(broken.consecutiveBelow40()).isEqualTo(1);
    assertThat(broken.periodsBelow50()).isEqualTo(4);
    assertThat(broken.action()).isEqualTo(Action.REPLACE_ENGINEER);
  }

  @Test
  void shouldRunFourConsecutiveMonthsBelowFortyAcrossTheContractYearButCountBelowFiftyInTheYear() {
    // B-2.6.3 "出现连续4个月的月评分低于40分的，采购方有权中止服务合同": the run names no year, so it goes on
    // from the previous contract year; "出现2个月的月评分低于50分" is counted in the contract year (SPEC §5)
    PeriodAssessment across = scoring.assess("oa", scores("39", "38"), scores("80", "30", "35"));
    assertThat(across.consecutiveBelow40()).isEqualTo(4);
    assertThat(across.periodsBelow50()).isEqualTo(2);
    assertThat(across.action()).isEqualTo(Action.TERMINATE_CONTRACT);
    PeriodAssessment newYear = scoring.assess("oa", scores("45"), scores("45", "45", "45"));
    assertThat(newYear.periodsBelow50()).as("last year's months below 50 are not this year's").isEqualTo(1);
    assertThat(newYear.action()).isEqualTo(Action.WARN);
  }

  @Test
  void shouldMakeTheVendorsPeriodScoreFromItsEngineers() {
    // how 服务商年考核分 is made from the engineers is not in the seeds (待采购方确认): average, or the single score
    assertThat(scoring.vendorPeriodScore("oa", VendorScoreMode.AVERAGE, scores("70", "80"))).isEqualByComparingTo("75");
    assertThat(scoring.vendorPeriodScore("oa", VendorScoreMode.AVERAGE, scores("70", "80", "80")).setScale(4,
        java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("76.6667");
    assertThat(scoring.vendorPeriodScore("tips", VendorScoreMode.SINGLE, scores("65"))).isEqualByComparingTo("65");
    assertThatThrownBy(() -> scoring.vendorPeriodScore("tips", VendorScoreMode.SINGLE, scores("65", "90")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scores"))
        .hasMessageContaining("single");
    assertThatThrownBy(() -> scoring.vendorPeriodScore("oa", VendorScoreMode.AVERAGE, List.of()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldDeductOnceFromTheVendorsAnnualScoreNotPerEngineer() {
    // A-5.5.3 "当80＞服务商年考核分＞0时 … 扣除金额= 年度合同金额 *（80-年度考核分）/ 80": two engineers at 70 and 80
    // all year make a vendor at 75: 250000 × 5 / 80 = 15625 once — not 31250 for the one at 70 and 0 for the other
    List<BigDecimal> months = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      months.add(scoring.vendorPeriodScore("oa", VendorScoreMode.AVERAGE, scores("70", "80")));
    }
    Payment payment = scoring.payment(scoring.annualScore("oa", months));
    assertThat(payment.deduction()).isEqualTo(new BigDecimal("15625.00"));
  }

  @Test
  void shouldDeductTheAmountOfTheServiceTimeNotServedWhenTheContractIsTerminated() {
    // A-5.5.3/B-2.6.3 "采购方有权中止服务合同，并扣除未能履行合同服务时间所对应的金额"; oa starts 2040-07-01 here
    // (application-test.yaml), 服务期 2 年: 2041-10-15 … 2042-06-30 is 259 of the 365 days of contract year 2041
    Termination late = scoring.termination("oa", java.time.LocalDate.of(2041, 10, 15));
    assertThat(late.serviceEnd()).isEqualTo(java.time.LocalDate.of(2042, 7, 1));
    assertThat(late.daysNotServed()).isEqualTo(259);
    assertThat(late.deduction()).isEqualTo(new BigDecimal("177397.26")); // 250000 × 259 / 365
    assertThat(late.basis()).isEqualTo(Payment.Basis.DEDUCTION_FORMULA);
    // in the first contract year: 273 / 365 of it and the whole second year
    Termination early = scoring.termination("oa", java.time.LocalDate.of(2040, 10, 1));
    assertThat(early.daysNotServed()).isEqualTo(273 + 365);
    assertThat(early.deduction()).isEqualTo(new BigDecimal("436986.30"));
    assertThat(scoring.termination("oa", java.time.LocalDate.of(2042, 7, 1)).deduction()).isEqualByComparingTo("0");
    // tips has no start date configured here: the service time is unknown, the bureau decides
    Termination unknown = scoring.termination("tips", java.time.LocalDate.of(2041, 10, 15));
    assertThat(unknown.deduction()).isNull();
    assertThat(unknown.basis()).isEqualTo(Payment.Basis.BUREAU_DECIDES);
  }

  @Test
  void shouldWarnInvoiceMonthsBelowNinety() {
    assertThat(scoring.assess("invoice", scores("90")).action()).isEqualTo(Action.NONE);
    assertThat(scoring.assess("invoice", scores("89.5")).action()).isEqualTo(Action.WARN);
  }

  @Test
  void shouldRejectMoreScoresThanTheContractYearHas() {
    assertThatThrownBy(() -> scoring.assess("tips", repeat(5, "80")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scores"));
    assertThatThrownBy(() -> scoring.action("oa", new BigDecimal("80"), -1, 0))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldPayTipsInFullAtExactlyEighty() {
    AnnualScore annual = scoring.annualScore("tips", scores("90", "70", "80", "80"));
    Payment payment = scoring.payment(annual);

    assertThat(annual.score()).isEqualByComparingTo("80");
    assertThat(payment.paysInFull()).isTrue();
    assertThat(payment.deduction()).isEqualByComparingTo("0");
    assertThat(payment.basis()).isEqualTo(Payment.Basis.FULL_PAY);
    assertThat(payment.contractAmount()).isEqualByComparingTo("200000");
  }

  @Test
  void shouldDeductAnEightiethOfTheAmountPerPointBelowEighty() {
    Payment tips = scoring.payment(scoring.annualScore("tips", repeat(4, "79")));
    Payment oa = scoring.payment(scoring.annualScore("oa", repeat(12, "79")));

    assertThat(tips.annualScore()).isEqualByComparingTo("79");
    assertThat(tips.deduction()).isEqualTo(new BigDecimal("2500.00"));
    assertThat(tips.basis()).isEqualTo(Payment.Basis.DEDUCTION_FORMULA);
    assertThat(oa.deduction()).isEqualTo(new BigDecimal("3125.00"));
    assertThat(oa.paysInFull()).isFalse();
  }

  @Test
  void shouldDivideTipsQuartersByFourAndDeductFromTheExactScore() {
    AnnualScore tips = scoring.annualScore("tips", scores("80", "80", "80", "79"));
    assertThat(tips.score()).isEqualTo(new BigDecimal("79.75"));
    assertThat(scoring.payment(tips).deduction()).isEqualTo(new BigDecimal("625.00"));

    List<BigDecimal> months = new java.util.ArrayList<>(repeat(11, "80"));
    months.add(new BigDecimal("79"));
    AnnualScore oa = scoring.annualScore("oa", months);
    // 959 / 12 = 79.9166…: 250000 × (1/12) / 80 = 260.4166… → 260.42 (not 250.00 from the rounded 79.92)
    assertThat(oa.score()).isEqualTo(new BigDecimal("79.92"));
    assertThat(scoring.payment(oa).deduction()).isEqualTo(new BigDecimal("260.42"));
  }

  @Test
  void shouldDeductAlmostEverythingJustAboveZeroAndLeaveZeroOrBelowToTheBureau() {
    Payment justAbove = scoring.payment(scoring.annualScore("tips", scores("1", "0", "0", "0")));
    Payment zero = scoring.payment(scoring.annualScore("tips", repeat(4, "0")));
    Payment negative = scoring.payment(scoring.annualScore("oa", scores("-40", "0", "0", "0", "0", "0", "0", "0",
        "0", "0", "0", "10")));

    assertThat(justAbove.deduction()).isEqualTo(new BigDecimal("199375.00"));
    assertThat(zero.paysInFull()).isFalse();
    assertThat(zero.deduction()).isNull();
    assertThat(zero.basis()).isEqualTo(Payment.Basis.BUREAU_DECIDES);
    assertThat(negative.annualScore()).isEqualTo(new BigDecimal("-2.50"));
    assertThat(negative.deduction()).isNull();
    assertThat(negative.basis()).isEqualTo(Payment.Basis.BUREAU_DECIDES);
  }

  @Test
  void shouldNeedACompleteYearForTipsAndOa() {
    assertThatThrownBy(() -> scoring.annualScore("tips", repeat(3, "80")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scores"))
        .hasMessageContaining("4");
    assertThatThrownBy(() -> scoring.annualScore("oa", repeat(11, "80")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("12");
  }

  @Test
  void shouldPayInvoiceInFullAtAnAverageOfNinetyAndLeaveLessToTheBureau() {
    Payment full = scoring.payment(scoring.annualScore("invoice", scores("90", "92", "88")));
    AnnualScore justBelow = scoring.annualScore("invoice", scores("90", "89.99"));
    Payment below = scoring.payment(justBelow);

    assertThat(full.annualScore()).isEqualByComparingTo("90");
    assertThat(full.paysInFull()).isTrue();
    assertThat(full.basis()).isEqualTo(Payment.Basis.FULL_PAY);
    assertThat(full.contractAmount()).isNull();
    // 89.995 shows as 90.00 but is below 90
    assertThat(justBelow.score()).isEqualTo(new BigDecimal("90.00"));
    assertThat(below.paysInFull()).isFalse();
    assertThat(below.deduction()).isNull();
    assertThat(below.basis()).isEqualTo(Payment.Basis.BUREAU_DECIDES);
  }

  @Test
  void shouldKeepInvoiceScoresWithinTheHundredPointSheet() {
    assertThatThrownBy(() -> scoring.annualScore("invoice", scores("101")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scores"));
    assertThatThrownBy(() -> scoring.annualScore("invoice", List.of()))
        .isInstanceOf(InvalidInputException.class);
  }
}
