package com.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/incident-priority.dmn row by row, with the seed figures (tips 30/180, oa 1440 response) and the clock
 * basis of each figure.
 */
class IncidentPriorityDecisionTest {

  static final DecisionTable decision = DecisionTable.of("incident-priority");

  static DmnDecisionResultEntries evaluate(String system, String impact, String urgency, boolean importantPeriod) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("system", system);
    vars.put("impact", impact);
    vars.put("urgency", urgency);
    vars.put("importantPeriod", importantPeriod);
    return decision.evaluate(vars).getSingleResult();
  }

  @ParameterizedTest(name = "{0} {1}/{2} important={3} → {4} major={5} {6}/{7} min, {8}/{9} time")
  @CsvSource({
      // every rule of the table, per system
      "tips, province, high, false, P1, true, 30, 180, natural, natural",
      "tips, province, medium, false, P1, true, 30, 180, natural, natural",
      "tips, city, high, true, P1, true, 30, 180, natural, natural",
      "tips, city, high, false, P1, false, 30, 180, natural, natural",
      "tips, province, low, false, P2, false, 30, 180, natural, natural",
      "tips, city, medium, false, P2, false, 30, 180, natural, natural",
      "tips, office, high, false, P2, false, 30, 180, natural, natural",
      "tips, city, low, false, P3, false, 30, 180, natural, natural",
      "tips, office, medium, false, P3, false, 30, 180, natural, natural",
      "tips, office, low, true, P3, false, 30, 180, natural, natural",
      "tips, individual, high, false, P3, false, 30, 180, natural, natural",
      "tips, individual, medium, false, P4, false, 30, 180, natural, natural",
      "tips, individual, low, true, P4, false, 30, 180, natural, natural",
      "oa, province, high, false, P1, true, 30, 120, natural, natural",
      "oa, province, medium, true, P1, true, 30, 120, natural, natural",
      "oa, city, high, true, P1, true, 30, 120, natural, natural",
      "oa, city, high, false, P1, false, 30, 120, natural, natural",
      "oa, province, low, false, P2, false, 30, 480, natural, working",
      "oa, city, medium, false, P2, false, 30, 480, natural, working",
      "oa, office, high, false, P2, false, 30, 480, natural, working",
      "oa, city, low, false, P3, false, 1440, 2880, natural, working",
      "oa, office, medium, false, P3, false, 1440, 2880, natural, working",
      "oa, office, low, false, P3, false, 1440, 2880, natural, working",
      "oa, individual, high, false, P3, false, 1440, 2880, natural, working",
      "oa, individual, medium, false, P4, false, 1440, 4320, natural, working",
      "oa, individual, low, false, P4, false, 1440, 4320, natural, working",
      "invoice, province, high, false, P1, true, 15, 120, working, working",
      "invoice, city, high, true, P1, true, 15, 120, working, working",
      "invoice, city, high, false, P1, false, 15, 120, working, working",
      "invoice, province, low, false, P2, false, 30, 240, working, working",
      "invoice, city, medium, false, P2, false, 30, 240, working, working",
      "invoice, office, high, false, P2, false, 30, 240, working, working",
      "invoice, city, low, false, P3, false, 60, 960, working, working",
      "invoice, office, medium, false, P3, false, 60, 960, working, working",
      "invoice, individual, high, false, P3, false, 60, 960, working, working",
      "invoice, individual, low, false, P4, false, 120, 1920, working, working",
  })
  void shouldDecidePriorityMajorAndMinutes(String system, String impact, String urgency, boolean importantPeriod,
      String priority, boolean major, int responseMinutes, int resolveMinutes, String responseClock,
      String resolveClock) {
    DmnDecisionResultEntries result = evaluate(system, impact, urgency, importantPeriod);

    assertThat((String) result.get("priority")).isEqualTo(priority);
    assertThat((Boolean) result.get("major")).isEqualTo(major);
    assertThat(((Number) result.get("responseMinutes")).intValue()).isEqualTo(responseMinutes);
    assertThat(((Number) result.get("resolveMinutes")).intValue()).isEqualTo(resolveMinutes);
    assertThat((String) result.get("responseClock")).isEqualTo(responseClock);
    assertThat((String) result.get("resolveClock")).isEqualTo(resolveClock);
  }

  /** B-2.4.4.1(2)「对用户无论通过何种方式提出的技术支持请求，必须在24小时内给予响应」: 24 natural hours, never more. */
  @Test
  void shouldAnswerEveryOaRequestWithinTwentyFourNaturalHours() {
    for (String impact : new String[] {"individual", "office", "city", "province"}) {
      for (String urgency : new String[] {"low", "medium", "high"}) {
        for (boolean important : new boolean[] {true, false}) {
          DmnDecisionResultEntries result = evaluate("oa", impact, urgency, important);
          assertThat(((Number) result.get("responseMinutes")).intValue()).isLessThanOrEqualTo(24 * 60);
          assertThat((String) result.get("responseClock")).as("%s %s", impact, urgency).isEqualTo("natural");
        }
      }
    }
  }

  /**
   * A-3.2.3(1)4)「30分钟内响应，3小时内解决故障」 with 「提供7×24小时热线支持」: both tips clocks run in
   * natural time.
   */
  @Test
  void shouldCountTipsClocksInNaturalTime() {
    for (String impact : new String[] {"individual", "office", "city", "province"}) {
      for (String urgency : new String[] {"low", "medium", "high"}) {
        DmnDecisionResultEntries result = evaluate("tips", impact, urgency, false);
        assertThat((String) result.get("responseClock")).isEqualTo("natural");
        assertThat((String) result.get("resolveClock")).isEqualTo("natural");
      }
    }
  }

  /** A-3.2.3(1)4)「如无法在短时间内解决，需提交一个处理建议」: tips only; the other seeds ask no proposal. */
  @Test
  void shouldAskForAHandlingProposalOnAMissedResolutionForTipsOnly() {
    for (String system : new String[] {"tips", "oa", "invoice"}) {
      for (String impact : new String[] {"individual", "office", "city", "province"}) {
        for (String urgency : new String[] {"low", "medium", "high"}) {
          assertThat((Boolean) evaluate(system, impact, urgency, false).get("breachProposal")).as("%s %s %s", system,
              impact, urgency).isEqualTo(system.equals("tips"));
        }
      }
    }
  }

  /** Every rule cites the seed clause of its figures or marks them as the bureau's to confirm (待采购方确认). */
  @Test
  void shouldCiteASeedClauseOrMarkTheFigureForTheBureauInEveryRule() throws IOException {
    String dmn = Files.readString(Path.of("decisions/incident-priority.dmn"));
    Matcher rules = Pattern.compile("<rule id=\"(\\w+)\">\\s*<description>(.*?)</description>")
        .matcher(dmn);
    int count = 0;
    while (rules.find()) {
      count++;
      String note = rules.group(2);
      assertThat(note).as(rules.group(1)).containsPattern("[AB]-[0-9]|待采购方确认");
      if (note.startsWith("发票")) {
        assertThat(note).as(rules.group(1)).contains("待采购方确认");
      }
      if (note.startsWith("税库银")) {
        assertThat(note).as(rules.group(1)).contains("A-3.2.3(1)4)", "A-3.1.2");
      }
    }
    assertThat(count).isEqualTo(30);
  }

  @Test
  void shouldAnswerTipsWithinThirtyMinutesAndResolveWithinThreeHoursWhateverThePriority() {
    for (String impact : new String[] {"individual", "office", "city", "province"}) {
      for (String urgency : new String[] {"low", "medium", "high"}) {
        DmnDecisionResultEntries result = evaluate("tips", impact, urgency, false);
        assertThat(((Number) result.get("responseMinutes")).intValue()).isEqualTo(30);
        assertThat(((Number) result.get("resolveMinutes")).intValue()).isEqualTo(180);
      }
    }
  }

  @Test
  void shouldMatchExactlyOneRuleForEveryCombination() {
    for (String system : new String[] {"tips", "oa", "invoice"}) {
      for (String impact : new String[] {"individual", "office", "city", "province"}) {
        for (String urgency : new String[] {"low", "medium", "high"}) {
          for (boolean important : new boolean[] {true, false}) {
            assertThat(evaluate(system, impact, urgency, important)).as("%s %s %s %s", system, impact, urgency, important)
                .containsKeys("priority", "major", "responseMinutes", "resolveMinutes");
          }
        }
      }
    }
  }

  @Test
  void shouldMatchNoRuleForAnUnknownSystem() {
    Map<String, Object> vars = Map.of("system", "hr", "impact", "city", "urgency", "high", "importantPeriod", false);
    assertThat(decision.evaluate(vars).getResultList()).isEmpty();
  }
}
