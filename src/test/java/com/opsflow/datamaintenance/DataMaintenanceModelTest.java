package com.opsflow.datamaintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.incident.IncidentProcess;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forms, model and constants of data maintenance name the same values and elements. */
class DataMaintenanceModelTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldOfferInTheFormsExactlyTheValuesTheCodeAccepts() throws IOException {
    assertThat(values("data-maintenance-start", DataMaintenanceProcess.Var.SYSTEM)).containsExactlyElementsOf(IncidentProcess.SYSTEMS);
    assertThat(values("data-maintenance-start", DataMaintenanceProcess.Var.CHANNEL)).containsExactlyElementsOf(IncidentProcess.CHANNELS);
    for (String form : List.of("data-maintenance-analyse", "data-maintenance-write-plan")) {
      assertThat(values(form, DataMaintenanceProcess.Var.DATA_CATEGORY)).as(form)
          .containsExactlyElementsOf(DataMaintenanceProcess.DATA_CATEGORIES);
    }
    assertThat(DataMaintenanceProcess.DATA_CATEGORY_NAMES).containsOnlyKeys(DataMaintenanceProcess.DATA_CATEGORIES);
    assertThat(values("data-maintenance-test", DataMaintenanceProcess.Var.TEST_OUTCOME))
        .containsExactly(DataMaintenanceProcess.TEST_PASSED, DataMaintenanceProcess.TEST_FAILED);
    assertThat(values("data-maintenance-review-mismatch", DataMaintenanceProcess.Var.MISMATCH_DECISION))
        .containsExactly(DataMaintenanceProcess.ROLL_BACK, DataMaintenanceProcess.ACCEPT);
    assertThat(values("data-maintenance-confirm", DataMaintenanceProcess.Var.USER_CONFIRMATION))
        .containsExactly(DataMaintenanceProcess.CONFIRMED, DataMaintenanceProcess.NOT_CONFIRMED);
  }

  @Test
  void shouldNameOnlyElementsThatTheModelHas() throws Exception {
    String xml = Files.readString(Path.of("processes", DataMaintenanceProcess.KEY + ".bpmn"));
    assertThat(xml).contains("id=\"" + DataMaintenanceProcess.KEY + "\"", "'" + DataMaintenanceProcess.PREFIX + "'",
        "decisionRef=\"" + DataMaintenanceProcess.DECISION + "\"", DataMaintenanceProcess.REPORT_KIND);
    for (Field f : DataMaintenanceProcess.Element.class.getFields()) {
      assertThat(xml).as(f.getName()).contains("id=\"" + f.get(null) + "\"");
    }
  }

  private List<String> values(String form, String key) throws IOException {
    for (JsonNode c : json.readTree(new File("forms/" + form + ".form")).get("components")) {
      if (key.equals(c.path("key").asText())) {
        List<String> values = new ArrayList<>();
        c.get("values").forEach(v -> values.add(v.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no field " + key + " in " + form);
  }
}
