package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Login throttling (issue 9 item 3): strangers guessing a password slow a user down for at most the
 * configured cap, never lock the account for good; operators see and lift delays through
 * /api/admin/login-delays. The engine clock is moved instead of waiting.
 */
@OpsFlowIntegrationTest
class LoginDelayRestTest {

  /** A user of this test only, so the demo users' logins are never throttled. */
  static final String VICTIM = "ld-victim";
  static final String PASSWORD = "victim-secret";
  static final String PROBE = "/api/calendar/days?year=2026";
  static final String DELAYS = "/api/admin/login-delays";
  static final int DELAY_CAP_SECONDS = 60;

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identity;

  RestClient stranger;
  RestClient victim;

  @BeforeEach
  void user() {
    users.createWithPassword(VICTIM, "受害", PASSWORD, "service-desk");
    stranger = new RestClient(http, VICTIM, "guessed-wrong");
    victim = new RestClient(http, VICTIM, PASSWORD);
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
  }

  @Test
  void shouldNeverLetAStrangerLockOutARealUser() {
    // the outside probe: wrong passwords without any credentials, each sent after the previous delay ran out
    for (int i = 0; i < 40; i++) {
      assertThat(probe(stranger)).isEqualTo(HttpStatus.UNAUTHORIZED);
      advanceSeconds(DELAY_CAP_SECONDS + 1);
    }
    assertThat(victimEntity().getAttempts()).as("every guess counted").isEqualTo(40);

    assertThat(probe(victim)).as("the real user still logs in once the delay has passed").isEqualTo(HttpStatus.OK);
    assertThat(victimEntity().getAttempts()).as("a successful login clears the counter").isZero();
  }

  @Test
  void shouldCapTheDelayDuringWhichEvenTheRightPasswordIsRefused() {
    for (int i = 0; i < 12; i++) {
      probe(stranger);
      advanceSeconds(DELAY_CAP_SECONDS + 1);
    }
    assertThat(probe(stranger)).isEqualTo(HttpStatus.UNAUTHORIZED);
    Date delayedUntil = victimEntity().getLockExpirationTime();
    assertThat(delayedUntil).isNotNull();
    assertThat(delayedUntil.getTime() - ClockUtil.getCurrentTime().getTime()).as("delay in ms")
        .isEqualTo(DELAY_CAP_SECONDS * 1000L);

    assertThat(probe(victim)).as("during the delay the right password is refused too").isEqualTo(HttpStatus.UNAUTHORIZED);
    advanceSeconds(DELAY_CAP_SECONDS - 1);
    assertThat(probe(victim)).isEqualTo(HttpStatus.UNAUTHORIZED);
    advanceSeconds(2);
    assertThat(probe(victim)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldLetAdministratorsSeeAndLiftDelays() {
    probe(stranger);
    advanceSeconds(DELAY_CAP_SECONDS + 1);
    probe(stranger);
    RestClient admin = new RestClient(http, "admin", "admin");

    ResponseEntity<List<Map<String, Object>>> delays = admin.getList(DELAYS);
    assertThat(delays.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(delays.getBody()).filteredOn(d -> VICTIM.equals(d.get("userId"))).singleElement()
        .satisfies(d -> {
          assertThat(d.get("failedAttempts")).isEqualTo(2);
          assertThat(d.get("delayedUntil")).isNotNull();
          assertThat(d.get("delayed")).isEqualTo(true);
        });
    assertThat(probe(victim)).as("still delayed").isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(RestClient.demo(http, "project-manager").raw(HttpMethod.GET, DELAYS, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.demo(http, "project-manager").raw(HttpMethod.DELETE, DELAYS + "/" + VICTIM, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.anonymous(http).raw(HttpMethod.GET, DELAYS, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(RestClient.anonymous(http).raw(HttpMethod.DELETE, DELAYS + "/" + VICTIM, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(victimEntity().getAttempts()).as("refused lifts changed nothing").isEqualTo(2);

    assertThat(admin.raw(HttpMethod.DELETE, DELAYS + "/" + VICTIM, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(probe(victim)).as("lifted: no waiting").isEqualTo(HttpStatus.OK);
    assertThat(admin.getList(DELAYS).getBody()).noneMatch(d -> VICTIM.equals(d.get("userId")));
    assertThat(admin.raw(HttpMethod.DELETE, DELAYS + "/no-such-user", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private HttpStatusCode probe(RestClient client) {
    return client.raw(HttpMethod.GET, PROBE, null).getStatusCode();
  }

  private UserEntity victimEntity() {
    return (UserEntity) identity.createUserQuery().userId(VICTIM).singleResult();
  }

  private static void advanceSeconds(int seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
  }
}
