package com.opsflow.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.survey.SatisfactionSurveyProcess;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training and survey forms offer what the validators accept; every element id constant names a model element. */
class TrainingSurveyModelTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldOfferTheSystemsAndGroupsTheValidatorsAccept() throws IOException {
    assertThat(values("forms/training-start.form", "system").keySet()).containsExactlyElementsOf(TrainingProcess.SYSTEMS);
    assertThat(values("forms/survey-start.form", "system").keySet())
        .containsExactlyElementsOf(SatisfactionSurveyProcess.SYSTEMS);
    assertThat(values("forms/survey-actions.form", "actionGroupDefault"))
        .containsExactlyEntriesOf(SatisfactionSurveyProcess.ACTION_GROUPS);
    assertThat(values("forms/survey-actions.form", "group")).as("the group of a row of the actions list")
        .containsExactlyEntriesOf(SatisfactionSurveyProcess.ACTION_GROUPS);
  }

  @Test
  void shouldNameOnlyElementsThatExistInTheModels() throws Exception {
    assertIdsExist(TrainingProcess.Element.class, "processes/training.bpmn");
    assertIdsExist(SatisfactionSurveyProcess.Element.class, "processes/satisfaction-survey.bpmn");
    assertThat(Files.readString(Path.of("processes/training.bpmn")))
        .contains("id=\"" + TrainingProcess.KEY + "\"", "decisionRef=\"" + TrainingProcess.DECISION + "\"",
            "'" + TrainingProcess.PREFIX + "'", ">" + TrainingProcess.REPORT_KIND + "<");
    assertThat(Files.readString(Path.of("processes/satisfaction-survey.bpmn")))
        .contains("id=\"" + SatisfactionSurveyProcess.KEY + "\"", "'" + SatisfactionSurveyProcess.PREFIX + "'",
            ">" + SatisfactionSurveyProcess.REPORT_KIND + "<");
  }

  private void assertIdsExist(Class<?> constants, String model) throws Exception {
    String xml = Files.readString(Path.of(model));
    List<String> missing = new ArrayList<>();
    for (Field f : constants.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        String id = (String) f.get(null);
        if (!xml.contains("id=\"" + id + "\"")) {
          missing.add(id);
        }
      }
    }
    assertThat(missing).as(model).isEmpty();
  }

  private Map<String, String> values(String form, String key) throws IOException {
    Map<String, String> values = values(json.readTree(new File(form)).get("components"), key);
    if (values == null) {
      throw new AssertionError(form + " has no field " + key);
    }
    return values;
  }

  /** The field's values, also inside a dynamic list's rows. */
  private static Map<String, String> values(JsonNode components, String key) {
    for (JsonNode c : components) {
      if (key.equals(c.path("key").asText())) {
        Map<String, String> values = new LinkedHashMap<>();
        c.get("values").forEach(v -> values.put(v.get("value").asText(), v.get("label").asText()));
        return values;
      }
      if (c.has("components")) {
        Map<String, String> nested = values(c.get("components"), key);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }
}
