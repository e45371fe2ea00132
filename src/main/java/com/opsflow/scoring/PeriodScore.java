package com.opsflow.scoring;

import com.opsflow.scoring.ScoringDecisions.Contract;
import java.math.BigDecimal;
import java.util.List;

/** One period's score (quarter for tips, month for oa): 80 + Σ count × points, with the lines it came from. */
public record PeriodScore(Contract contract, List<Line> lines, BigDecimal score) {

  /** One item of the rating sheet: how often it happened and the points per time from {@code score-item}. */
  public record Line(String item, int count, int points) {
    public int subtotal() {
      return count * points;
    }
  }
}
