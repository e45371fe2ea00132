package com.opsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.risk.RiskReviewProcess.Var;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The risk-review model and forms against {@link RiskReviewProcess}: element ids and the message exist, every select
 * offers exactly the codes the listeners accept (fault levels = the priorities of incident-priority), and the
 * major-incident forms ask for the plan and show its last rehearsal read-only.
 */
class RiskReviewModelTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldNameInTheModelTheElementsAndMessageTheCodeUses() throws Exception {
    String xml = Files.readString(Path.of("processes/risk-review.bpmn"));
    for (Field f : RiskReviewProcess.Element.class.getFields()) {
      assertThat(xml).as(f.getName()).contains("id=\"" + f.get(null) + "\"");
    }
    assertThat(xml).contains("name=\"" + RiskReviewProcess.MESSAGE + "\"", ">" + RiskReviewProcess.MESSAGE + "<",
        "${scheduleTicks.tick('risk-review')}", "'" + RiskReviewProcess.PREFIX + "'");
    assertThat(Files.readString(Path.of("processes/major-incident.bpmn")))
        .contains("${contingencyPlans.offer(task)}", "${contingencyPlans.used(task)}");
  }

  @Test
  void shouldOfferInTheFormsExactlyTheCodesTheListenersAccept() throws IOException {
    String dmn = Files.readString(Path.of("decisions/operation-schedule.dmn"));
    assertThat(values(form("risk-review-start"), "schedule")).containsExactly(RiskReviewProcess.QUARTERLY)
        .allSatisfy(s -> assertThat(dmn).contains("<text>\"" + s + "\"</text>"));
    assertThat(values(form("risk-review-survey"), Var.RISK_TYPE))
        .containsExactlyElementsOf(RiskReviewProcess.RISK_TYPES.keySet());
    assertThat(values(form("risk-review-survey"), Var.LIKELIHOOD))
        .containsExactlyElementsOf(RiskReviewProcess.RATINGS.keySet());
    assertThat(values(form("risk-review-survey"), Var.IMPACT))
        .containsExactlyElementsOf(RiskReviewProcess.RATINGS.keySet());
    assertThat(values(form("risk-review-plan"), Var.FAULT_LEVEL))
        .containsExactlyElementsOf(RiskReviewProcess.FAULT_LEVELS.keySet());
    assertThat(Files.readString(Path.of("decisions/incident-priority.dmn")))
        .contains("<text>\"P1\",\"P2\",\"P3\",\"P4\"</text>");
    assertThat(values(form("risk-review-approve"), Var.APPROVAL_OUTCOME))
        .containsExactlyElementsOf(RiskReviewProcess.APPROVAL_OUTCOMES);
    assertThat(values(form("risk-review-rehearse"), Var.REHEARSAL_RESULT))
        .containsExactlyElementsOf(RiskReviewProcess.REHEARSAL_RESULTS.keySet());
  }

  @Test
  void shouldLetTheMajorIncidentNameItsPlanAndShowTheRehearsalReadOnly() throws IOException {
    JsonNode respond = form("major-respond");
    assertThat(readonly(respond, ContingencyPlanUse.OPTIONS)).isTrue();
    assertThat(readonly(respond, ContingencyPlanUse.PLAN_KEY)).isFalse();
    assertThat(readonly(respond, ContingencyPlanUse.PLAN_VERSION)).isFalse();
    JsonNode restore = form("major-restore");
    assertThat(readonly(restore, ContingencyPlanUse.PLAN_USED)).isTrue();
    assertThat(readonly(restore, ContingencyPlanUse.PLAN_REHEARSED)).isTrue();
    // what only the process sets is no editable field of any risk-review form
    for (String id : List.of("risk-review-survey", "risk-review-plan", "risk-review-approve", "risk-review-rehearse")) {
      for (String processSet : List.of(Var.PLAN_VERSION, Var.PLAN_AUTHOR, Var.EXISTING_PLANS, Var.RISKS_SO_FAR)) {
        JsonNode c = component(form(id), processSet);
        assertThat(c == null || c.path("readonly").asBoolean()).as("%s %s", id, processSet).isTrue();
      }
    }
  }

  private JsonNode form(String id) throws IOException {
    return json.readTree(new File("forms/" + id + ".form"));
  }

  private static JsonNode component(JsonNode form, String key) {
    for (JsonNode c : form.get("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    return null;
  }

  private static boolean readonly(JsonNode form, String key) {
    JsonNode c = component(form, key);
    assertThat(c).as("field %s", key).isNotNull();
    return c.path("readonly").asBoolean();
  }

  private static List<String> values(JsonNode form, String key) {
    JsonNode c = component(form, key);
    assertThat(c).as("field %s", key).isNotNull();
    List<String> values = new ArrayList<>();
    c.get("values").forEach(v -> values.add(v.get("value").asText()));
    return values;
  }
}
