package com.opsflow.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.backup.BackupProcess;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Health-check and backup models against their constants: element ids and messages exist, the start forms offer the
 * schedules of DMN operation-schedule, the checklist form asks every item of health-check-threshold and every scope.
 */
class ScheduledOperationsModelTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldNameInTheModelsTheElementsAndMessagesTheCodeUses() throws Exception {
    assertIdsExist("processes/health-check.bpmn", HealthCheckProcess.Element.class);
    assertIdsExist("processes/backup.bpmn", BackupProcess.Element.class);
    assertThat(Files.readString(Path.of("processes/health-check.bpmn")))
        .contains("name=\"" + HealthCheckProcess.MESSAGE + "\"", ">" + HealthCheckProcess.MESSAGE + "<",
            "${scheduleTicks.tick('health-check')}", "'" + HealthCheckProcess.PREFIX + "'");
    assertThat(Files.readString(Path.of("processes/backup.bpmn")))
        .contains("name=\"" + BackupProcess.MESSAGE + "\"", ">" + BackupProcess.MESSAGE + "<",
            "${scheduleTicks.tick('backup')}", "'" + BackupProcess.PREFIX + "'");
  }

  @Test
  void shouldOfferToStartByHandExactlyTheSchedulesOfTheDecision() throws IOException {
    String dmn = Files.readString(Path.of("decisions/operation-schedule.dmn"));
    for (String form : List.of("health-check-start", "backup-start")) {
      for (String schedule : values(form(form), "schedule")) {
        assertThat(dmn).as(form).contains("<text>\"" + schedule + "\"</text>");
      }
    }
    assertThat(values(form("backup-start"), "schedule")).containsExactly(BackupProcess.DAILY_CHECK,
        BackupProcess.MONTHLY_AUDIT);
    assertThat(values(form("backup-check"), BackupProcess.Var.VERIFICATION))
        .containsExactlyElementsOf(BackupProcess.VERIFICATIONS);
    assertThat(values(form("backup-audit"), BackupProcess.Var.RESTORE_RESULT))
        .containsExactlyElementsOf(BackupProcess.RESTORE_RESULTS);
  }

  @Test
  void shouldAskEveryChecklistItemInItsScopesGroupAndEveryScopeInThePlan() throws IOException {
    List<String> planKeys = keys(form("health-check-plan").get("components"));
    HealthCheckProcess.SCOPES.values().forEach(scope -> assertThat(planKeys).contains(scope.variable()));
    JsonNode perform = form("health-check-perform");
    List<String> performKeys = keys(perform.get("components"));
    assertThat(performKeys).containsAll(HealthCheckProcess.ITEMS.values());
    String dmn = Files.readString(Path.of("decisions/health-check-threshold.dmn"));
    HealthCheckProcess.ITEMS.keySet().forEach(item -> assertThat(dmn).contains("<text>\"" + item + "\"</text>"));
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

  private static List<String> keys(JsonNode components) {
    List<String> keys = new ArrayList<>();
    for (JsonNode c : components) {
      if (c.has("key")) {
        keys.add(c.get("key").asText());
      }
      if (c.has("components")) {
        keys.addAll(keys(c.get("components")));
      }
    }
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
