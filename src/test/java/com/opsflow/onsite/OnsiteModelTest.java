package com.opsflow.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.incident.IncidentProcess;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The on-site start form offers what the validator accepts; the slip escapes what users typed. */
class OnsiteModelTest {

  @Test
  void shouldOfferInTheStartFormExactlyTheValuesTheValidatorAccepts() throws IOException {
    JsonNode form = new ObjectMapper().readTree(new File("forms/onsite-start.form"));
    assertThat(values(form, "requestType")).containsExactlyElementsOf(OnsiteSupportProcess.REQUEST_TYPE_ORDER);
    assertThat(values(form, "system")).containsExactlyElementsOf(IncidentProcess.SYSTEMS);
    assertThat(OnsiteSupportProcess.REQUEST_TYPES).containsOnlyKeys(OnsiteSupportProcess.REQUEST_TYPE_ORDER);
  }

  @Test
  void shouldPrintWhatUsersTypedAsTextNotAsMarkup() {
    Map<String, Object> v = new HashMap<>();
    v.put("system", "oa");
    v.put("requestType", "fault");
    v.put("engineer", "demo-second-line");
    v.put("confirmedByName", "<script>alert(1)</script>");
    v.put("solution", "A & B");
    String html = new String(ConfirmationSlip.render("ONS-20261124-0001", v, "演示", "demo-second-line",
        "2026-11-24 10:00", ZoneId.of("Asia/Shanghai")), StandardCharsets.UTF_8);

    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "A &amp; B").doesNotContain("<script>");
    assertThat(html).contains("<th>现场情况分析</th><td colspan=\"3\" class=\"long\">—</td>");
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
