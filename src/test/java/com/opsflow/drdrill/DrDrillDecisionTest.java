package com.opsflow.drdrill;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The disaster-recovery drill (C 系统灾备: 每年开展2次系统应用和基础环境灾难备份和恢复演练): the half-yearly schedule row of
 * operation-schedule (invoice only: A and B name no drill), the RTO/RPO targets of dr-drill-target (the bureau's to
 * confirm) and dr-drill-result row by row.
 */
class DrDrillDecisionTest {

  static final DecisionTable schedule = DecisionTable.of("operation-schedule");
  static final DecisionTable target = DecisionTable.of("dr-drill-target");
  static final DecisionTable result = DecisionTable.of("dr-drill-result");

  @Test
  void shouldScheduleTwoDrillsAYearForTheInvoiceSystemOnlyBySecondLine() {
    List<Map<String, Object>> invoice = schedule.evaluate(Map.of("process", "dr-drill",
        "system", "invoice")).getResultList();
    assertThat(invoice).extracting(r -> r.get("schedule") + "/" + r.get("frequency") + "/" + r.get("month") + "/"
        + r.get("day") + "/" + r.get("group")).containsExactly("half-yearly-drill/half_year/4/1/second-line");
    for (String system : List.of("tips", "oa")) {
      assertThat(schedule.evaluate(Map.of("process", "dr-drill", "system", system)).getResultList())
          .as("the %s contract names no drill", system).isEmpty();
    }
  }

  @Test
  void shouldGiveTheInvoiceSystemItsRecoveryTargetsAndNoOtherSystem() {
    Map<String, Object> invoice = target.evaluate(Map.of("system", "invoice")).getSingleResult()
        .getEntryMap();
    assertThat(invoice).containsEntry("rtoTargetMinutes", 240).containsEntry("rpoTargetMinutes", 30);
    assertThat(target.evaluate(Map.of("system", "oa")).getResultList()).isEmpty();
  }

  @ParameterizedTest(name = "restored {0}, RTO {1}/{2}, RPO {3}/{4} → {5}")
  @CsvSource(delimiter = '|', value = {
      "true  | 180 | 240 | 10 | 30 | passed | 达到恢复目标",
      "true  | 240 | 240 | 30 | 30 | passed | 达到恢复目标",
      "false | 60  | 240 | 0  | 30 | failed | 应用或基础环境未能恢复",
      "true  | 241 | 240 | 0  | 30 | failed | 恢复时间超过 RTO 目标",
      "true  | 100 | 240 | 31 | 30 | failed | 数据丢失超过 RPO 目标"})
  void shouldJudgeTheDrillAgainstItsTargets(boolean restored, int rto, int rtoTarget, int rpo, int rpoTarget,
      String expected, String reason) {
    List<Map<String, Object>> rows = evaluate(restored, rto, rtoTarget, rpo, rpoTarget);
    assertThat(rows).extracting(r -> r.get("result")).containsOnly(expected);
    assertThat(rows).extracting(r -> r.get("reason")).containsExactly(reason);
  }

  @Test
  void shouldListEveryTargetMissedWhenSeveralAre() {
    assertThat(evaluate(false, 300, 240, 45, 30)).extracting(r -> r.get("reason"))
        .containsExactly("应用或基础环境未能恢复", "恢复时间超过 RTO 目标", "数据丢失超过 RPO 目标");
  }

  List<Map<String, Object>> evaluate(boolean restored, int rto, int rtoTarget, int rpo, int rpoTarget) {
    return result.evaluate(Map.of("restored", restored, "rtoMinutes", rto,
        "rtoTargetMinutes", rtoTarget, "rpoMinutes", rpo, "rpoTargetMinutes", rpoTarget)).getResultList();
  }

  @Test
  void shouldCiteTheContractOrAskTheBureauInEveryRule() throws IOException {
    for (String file : List.of("decisions/dr-drill-target.dmn", "decisions/dr-drill-result.dmn")) {
      Matcher rule = Pattern.compile("<rule id=\"[^\"]+\">\\s*<description>([^<]*)</description>")
          .matcher(Files.readString(Path.of(file)));
      int rules = 0;
      while (rule.find()) {
        rules++;
        assertThat(rule.group(1)).as(file).containsPattern("C |C（|待确认");
      }
      assertThat(rules).as(file).isPositive();
    }
  }
}
