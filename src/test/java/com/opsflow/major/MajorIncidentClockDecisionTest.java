package com.opsflow.major;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/major-incident-clock.dmn row by row: the seed's 5 / 30 / 24 / 2 figures (B-2.3.14, B-2.2, B-2.3.6). */
class MajorIncidentClockDecisionTest {

  static final DecisionTable decision = DecisionTable.of("major-incident-clock");

  @ParameterizedTest(name = "{0}: notify {1} min, update every {2} min, first report {3} h, on-site {4} h, response {5} min")
  @CsvSource({
      "tips, 5, 30, 24, 3, 30",
      "oa, 5, 30, 24, 2, 30",
      "invoice, 5, 30, 24, 2, 30",
  })
  void shouldGiveTheSeedDuties(String system, int notify, int update, int firstReport, int onsite, int response) {
    DmnDecisionResultEntries r = decision.evaluate(Map.of("system", system)).getSingleResult();

    assertThat(((Number) r.get("notifyMinutes")).intValue()).isEqualTo(notify);
    assertThat(((Number) r.get("updateIntervalMinutes")).intValue()).isEqualTo(update);
    assertThat(((Number) r.get("firstReportHours")).intValue()).isEqualTo(firstReport);
    assertThat(((Number) r.get("onsiteRestoreHours")).intValue()).isEqualTo(onsite);
    assertThat(((Number) r.get("secondLineResponseMinutes")).intValue()).isEqualTo(response);
  }

  /**
   * B-2.3.14「须在5分钟之内通知……每隔30分钟提供一次故障解决状况更新……在故障发生的24小时内，提供第一次事故报告」,
   * B-2.3.6(1)「30分钟内响应」, B-2.2 第 2 项「抵达故障现场后2小时内恢复」: every duty runs in natural time.
   */
  @ParameterizedTest(name = "{0}: every duty clock in natural time")
  @CsvSource({"tips", "oa", "invoice"})
  void shouldCountEveryDutyInNaturalTime(String system) {
    DmnDecisionResultEntries r = decision.evaluate(Map.of("system", system)).getSingleResult();

    for (String clock : new String[] {"notifyClock", "updateIntervalClock", "firstReportClock", "onsiteRestoreClock",
        "secondLineResponseClock"}) {
      assertThat((String) r.get(clock)).as(clock).isEqualTo("natural");
    }
  }

  /** tips and invoice figures have no seed clause: their rules say they are the bureau's to confirm. */
  @Test
  void shouldMarkFiguresWithoutASeedClauseAsTheBureausToConfirm() throws IOException {
    String dmn = Files.readString(Path.of("decisions/major-incident-clock.dmn"));
    assertThat(rule(dmn, 1)).contains("A-3.2.3(3)", "待采购方确认");
    assertThat(rule(dmn, 2)).contains("B-2.3.14", "B-2.3.6(1)", "B-2.2 第 2 项").doesNotContain("待采购方确认");
    assertThat(rule(dmn, 3)).contains("待采购方确认");
  }

  private static String rule(String dmn, int n) {
    Matcher m = Pattern.compile("<rule id=\"Rule_major_incident_clock_" + n + "\">\\s*<description>(.*?)</description>")
        .matcher(dmn);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void shouldKnowNoOtherSystem() {
    assertThat(decision.evaluate(Map.of("system", "hr")).getResultList()).isEmpty();
  }
}
