package com.opsflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/score-action.dmn at its edges: tips quarter below 50 / 40, oa two months below 50 /
 * four consecutive months below 40 (B-2.6.3), warn below 80 (tips, oa) and below 90 (invoice).
 */
class ScoreActionDecisionTest {

  static final DecisionTable decision = DecisionTable.of("score-action");

  static String action(String contract, double score, int periodsBelow50, int consecutiveBelow40) {
    return decision.evaluate(Map.of("contract", contract, "score", score,
        "periodsBelow50", periodsBelow50, "consecutiveBelow40", consecutiveBelow40)).getFirstResult().getEntry("action");
  }

  @ParameterizedTest(name = "{0} score={1} below50={2} below40run={3} → {4}")
  @CsvSource({
      // tips: one quarter decides
      "tips, 100, 0, 0, none",
      "tips, 80, 0, 0, none",
      "tips, 79.99, 0, 0, warn",
      "tips, 50, 0, 0, warn",
      "tips, 49.99, 1, 0, replace-engineer",
      "tips, 40, 1, 0, replace-engineer",
      "tips, 39.9, 1, 1, terminate-contract",
      "tips, -20, 1, 1, terminate-contract",
      // oa: history decides (B-2.6.3)
      "oa, 85, 0, 0, none",
      "oa, 80, 1, 0, none",
      "oa, 79, 0, 0, warn",
      "oa, 50, 1, 0, warn",
      "oa, 49.99, 1, 0, warn",
      "oa, 49.99, 2, 0, replace-engineer",
      "oa, 90, 2, 0, replace-engineer",
      "oa, 39.9, 1, 1, warn",
      "oa, 39.9, 3, 3, replace-engineer",
      "oa, 39.9, 4, 4, terminate-contract",
      "oa, 10, 12, 4, terminate-contract",
      // invoice: only the full-pay line of C (annual average ≥ 90)
      "invoice, 100, 0, 0, none",
      "invoice, 90, 0, 0, none",
      "invoice, 89.9, 0, 0, warn",
      "invoice, 30, 5, 5, warn",
  })
  void shouldRecommendTheActionOfTheSeeds(String contract, double score, int periodsBelow50, int consecutiveBelow40,
      String action) {
    assertThat(action(contract, score, periodsBelow50, consecutiveBelow40)).isEqualTo(action);
  }

  @Test
  void shouldPreferTerminationOverReplacementWhenBothApply() {
    assertThat(action("oa", 20, 4, 4)).isEqualTo("terminate-contract");
    assertThat(action("tips", 20, 1, 1)).isEqualTo("terminate-contract");
  }

  @Test
  void shouldAlwaysAnswerForEveryContract() {
    for (String contract : new String[] {"tips", "oa", "invoice"}) {
      for (double score = -50; score <= 120; score += 0.5) {
        assertThat(action(contract, score, 0, 0)).isIn("none", "warn", "replace-engineer", "terminate-contract");
      }
    }
  }
}
