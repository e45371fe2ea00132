package com.opsflow.scoring;

import com.opsflow.scoring.ScoringDecisions.Contract;
import java.math.BigDecimal;

/**
 * What the annual score means for the payment. {@code deduction} is in CNY, rounded to cents (HALF_UP);
 * it is null when the seeds give no formula ({@link Basis#BUREAU_DECIDES}).
 */
public record Payment(Contract contract, BigDecimal annualScore, BigDecimal contractAmount, boolean paysInFull,
    BigDecimal deduction, Basis basis) {

  public enum Basis {
    /** tips/oa: annual score ≥ 80; invoice: annual average ≥ 90. */
    FULL_PAY,
    /** tips/oa, 0 < score < 80: amount × (80 − score) / 80 (A-5.5.3, B-2.6.3). */
    DEDUCTION_FORMULA,
    /** invoice below 90, or tips/oa at 0 or below: the seeds give no formula; the bureau decides. */
    BUREAU_DECIDES
  }
}
