package com.opsflow.healthcheck;

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
 * decisions/operation-schedule.dmn and decisions/health-check-threshold.dmn: which scheduled operations each system
 * has (A-3.2.1.1 daily for tips, B-2.3.10 weekly to yearly for oa, B-2.2 item 5 special checks every quarter, B-2.2
 * item 8 backups), and every checklist item's threshold and follow-up; every rule cites its clause or is marked
 * for the bureau to confirm.
 */
class ScheduledOperationsDecisionTest {

  static final DecisionTable schedule = DecisionTable.of("operation-schedule");
  static final DecisionTable threshold = DecisionTable.of("health-check-threshold");

  List<String> schedules(String process, String system) {
    return schedule.evaluate(Map.of("process", process, "system", system)).getResultList().stream()
        .map(r -> (String) r.get("schedule")).toList();
  }

  @Test
  void shouldGiveEachSystemItsHealthChecksAndTwoSpecialChecksAQuarter() {
    assertThat(schedules("health-check", "tips")).containsExactlyInAnyOrder("daily-basic", "special-application",
        "special-database");
    assertThat(schedules("health-check", "oa")).containsExactlyInAnyOrder("weekly", "monthly", "quarterly", "yearly",
        "special-application", "special-database");
    assertThat(schedules("health-check", "invoice")).containsExactlyInAnyOrder("special-application",
        "special-database");
  }

  @Test
  void shouldCheckBackupsDailyByFirstLineAndAuditThemMonthlyBySecondLine() {
    for (String system : List.of("tips", "oa", "invoice")) {
      List<Map<String, Object>> rows = schedule.evaluate(Map.of("process", "backup", "system", system))
          .getResultList();
      assertThat(rows).extracting(r -> r.get("schedule") + "/" + r.get("frequency") + "/" + r.get("group"))
          .containsExactlyInAnyOrder("daily-check/daily/service-desk", "monthly-audit/monthly/second-line");
    }
  }

  @ParameterizedTest(name = "{0}: {1} above {2} → {3}")
  @CsvSource({"db-os-cpu, db-server, 80, host", "db-os-filesystem, db-server, 85, host", "mw-os-cpu, mw-server, 80, host",
      "mw-app-folder, mw-server, 85, change", "db-tablespace, db-software, 85, change", "db-slow-sql, db-software, 10, problem",
      "mw-heap, mw-software, 85, incident", "app-business-data, app-data, 0, incident"})
  void shouldGiveEachChecklistItemItsScopeThresholdAndFollowUp(String item, String scope, double limit, String followUp) {
    Map<String, Object> row = threshold.evaluate(Map.of("item", item)).getSingleResult().getEntryMap();
    assertThat(row.get("scope")).isEqualTo(scope);
    assertThat(((Number) row.get("threshold")).doubleValue()).isEqualTo(limit);
    assertThat(row.get("followUp")).isEqualTo(followUp);
  }

  @Test
  void shouldHaveAThresholdForEveryItemTheFormsAsk() {
    for (String item : HealthCheckProcess.ITEMS.keySet()) {
      Map<String, Object> row = threshold.evaluate(Map.of("item", item)).getSingleResult().getEntryMap();
      assertThat(HealthCheckProcess.SCOPES).as(item).containsKey((String) row.get("scope"));
      assertThat(HealthCheckProcess.FOLLOW_UPS).as(item).contains((String) row.get("followUp"));
    }
  }

  @Test
  void shouldCiteASeedClauseOrAskTheBureauInEveryRule() throws IOException {
    for (String file : List.of("decisions/operation-schedule.dmn", "decisions/health-check-threshold.dmn")) {
      Matcher rule = Pattern.compile("<rule id=\"[^\"]+\">\\s*<description>([^<]*)</description>")
          .matcher(Files.readString(Path.of(file)));
      int rules = 0;
      while (rule.find()) {
        rules++;
        assertThat(rule.group(1)).as(file).containsPattern("[AB]-\\d|待确认");
      }
      assertThat(rules).as(file).isPositive();
    }
  }
}
