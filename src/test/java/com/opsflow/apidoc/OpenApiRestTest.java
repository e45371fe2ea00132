package com.opsflow.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 16: OpenAPI for every /api endpoint, behind the same authentication, so integrators and bureau IT can
 * read and try the calls.
 */
@OpsFlowIntegrationTest
class OpenApiRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void shouldDescribeEveryApiEndpointOfOpsFlow() throws Exception {
    ResponseEntity<String> answer = RestClient.demo(http, "bureau-it").raw(HttpMethod.GET, "/api/openapi", null);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode document = JSON.readTree(answer.getBody());
    assertThat(document.path("info").path("title").asText()).isEqualTo("OpsFlow API");
    assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText())
        .isEqualTo("basic");

    Set<String> described = new TreeSet<>();
    document.path("paths").fieldNames().forEachRemaining(described::add);
    List<String> missing = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/") && !pattern.startsWith("/api/openapi") && !"/api/docs".equals(pattern) && !described.contains(pattern)) {
          missing.add(pattern);
        }
      }
    }
    assertThat(missing).as("/api endpoints missing from /api/openapi").isEmpty();
    assertThat(described).contains("/api/incidents", "/api/tickets/{number}");
  }

  @Test
  void shouldAskForTheSameLoginAsTheApi() {
    RestClient anonymous = RestClient.anonymous(http);
    assertThat(anonymous.raw(HttpMethod.GET, "/api/openapi", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.raw(HttpMethod.GET, "/api/swagger-ui/index.html", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    RestClient desk = RestClient.demo(http, "service-desk");
    ResponseEntity<String> ui = desk.raw(HttpMethod.GET, "/api/swagger-ui/index.html", null);
    assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ui.getBody()).contains("swagger-ui");
    assertThat(ui.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(desk.raw(HttpMethod.GET, "/api/docs", null).getStatusCode()).as("/api/docs leads to the UI")
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> config = desk.raw(HttpMethod.GET, "/api/openapi/swagger-config", null);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody()).contains("/api/openapi");
  }
}
