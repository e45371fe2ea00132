package com.opsflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
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
