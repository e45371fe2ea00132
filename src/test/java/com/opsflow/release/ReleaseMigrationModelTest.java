package com.opsflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.migration.MigrationProcess;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The release and migration forms offer exactly the values the constants, gateways and validators know. */
class ReleaseMigrationModelTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldOfferInTheReleaseFormsTheValuesTheProcessKnows() throws IOException {
    assertThat(values("release-start", ReleaseProcess.Var.SYSTEM)).isEqualTo(IncidentProcess.SYSTEMS);
    assertThat(values("release-start", ReleaseProcess.Var.KIND)).isEqualTo(ReleaseProcess.KINDS);
    assertThat(values("release-review", ReleaseProcess.Var.REVIEW_OUTCOME)).isEqualTo(ReleaseProcess.REVIEW_OUTCOMES);
    assertThat(values("release-review", ReleaseProcess.Var.IMPACT_LEVEL)).isEqualTo(ReleaseProcess.IMPACT_LEVELS);
    assertThat(values("release-test", ReleaseProcess.Var.TEST_RESULT)).isEqualTo(ReleaseProcess.TEST_RESULTS);
    assertThat(values("release-upgrade", ReleaseProcess.Var.UPGRADE_RESULT)).isEqualTo(ReleaseProcess.UPGRADE_RESULTS);
    assertThat(values("release-verify", ReleaseProcess.Var.VERIFY_RESULT)).isEqualTo(ReleaseProcess.VERIFY_RESULTS);
  }

  @Test
  void shouldOfferInTheMigrationFormsTheValuesTheProcessKnows() throws IOException {
    assertThat(values("migration-start", MigrationProcess.Var.SYSTEM)).isEqualTo(IncidentProcess.SYSTEMS);
    assertThat(values("migration-start", MigrationProcess.Var.TYPE)).isEqualTo(MigrationProcess.TYPES);
    assertThat(values("migration-test", MigrationProcess.Var.TEST_RESULT)).isEqualTo(MigrationProcess.TEST_RESULTS);
    assertThat(values("migration-confirm", MigrationProcess.Var.USER_DECISION)).isEqualTo(MigrationProcess.USER_DECISIONS);
    assertThat(values("migration-implement", MigrationProcess.Var.IMPLEMENT_RESULT))
        .isEqualTo(MigrationProcess.IMPLEMENT_RESULTS);
    assertThat(values("migration-verify", MigrationProcess.Var.VERIFY_OUTCOME)).isEqualTo(MigrationProcess.VERIFY_OUTCOMES);
    assertThat(values("migration-switch-over", MigrationProcess.Var.SWITCH_OVER_RESULT))
        .isEqualTo(MigrationProcess.SWITCH_OVER_RESULTS);
  }

  @Test
  void shouldBranchOnEveryOfferedValue() throws IOException {
    String release = Files.readString(Path.of("processes/" + ReleaseProcess.KEY + ".bpmn"));
    for (String v : ReleaseProcess.REVIEW_OUTCOMES) {
      assertThat(release).contains("${reviewOutcome == '" + v + "'}");
    }
    for (String v : ReleaseProcess.UPGRADE_RESULTS) {
      assertThat(release).contains("${upgradeResult == '" + v + "'}");
    }
    String migration = Files.readString(Path.of("processes/" + MigrationProcess.KEY + ".bpmn"));
    for (String v : MigrationProcess.VERIFY_OUTCOMES) {
      assertThat(migration).contains("${verifyOutcome == '" + v + "'}");
    }
    for (String v : MigrationProcess.USER_DECISIONS) {
      assertThat(migration).contains("${userDecision == '" + v + "'}");
    }
    assertThat(migration).contains("${businessCycle.end(system)}");
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
