package com.opsflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.complaint.ComplaintProcess;
import com.opsflow.incident.IncidentProcess;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quality control models against their constants: every element id and message the code names exists in the
 * model; the complaint forms offer exactly the values the validator, the gateways and complaint-rating know.
 */
class QualityModelConsistencyTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldNameInTheModelsTheElementsAndMessageTheCodeUses() throws Exception {
    assertIdsExist("processes/quality-inspection.bpmn", QualityInspectionProcess.Element.class);
    assertIdsExist("processes/complaint.bpmn", ComplaintProcess.Element.class);
    assertThat(Files.readString(Path.of("processes/quality-inspection.bpmn")))
        .contains("name=\"" + QualityInspectionProcess.MESSAGE + "\"")
        .contains("decisionRef=\"" + QualityInspectionProcess.DECISION + "\"");
    assertThat(Files.readString(Path.of("processes/complaint.bpmn")))
        .contains("decisionRef=\"" + ComplaintProcess.DECISION + "\"")
        .contains("'" + ComplaintProcess.SATISFIED + "'");
  }

  @Test
  void shouldOfferInTheComplaintFormsExactlyTheValuesTheCodeAndDecisionKnow() throws IOException {
    JsonNode start = form("complaint-start");
    assertThat(values(start, "channel")).containsExactlyElementsOf(IncidentProcess.CHANNELS);
    assertThat(values(start, "system")).containsExactlyElementsOf(IncidentProcess.SYSTEMS);
    for (String id : List.of("complaint-accept", "complaint-investigate", "complaint-handle")) {
      assertThat(values(form(id), ComplaintProcess.Var.CATEGORY)).as(id)
          .containsExactlyElementsOf(ComplaintProcess.CATEGORIES);
    }
    assertThat(values(form("complaint-investigate"), ComplaintProcess.Var.RESULT))
        .containsExactlyElementsOf(ComplaintProcess.RESULTS);
    assertThat(values(form("complaint-call-back"), ComplaintProcess.Var.CALLBACK_OUTCOME))
        .containsExactly(ComplaintProcess.SATISFIED, ComplaintProcess.UNSATISFIED);
    String dmn = Files.readString(Path.of("decisions/complaint-rating.dmn"));
    assertThat(dmn).contains(String.join(",", ComplaintProcess.CATEGORIES.stream().map(c -> "\"" + c + "\"").toList()));
  }

  @Test
  void shouldAskInTheInspectionFormForTheFourAspectsFromZeroToHundred() throws IOException {
    JsonNode form = form("quality-inspect");
    for (String key : List.of(QualityInspectionProcess.Var.ATTITUDE, QualityInspectionProcess.Var.SKILL,
        QualityInspectionProcess.Var.TECHNICAL, QualityInspectionProcess.Var.RECORD)) {
      JsonNode field = field(form, key);
      assertThat(field.path("type").asText()).isEqualTo("number");
      assertThat(field.path("validate").path("required").asBoolean()).isTrue();
      assertThat(field.path("validate").path("min").asInt()).isZero();
      assertThat(field.path("validate").path("max").asInt()).isEqualTo(100);
    }
    assertThat(field(form, QualityInspectionProcess.Var.FEEDBACK).path("validate").path("required").asBoolean()).isTrue();
    assertThat(field(form("quality-start"), QualityInspectionProcess.Var.ENGINEER)).isNotNull();
    assertThat(field(form("quality-start"), QualityInspectionProcess.Var.WEEK_OF)).isNotNull();
  }

  private static void assertIdsExist(String model, Class<?> constants) throws Exception {
    String xml = Files.readString(Path.of(model));
    for (Field f : constants.getFields()) {
      assertThat(xml).as("%s in %s", f.getName(), model).contains("id=\"" + f.get(null) + "\"");
    }
  }

  private JsonNode form(String id) throws IOException {
    return json.readTree(new File("forms/" + id + ".form"));
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode c : form.get("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    throw new AssertionError("no field " + key);
  }

  private static List<String> values(JsonNode form, String key) {
    List<String> values = new ArrayList<>();
    field(form, key).get("values").forEach(v -> values.add(v.get("value").asText()));
    return values;
  }
}
