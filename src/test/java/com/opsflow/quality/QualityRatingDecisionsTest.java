package com.opsflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.support.DecisionTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/quality-inspection-rating.dmn and complaint-rating.dmn row by row (B-2.3.13, B-2.6): a call with
 * any aspect below 60 fails, attitude below 60 counts as poor-attitude; only a substantiated attitude complaint
 * counts as poor-attitude. Every item they give is a SPEC §5 code.
 */
class QualityRatingDecisionsTest {

  static final DecisionTable call = DecisionTable.of("quality-inspection-rating");
  static final DecisionTable complaint = DecisionTable.of("complaint-rating");

  @ParameterizedTest(name = "attitude {0}, skill {1}, technical {2}, record {3} -> {4}, {5}")
  @CsvSource({
      "100, 100, 100, 100, pass, none",
      "60, 60, 60, 60, pass, none",
      "59, 90, 90, 90, fail, poor-attitude",
      "0, 0, 0, 0, fail, poor-attitude",
      "90, 59, 90, 90, fail, none",
      "90, 90, 59, 90, fail, none",
      "90, 90, 90, 59, fail, none",
      "55, 40, 90, 90, fail, poor-attitude",
  })
  void shouldRateACall(int attitude, int skill, int technical, int record, String result, String item) {
    DmnDecisionResultEntries r = call.evaluate(Map.of("attitudeScore", attitude, "skillScore", skill,
        "technicalScore", technical, "recordScore", record)).getSingleResult();

    assertThat(r.<String>get("result")).isEqualTo(result);
    assertThat(r.<String>get("item")).isEqualTo(item);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "substantiated, attitude, poor-attitude",
      "substantiated, timeliness, none",
      "substantiated, technical, none",
      "substantiated, consulting, none",
      "substantiated, external, none",
      "substantiated, other, none",
      "unsubstantiated, attitude, none",
      "unsubstantiated, other, none",
  })
  void shouldCountOnlySubstantiatedAttitudeComplaints(String result, String category, String item) {
    assertThat(complaint.evaluate(Map.of("investigationResult", result, "complaintCategory", category))
        .getSingleResult().<String>get("item")).isEqualTo(item);
  }

  @Test
  void shouldGiveOnlyItemsOfTheRatingSheet() throws IOException {
    for (String file : List.of("decisions/quality-inspection-rating.dmn", "decisions/complaint-rating.dmn")) {
      Matcher m = Pattern.compile("<outputValues id=\"UnaryTests_Out_item\"><text>([^<]+)</text>")
          .matcher(Files.readString(Path.of(file)));
      assertThat(m.find()).as(file).isTrue();
      List<String> items = Arrays.stream(m.group(1).split(",")).map(v -> v.replace("\"", "").trim()).toList();
      assertThat(items).as(file).contains("none").allMatch(i -> "none".equals(i) || ScoreItem.codes().contains(i));
    }
  }
}
