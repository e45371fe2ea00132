package com.opsflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14: operators see health (engine, job executor, readiness, liveness) and Prometheus metrics with
 * business gauges; everything but a minimal liveness answer is behind login and for operators only.
 */
@OpsFlowIntegrationTest
class OperationsEndpointsTest {

  static final String SCRAPER = "ops-scraper";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  BusinessMetrics metrics;

  RestClient admin;

  @BeforeEach
  void users() {
    admin = new RestClient(http, "admin", "admin");
    users.createWithPassword(SCRAPER, SCRAPER, "scrape-Passw0rd", OpsFlowGroups.MONITORING);
  }

  @Test
  void shouldAnswerLivenessAndReadinessWithoutLoginAndNothingMore() {
    for (String probe : new String[] {"/livez", "/readyz"}) {
      ResponseEntity<String> answer = RestClient.anonymous(http).raw(HttpMethod.GET, probe, null);
      assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as(probe).isEqualTo("{\"status\":\"UP\"}");
    }
    for (String path : new String[] {"/api/actuator/health", "/api/actuator/health/readiness", "/api/actuator/prometheus",
        "/api/actuator/metrics"}) {
      assertThat(RestClient.anonymous(http).raw(HttpMethod.GET, path, null).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(RestClient.demo(http, "project-manager").raw(HttpMethod.GET, path, null).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void shouldShowTheEngineAndJobExecutorInHealthAndReadiness() {
    ResponseEntity<Map<String, Object>> health = admin.get("/api/actuator/health");
    assertThat(health.getBody()).containsKey("components");
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) health.getBody().get("components");
    // (the job executor's indicator joins them where the job executor runs; the tests run jobs themselves)
    assertThat(components).containsKeys("processEngine", "db", "livenessState", "readinessState");
    ResponseEntity<Map<String, Object>> ready = admin.get("/api/actuator/health/readiness");
    assertThat(ready.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ready.getBody()).containsEntry("status", "UP");
  }

  @Test
  void shouldExportBusinessGaugesToTheScraper() {
    new ProcessDriver(engine).startIncident(ProcessDriver.incidentVariables("tips", "individual", "low"));
    BusinessMetrics.Snapshot snapshot = metrics.take();
    long openTips = snapshot.openIncidents().entrySet().stream().filter(e -> e.getKey().startsWith("tips/"))
        .mapToLong(Map.Entry::getValue).sum();
    assertThat(openTips).isPositive();

    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(SCRAPER, "scrape-Passw0rd");
    headers.setAccept(List.of(MediaType.TEXT_PLAIN));
    ResponseEntity<String> scraped = http.exchange("/api/actuator/prometheus", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(scraped.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scraped.getBody()).contains("opsflow_incidents_open{", "system=\"tips\"", "priority=\"P4\"",
        "opsflow_sla_breaches_today", "opsflow_jobs_failed", "opsflow_engine_incidents", "opsflow_mail_backlog",
        "jvm_memory_used_bytes");
  }
}
