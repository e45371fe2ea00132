package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.WebappSession;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13, the Cockpit dashboard: /api reads with the webapps' login session (GET only), group rules unchanged —
 * a manager gets the KPIs and the ticket list, the service desk 403 with a Chinese reason, no login (or a user deleted
 * since the login) 401 — and a
 * session never writes through /api, not even with the webapps' CSRF token (CSRF: only HTTP Basic writes).
 */
@OpsFlowIntegrationTest
class DashboardSessionRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identity;

  @Test
  void shouldAnswerKpisAndTicketsToAManagerLoggedIntoTheWebapps() {
    WebappSession manager = WebappSession.login(http, "demo-project-manager", "demo");

    ResponseEntity<String> kpis = manager.get("/api/kpis?system=oa&from=2036-11-01&to=2036-11-30");
    assertThat(kpis.getStatusCode()).as(kpis.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(kpis.getBody()).contains("\"firstLevelResolutionGoal\":0.8");
    ResponseEntity<String> tickets = manager.get("/api/tickets?kind=incident&from=2036-11-01&to=2036-11-30");
    assertThat(tickets.getStatusCode()).as(tickets.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(tickets.getBody()).contains("\"tickets\":");
  }

  @Test
  void shouldRefuseTheFiguresToTheServiceDeskLoggedIntoTheWebapps() {
    WebappSession desk = WebappSession.login(http, "demo-service-desk", "demo");

    ResponseEntity<String> kpis = desk.get("/api/kpis");
    assertThat(kpis.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(kpis.getBody()).contains("只有项目经理");
    assertThat(desk.get("/api/tickets").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldAskForALoginWithoutAWebappLogin() {
    WebappSession anonymous = WebappSession.anonymous(http);

    assertThat(anonymous.get("/api/kpis").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldForgetTheWebappSessionOfAUserDeletedSinceTheLogin() {
    String user = "demo-dashboard-leaver";
    User leaver = identity.newUser(user);
    leaver.setPassword("demo");
    identity.saveUser(leaver);
    identity.createMembership(user, OpsFlowGroups.PROJECT_MANAGER);
    WebappSession session = WebappSession.login(http, user, "demo");
    assertThat(session.get("/api/kpis").getStatusCode()).isEqualTo(HttpStatus.OK);

    identity.deleteUser(user);

    assertThat(session.get("/api/kpis").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldNotWriteThroughApiWithAWebappSessionEvenWithItsCsrfToken() {
    WebappSession manager = WebappSession.login(http, "demo-project-manager", "demo");

    ResponseEntity<String> withToken = manager.postJson("/api/evaluations", Map.of());
    assertThat(withToken.getStatusCode()).as(withToken.getBody()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> forged = manager.postJsonWithoutCsrfToken("/api/evaluations", Map.of());
    assertThat(forged.getStatusCode()).as(forged.getBody()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
