package com.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The webapps speak Chinese: a complete zh translation of the 7.24 keys, offered and served; no CE banner. */
@OpsFlowIntegrationTest
class WebappLocalizationTest {

  @Autowired
  TestRestTemplate http;
  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldTranslateEveryKeyOfTheWebapp(String app) throws IOException {
    Set<String> english = keys(webjarResource(app, "en.json"));
    Set<String> chinese = keys(json.readTree(
        getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json")));

    assertThat(chinese).isEqualTo(english);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldOfferChineseAndHideTheEndOfLifeBanner(String app) {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
    assertThat(config.getBody()).contains("availableLocales: ['en', 'de', 'zh']");
    ResponseEntity<String> zh = http.getForEntity("/camunda/app/" + app + "/locales/zh.json", String.class);
    assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zh.getBody()).contains("登录");
    assertThat(http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class).getBody())
        .contains(".ce-eol-banner").contains("display: none");
  }

  /** The original English file from Camunda's webjar (not ours, which has no en.json). */
  private JsonNode webjarResource(String app, String file) throws IOException {
    for (Resource r : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:META-INF/resources/webjars/camunda/app/" + app + "/locales/" + file)) {
      try (InputStream in = r.getInputStream()) {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        return json.readTree(text);
      }
    }
    throw new IllegalStateException("no " + file + " for " + app);
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    collect("", node, keys);
    return keys;
  }

  private static void collect(String prefix, JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        collect(prefix + "/" + name, node.get(name), keys);
      }
    } else {
      keys.add(prefix);
    }
  }
}
