package com.opsflow.drdrill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dr-drill model and forms against their constants: element ids and the message exist, the start form offers
 * exactly the drill rows of DMN operation-schedule, and the forms ask what the listeners read.
 */
class DrDrillModelTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldNameInTheModelTheElementsAndMessageTheCodeUses() throws Exception {
    String xml = Files.readString(Path.of("processes/dr-drill.bpmn"));
    for (Field f : DrDrillProcess.Element.class.getFields()) {
      assertThat(xml).as(f.getName()).contains("id=\"" + f.get(null) + "\"");
    }
    assertThat(xml).contains("name=\"" + DrDrillProcess.MESSAGE + "\"", ">" + DrDrillProcess.MESSAGE + "<",
        "${scheduleTicks.tick('dr-drill')}", "'" + DrDrillProcess.PREFIX + "'", "camunda:candidateGroups=\"system-owner\"");
  }

  @Test
  void shouldOfferToStartByHandExactlyTheDrillsOfTheDecision() throws IOException {
    JsonNode start = form("dr-drill-start");
    assertThat(values(start, "schedule")).containsExactly(DrDrillProcess.HALF_YEARLY);
    assertThat(values(start, "system")).containsExactly("invoice");
    assertThat(Files.readString(Path.of("decisions/operation-schedule.dmn")))
        .contains("<text>\"" + DrDrillProcess.HALF_YEARLY + "\"</text>");
    assertThat(values(form("dr-drill-approve"), DrDrillProcess.Var.APPROVAL))
        .containsExactlyElementsOf(DrDrillProcess.APPROVALS);
  }

  @Test
  void shouldAskInTheFormsWhatThePlanApprovalAndDrillRecord() throws IOException {
    assertThat(keys(form("dr-drill-plan"))).contains(DrDrillProcess.Var.PLANNED_AT, DrDrillProcess.Var.SCOPE_APPLICATION,
        DrDrillProcess.Var.SCOPE_BASE, DrDrillProcess.Var.METHOD, DrDrillProcess.Var.PARTICIPANTS,
        DrDrillProcess.Var.RTO_TARGET, DrDrillProcess.Var.RPO_TARGET, DrDrillProcess.Var.REJECTION_NOTE);
    assertThat(keys(form("dr-drill-approve"))).contains(DrDrillProcess.Var.PLAN_SUMMARY,
        DrDrillProcess.Var.APPROVAL_NOTE);
    assertThat(keys(form("dr-drill-perform"))).contains(DrDrillProcess.Var.BACKUP_NOTE,
        DrDrillProcess.Var.APPLICATION_RESTORED, DrDrillProcess.Var.BASE_RESTORED, DrDrillProcess.Var.RTO,
        DrDrillProcess.Var.RPO, DrDrillProcess.Var.PROBLEMS, DrDrillProcess.Var.IMPROVEMENTS);
  }

  private JsonNode form(String id) throws IOException {
    return json.readTree(new File("forms/" + id + ".form"));
  }

  private static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    form.get("components").forEach(c -> {
      if (c.has("key")) {
        keys.add(c.get("key").asText());
      }
    });
    return keys;
  }

  private static List<String> values(JsonNode form, String key) {
    for (JsonNode c : form.get("components")) {
      if (key.equals(c.path("key").asText())) {
        List<String> values = new ArrayList<>();
        c.get("values").forEach(v -> values.add(v.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no field " + key);
  }
}
