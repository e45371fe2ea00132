package com.opsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.change.ChangeProcess;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The security-hardening model against its constants: element ids and the message exist, the start form offers the
 * schedule of DMN operation-schedule, the forms offer exactly the codes the code accepts.
 */
class HardeningModelTest {

  static final String MODEL = "processes/security-hardening.bpmn";
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldNameInTheModelTheElementsMessageTickAndPrefixTheCodeUses() throws Exception {
    String xml = Files.readString(Path.of(MODEL));
    for (Field f : SecurityHardeningProcess.Element.class.getFields()) {
      assertThat(xml).as(f.getName()).contains("id=\"" + f.get(null) + "\"");
    }
    assertThat(xml).contains("name=\"" + SecurityHardeningProcess.MESSAGE + "\"",
        ">" + SecurityHardeningProcess.MESSAGE + "<", "${scheduleTicks.tick('" + SecurityHardeningProcess.KEY + "')}",
        "'" + SecurityHardeningProcess.PREFIX + "'", ">" + SecurityHardeningProcess.OVERDUE_MAIL + "<",
        ">" + SecurityHardeningProcess.OVERDUE_RECIPIENTS + "<", "camunda:elementVariable=\""
            + SecurityHardeningProcess.Var.FINDING_ID + "\"");
    assertThat(Path.of("src/main/resources/mail/" + SecurityHardeningProcess.OVERDUE_MAIL + ".txt")).exists();
  }

  @Test
  void shouldOfferToStartByHandExactlyTheScheduleOfTheDecision() throws IOException {
    String dmn = Files.readString(Path.of("decisions/operation-schedule.dmn"));
    assertThat(values(form("hardening-start").get("components"), "schedule"))
        .containsExactly(SecurityHardeningProcess.PERIODIC_CHECK);
    assertThat(dmn).contains("<text>\"" + SecurityHardeningProcess.PERIODIC_CHECK + "\"</text>",
        "\"" + SecurityHardeningProcess.KEY + "\"");
  }

  @Test
  void shouldAskEachFindingForTheFieldsTheRegisterKeepsWithTheCodesTheCodeAccepts() throws IOException {
    JsonNode list = null;
    for (JsonNode c : form("hardening-check").get("components")) {
      if ("dynamiclist".equals(c.path("type").asText())) {
        list = c;
      }
    }
    assertThat(list).isNotNull();
    assertThat(list.get("path").asText()).isEqualTo(SecurityHardeningProcess.Var.FINDINGS);
    List<String> keys = new ArrayList<>();
    list.get("components").forEach(c -> keys.add(c.path("key").asText()));
    assertThat(keys).containsExactly("severity", "component", "description", "remedy", "configChange", "changeType");
    assertThat(values(list.get("components"), "severity")).containsExactlyElementsOf(SecurityHardeningProcess.SEVERITIES);
    assertThat(values(list.get("components"), "changeType")).containsExactlyElementsOf(ChangeProcess.CHANGE_TYPE_ORDER);
    assertThat(values(form("hardening-monitor").get("components"), SecurityHardeningProcess.Var.MONITOR_RESULT))
        .containsExactlyElementsOf(SecurityHardeningProcess.MONITOR_RESULTS);
  }

  private JsonNode form(String id) throws IOException {
    return json.readTree(new File("forms/" + id + ".form"));
  }

  private static List<String> values(JsonNode components, String key) {
    for (JsonNode c : components) {
      if (key.equals(c.path("key").asText())) {
        List<String> values = new ArrayList<>();
        c.get("values").forEach(v -> values.add(v.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no field " + key);
  }
}
