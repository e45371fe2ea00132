package com.opsflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.ScoringDecisions.Contract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluationPeriodTest {

  @Test
  void shouldReadQuartersForTipsAndMonthsForOaAndInvoice() {
    EvaluationPeriod q4 = EvaluationPeriod.parse(Contract.TIPS, "2031-Q4");
    assertThat(q4.from()).isEqualTo(LocalDate.of(2031, 10, 1));
    assertThat(q4.to()).isEqualTo(LocalDate.of(2032, 1, 1));
    assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2031, 12, 31));
    assertThat(q4.contractYear()).isEqualTo(2031);
    EvaluationPeriod feb = EvaluationPeriod.parse(Contract.OA, " 2032-02 ");
    assertThat(feb.code()).isEqualTo("2032-02");
    assertThat(feb.lastDay()).isEqualTo(LocalDate.of(2032, 2, 29));
    assertThat(EvaluationPeriod.ofYear(Contract.INVOICE, 2031)).hasSize(12).first()
        .extracting(EvaluationPeriod::code).isEqualTo("2031-01");
    assertThat(EvaluationPeriod.ofYear(Contract.TIPS, 2031)).extracting(EvaluationPeriod::code)
        .containsExactly("2031-Q1", "2031-Q2", "2031-Q3", "2031-Q4");
  }

  @Test
  void shouldPutPeriodsInTheContractYearThatStartsOnTheContractsStartDate() {
    // B-2.1 "服务期限为2年，具体开始日期以合同为准": a contract starting 1 July has contract year 2031 = 2031-07 … 2032-06
    ContractYears years = new ContractYears(java.util.Map.of("oa", LocalDate.of(2031, 7, 1), "tips",
        LocalDate.of(2031, 4, 1)));
    assertThat(EvaluationPeriod.parse(Contract.OA, "2032-01", years).contractYear()).isEqualTo(2031);
    assertThat(EvaluationPeriod.parse(Contract.OA, "2032-07", years).contractYear()).isEqualTo(2032);
    assertThat(EvaluationPeriod.parse(Contract.OA, "2031-06", years).contractYear()).isEqualTo(2030);
    assertThat(EvaluationPeriod.ofYear(Contract.OA, 2031, years)).hasSize(12).extracting(EvaluationPeriod::code)
        .startsWith("2031-07", "2031-08").endsWith("2032-06");
    assertThat(EvaluationPeriod.ofYear(Contract.TIPS, 2031, years)).extracting(EvaluationPeriod::code)
        .containsExactly("2031-Q2", "2031-Q3", "2031-Q4", "2032-Q1");
    assertThat(EvaluationPeriod.parse(Contract.TIPS, "2032-Q1", years).contractYear()).isEqualTo(2031);
    assertThat(EvaluationPeriod.parse(Contract.INVOICE, "2032-01", years).contractYear()).as("unset: calendar year")
        .isEqualTo(2032);
  }

  @Test
  void shouldRefuseAContractStartInsideAPeriod() {
    assertThatThrownBy(() -> new ContractYears(java.util.Map.of("oa", LocalDate.of(2031, 7, 15))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("contract-start.oa");
    assertThatThrownBy(() -> new ContractYears(java.util.Map.of("tips", LocalDate.of(2031, 8, 1))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("quarter");
  }

  @Test
  void shouldRefuseAPeriodOutsideTheContractsCadence() {
    assertThatThrownBy(() -> EvaluationPeriod.parse(Contract.TIPS, "2031-03")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("yyyy-Qn");
    assertThatThrownBy(() -> EvaluationPeriod.parse(Contract.OA, "2031-Q1")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("yyyy-MM");
    assertThatThrownBy(() -> EvaluationPeriod.parse(Contract.INVOICE, "2031-13")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> EvaluationPeriod.parse(Contract.OA, null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldFindThePeriodThatEndedWithLastMonth() {
    assertThat(EvaluationPeriod.endedBefore(Contract.TIPS, LocalDate.of(2032, 1, 1))).get()
        .extracting(EvaluationPeriod::code).isEqualTo("2031-Q4");
    assertThat(EvaluationPeriod.endedBefore(Contract.TIPS, LocalDate.of(2032, 2, 1))).isEmpty();
    assertThat(EvaluationPeriod.endedBefore(Contract.OA, LocalDate.of(2032, 1, 9))).get()
        .extracting(EvaluationPeriod::code).isEqualTo("2031-12");
  }
}
