package com.opsflow.scoring;

import com.opsflow.scoring.ScoringDecisions.Contract;
import java.math.BigDecimal;
import java.util.List;

/**
 * A contract year's score: {@code sum / divisor} (tips: 4 quarters / 4, oa: 12 months / 12, invoice:
 * average of the months given). {@code score} is rounded to 2 decimals for display; thresholds and the
 * deduction use the exact {@code sum / divisor}.
 */
public record AnnualScore(Contract contract, List<BigDecimal> periodScores, BigDecimal sum, int divisor,
    BigDecimal score) {

  /** Exactly {@code sum / divisor >= threshold}, without rounding. */
  boolean atLeast(int threshold) {
    return sum.compareTo(BigDecimal.valueOf((long) threshold * divisor)) >= 0;
  }

  boolean positive() {
    return sum.signum() > 0;
  }
}
