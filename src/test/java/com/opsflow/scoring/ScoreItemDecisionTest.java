package com.opsflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.support.DecisionTable;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** decisions/score-item.dmn row by row with the figures of SPEC §5 (A-5.5.1 for tips, B-2.6.1 for oa). */
class ScoreItemDecisionTest {

  static final DecisionTable decision = DecisionTable.of("score-item");

  static DmnDecisionResult evaluate(String contract, String item) {
    return decision.evaluate(Map.of("contract", contract, "item", item));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
      "tips, late-or-early, -2", "oa, late-or-early, -2",
      "tips, absent, -5", "oa, absent, -5",
      "tips, discipline, -10", "oa, discipline, -10",
      "tips, data-damage, -20", "oa, data-damage, -20",
      "tips, insubordination, -10", "oa, insubordination, -10",
      "tips, poor-attitude, -5", "oa, poor-attitude, -5",
      "tips, defamation, -10", "oa, defamation, -10",
      "tips, security-incident, -10", "oa, security-incident, -10",
      "tips, task-late, -5", "oa, task-late, -5",
      "tips, task-severely-late, -10", "oa, task-severely-late, -10",
      "tips, fault-slow, -10", "oa, fault-slow, -10",
      "tips, fault-unresolved, -20", "oa, fault-unresolved, -20",
      "tips, severe-fault, -40", "oa, severe-fault, -40",
      "tips, report-nonstandard, -5", "oa, report-nonstandard, -5",
      "tips, report-late, -10", "oa, report-late, -10",
      "tips, unauthorized-replacement, -20", "oa, unauthorized-replacement, -20",
      "tips, issue-prevented, 5", "oa, issue-prevented, 5",
      "tips, proactive, 5", "oa, proactive, 5",
      "tips, proactive-tuning, 10", "oa, proactive-tuning, 10",
      "tips, major-risk-prevented, 20", "oa, major-risk-prevented, 20",
      "tips, process-improvement, 10", "oa, process-improvement, 10",
      "tips, architecture-improvement, 10", "oa, architecture-improvement, 10",
      "tips, knowledge-base, 0", "oa, knowledge-base, 10",
  })
  void shouldGiveTheSeedPointsPerItem(String contract, String item, int points) {
    DmnDecisionResult result = evaluate(contract, item);

    assertThat(result).hasSize(1);
    assertThat(((Number) result.getSingleResult().getEntry("points")).intValue()).isEqualTo(points);
  }

  @Test
  void shouldHaveOneRuleForEveryItemOfTheEnumForTipsAndOa() {
    for (String contract : List.of("tips", "oa")) {
      for (String item : ScoreItem.codes()) {
        assertThat(evaluate(contract, item)).as("%s %s", contract, item).hasSize(1);
      }
    }
    assertThat(ScoreItem.codes()).hasSize(23);
  }

  @ParameterizedTest
  @ValueSource(strings = {"late-or-early", "severe-fault", "knowledge-base"})
  void shouldHaveNoRowsForInvoiceWhichUsesTheBureausOwnSheet(String item) {
    assertThat(evaluate("invoice", item)).isEmpty();
  }

  @Test
  void shouldMatchNoRuleForAnUnknownItem() {
    assertThat(evaluate("oa", "coffee-break")).isEmpty();
  }
}
