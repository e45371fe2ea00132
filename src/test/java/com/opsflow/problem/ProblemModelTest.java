package com.opsflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.incident.IncidentProcess;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The problem model, its forms, its element template and the code name the same steps and values. */
class ProblemModelTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldRecordOnlyStepsTheDelegateKnowsAndOfferAllOfThemInTheTemplate() throws IOException {
    List<String> known = Arrays.stream(ProblemStep.values()).map(ProblemStep::code).toList();
    Set<String> used = new TreeSet<>();
    Matcher m = Pattern.compile("<camunda:inputParameter name=\"problemStep\">([^<]+)</camunda:inputParameter>")
        .matcher(Files.readString(Path.of("processes", "problem.bpmn")));
    while (m.find()) {
      used.add(m.group(1));
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(known);

    List<String> offered = new ArrayList<>();
    JsonNode template = json.readTree(new File("element-templates/record-on-problem.json")).get(0);
    for (JsonNode property : template.get("properties")) {
      if ("problemStep".equals(property.path("binding").path("name").asText())) {
        property.get("choices").forEach(c -> offered.add(c.get("value").asText()));
      }
    }
    assertThat(offered).containsExactlyInAnyOrderElementsOf(known);
  }

  @Test
  void shouldOfferInTheStartFormExactlyTheValuesTheValidatorAccepts() throws IOException {
    JsonNode form = json.readTree(new File("forms/problem-start.form"));
    assertThat(values(form, "problemType")).containsExactlyElementsOf(ProblemProcess.TYPES);
    assertThat(values(form, "system")).containsExactlyElementsOf(IncidentProcess.SYSTEMS);
    assertThat(values(json.readTree(new File("forms/problem-hand-over.form")), "vendorChannel"))
        .containsExactlyElementsOf(ProblemProcess.VENDOR_CHANNELS);
  }

  private List<String> values(JsonNode form, String key) {
    List<String> values = new ArrayList<>();
    for (JsonNode c : form.get("components")) {
      if (key.equals(c.path("key").asText())) {
        c.get("values").forEach(v -> values.add(v.get("value").asText()));
      }
    }
    return values;
  }
}
