package com.opsflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.opsflow.support.MailLedger;
import com.opsflow.support.OpsFlowNode;
import com.opsflow.support.Polling;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.SmtpRelay;
import com.opsflow.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 14: two OpsFlow nodes (child JVMs, the shipped default profile with its demo users, distinct ports) on one
 * fresh PostgreSQL database and one SMTP server (GreenMail in this JVM, each node behind a relay that can hang), the
 * topology of {@code deploy/compose.yaml} run as plain processes. PostgreSQL only (the {@code -Ppostgres} suite); on
 * H2 it is skipped. The nodes' job lock time is shortened to 15 s so a dead node's jobs come free within the test.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TwoNodesTest {

  static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
  static final String ADMIN = "admin";
  static final String DESK = "demo-service-desk";
  static final String BUREAU_IT = "demo-bureau-it";
  static final String PASSWORD_OF_ADMIN = "admin";
  static final String DEMO_PASSWORD = "demo";
  static final Duration LOCK_TIME = Duration.ofSeconds(15);
  static final Duration SETTLE = Duration.ofSeconds(60);
  static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  String database;
  GreenMail smtp;
  SmtpRelay relayA;
  SmtpRelay relayB;
  OpsFlowNode nodeA;
  OpsFlowNode nodeB;
  final Set<String> tickets = new TreeSet<>();

  @BeforeAll
  void startTwoNodes() throws Exception {
    assumeTrue(TestDatabase.postgres(), "two nodes share a PostgreSQL database (-Ppostgres)");
    database = TestDatabase.freshPostgresDatabase("two_nodes");
    smtp = new GreenMail(new ServerSetup(OpsFlowNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    relayA = new SmtpRelay(smtp.getSmtp().getPort());
    relayB = new SmtpRelay(smtp.getSmtp().getPort());
    Path home = Files.createTempDirectory("opsflow-two-nodes");
    // one after the other: the first creates the schemas (outside prod the engine installs its own)
    nodeA = node("node-a", home, relayA).start();
    nodeB = node("node-b", home, relayB).start();
  }

  private OpsFlowNode.Builder node(String name, Path home, SmtpRelay relay) {
    return OpsFlowNode.builder(name, home).database(database).mailPort(relay.port())
        .jvmOption("-Duser.timezone=Asia/Shanghai")
        .property("camunda.bpm.job-execution.lock-time-in-millis", Long.toString(LOCK_TIME.toMillis()))
        // an idle job executor looks for new jobs at least every 2 s (default backoff up to a minute)
        .property("camunda.bpm.job-execution.max-wait", "2000")
        .property("opsflow.mail.retry-cycle", "R10/PT2S");
  }

  @AfterAll
  void stopNodes() throws InterruptedException {
    for (OpsFlowNode node : new OpsFlowNode[] {nodeA, nodeB}) {
      if (node != null) {
        node.kill();
      }
    }
    for (SmtpRelay relay : new SmtpRelay[] {relayA, relayB}) {
      if (relay != null) {
        relay.close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  @Order(1)
  void shouldUseAHolidaySavedOnNodeAForTheSlaDueDateOfATicketOnNodeB() throws Exception {
    LocalDate today = LocalDate.now(BUREAU);
    LocalDate lastHoliday = today.plusDays(14);
    // invoice P4: response within 120 working minutes on the invoice calendar (incident-priority)
    LocalDateTime dueBefore = responseDue(nodeB, report(nodeB, "invoice", "individual", "low"));
    assertThat(dueBefore.toLocalDate()).as("node B has computed (and cached) its calendar").isBefore(lastHoliday);

    for (LocalDate day = today; !day.isAfter(lastHoliday); day = day.plusDays(1)) {
      nodeA.expectJson(nodeA.put("/api/calendar/days/" + day, BUREAU_IT, DEMO_PASSWORD,
          Map.of("type", "HOLIDAY", "name", "两节点测试假日")), 200);
    }

    LocalDateTime dueAfter = responseDue(nodeB, report(nodeB, "invoice", "individual", "low"));
    assertThat(dueAfter.toLocalDate()).as("node B's due date skips the holidays saved on node A")
        .isAfter(lastHoliday);
  }

  @Test
  @Order(2)
  void shouldAskForATasklistLoginAgainOnNodeBSoTheBalancerMustKeepSessionsSticky() throws Exception {
    String taskCount = "/camunda/api/engine/engine/default/task/count";
    OpsFlowNode.WebappLogin loginOnA = nodeA.webappLogin(DESK, DEMO_PASSWORD);
    assertThat(loginOnA.get(nodeA, taskCount).statusCode()).as("logged in on node A").isEqualTo(200);

    HttpResponse<String> onB = loginOnA.get(nodeB, taskCount);

    assertThat(onB.statusCode()).as("node A's session is unknown to node B (deploy/nginx.conf: ip_hash)")
        .isIn(401, 403);
    OpsFlowNode.WebappLogin loginOnB = nodeB.webappLogin(DESK, DEMO_PASSWORD);
    assertThat(loginOnB.get(nodeB, taskCount).statusCode()).as("a login on node B works there").isEqualTo(200);
  }

  @Test
  @Order(3)
  void shouldSendEveryMailAndFireEverySlaTimerExactlyOnceWithTwoNodes() throws Exception {
    List<String> urgent = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // tips, city, high, no important period: P1, not major → mail incident-new-urgent to the team lead
      urgent.add(report(i % 2 == 0 ? nodeA : nodeB, "tips", "city", "high"));
    }
    awaitNotified(urgent, "incident-new-urgent");

    String now = OffsetDateTime.now().minusSeconds(1).format(ENGINE_DATE);
    for (int i = 0; i < urgent.size(); i++) {
      OpsFlowNode node = i % 2 == 0 ? nodeB : nodeA;
      String jobId = responseTimerJob(node, urgent.get(i));
      HttpResponse<String> moved = node.put("/engine-rest/job/" + jobId + "/duedate", ADMIN, PASSWORD_OF_ADMIN,
          Map.of("duedate", now));
      assertThat(moved.statusCode()).as("response SLA timer of %s moved to now: %s", urgent.get(i), moved.body())
          .isEqualTo(204);
    }
    awaitNotified(urgent, "incident-response-breached");
    awaitQuiet();

    for (String ticket : urgent) {
      assertThat(events(ticket)).filteredOn(e -> "response-sla-breached".equals(e.get("eventType")))
          .as("response SLA of %s breached once", ticket).hasSize(1);
    }
    MailLedger.Result mails = MailLedger.compare(smtp, eventsOf(urgent));
    assertThat(mails.lost()).as(mails.summary()).isEmpty();
    assertThat(mails.duplicated()).as(mails.summary()).isEmpty();
    assertThat(mails.delivered()).as("two mails to the team lead per ticket").isEqualTo(2 * urgent.size());
  }

  @Test
  @Order(4)
  void shouldRunTheJobsOfANodeKilledMidDeliveryOnTheOtherNodeOnce() throws Exception {
    relayA.mode(SmtpRelay.Mode.HOLD);
    List<String> urgent = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      urgent.add(report(nodeA, "tips", "city", "high"));
    }
    Polling.await("node A is sending (its mail server hangs)", Duration.ofSeconds(30), () -> relayA.held() >= 1,
        nodeA::logTail);

    nodeA.kill();
    Map<String, String> lockedAtKill = lockedJobs();

    assertThat(lockedAtKill).as("jobs locked when node A died").isNotEmpty();
    Polling.await("node B ran every job node A had locked", LOCK_TIME.plus(SETTLE),
        () -> lockedJobs().keySet().stream().noneMatch(lockedAtKill::containsKey)
            && jobsLeft(lockedAtKill.keySet()) == 0, () -> lockedAtKill + "\n" + nodeB.logTail());
    awaitNotified(urgent, "incident-new-urgent");
    awaitQuiet();
    MailLedger.Result mails = MailLedger.compare(smtp, eventsOf(tickets));
    System.out.printf("two nodes: %d tickets, %d jobs locked by the killed node, %s%n", tickets.size(),
        lockedAtKill.size(), mails.summary());
    assertThat(mails.lost()).as(mails.summary()).isEmpty();
    assertThat(mails.duplicated()).as(mails.summary()).isEmpty();
    assertThat(engineIncidents()).as("no job ended as an engine incident").isZero();
  }

  private String report(OpsFlowNode node, String system, String impact, String urgency) throws Exception {
    Map<String, Object> incident = ProcessDriver.incidentVariables(system, impact, urgency);
    incident.put("importantPeriod", false);
    String number = (String) node.expectJson(node.post("/api/incidents", DESK, DEMO_PASSWORD, incident), 201)
        .get("ticketNumber");
    tickets.add(number);
    return number;
  }

  private LocalDateTime responseDue(OpsFlowNode node, String ticket) throws Exception {
    Object due = ((Map<?, ?>) node.expectJson(node.get("/api/tickets/" + ticket, ADMIN, PASSWORD_OF_ADMIN), 200)
        .get("ticket")).get("responseDueAt");
    assertThat(due).as("response due date of %s", ticket).isNotNull();
    return LocalDateTime.parse(due.toString());
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> events(String ticket) throws Exception {
    OpsFlowNode node = nodeB.alive() ? nodeB : nodeA;
    return (List<Map<String, Object>>) node.expectJson(node.get("/api/tickets/" + ticket, ADMIN, PASSWORD_OF_ADMIN),
        200).get("events");
  }

  private Map<String, List<Map<String, Object>>> eventsOf(Iterable<String> numbers) throws Exception {
    Map<String, List<Map<String, Object>>> events = new LinkedHashMap<>();
    for (String number : numbers) {
      events.put(number, events(number));
    }
    return events;
  }

  private void awaitNotified(List<String> numbers, String template) throws Exception {
    Polling.await("every ticket notified with " + template, SETTLE, () -> {
      for (String number : numbers) {
        if (events(number).stream().noneMatch(e -> "notified".equals(e.get("eventType"))
            && String.valueOf(e.get("detail")).startsWith(template + " "))) {
          return false;
        }
      }
      return true;
    }, () -> nodeA.logTail() + "\n" + nodeB.logTail());
  }

  /** No notification instance is still running. */
  private void awaitQuiet() throws Exception {
    Polling.await("every notification finished", SETTLE, () -> count(
        "SELECT count(*) FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_"
            + " WHERE d.key_ = 'notification' AND e.parent_id_ IS NULL") == 0,
        () -> nodeB.logTail());
  }

  private String responseTimerJob(OpsFlowNode node, String ticket) throws Exception {
    List<Map<String, Object>> jobs = node.expectJson(node.get("/engine-rest/job?activityId=Timer_ResponseSla"
        + "&processInstanceId=" + processInstance(ticket), ADMIN, PASSWORD_OF_ADMIN), 200,
        new TypeReference<List<Map<String, Object>>>() { });
    assertThat(jobs).as("response SLA timer of %s", ticket).hasSize(1);
    return (String) jobs.get(0).get("id");
  }

  private String processInstance(String ticket) throws SQLException {
    try (Connection c = TestDatabase.connect(database);
        PreparedStatement s = c.prepareStatement("SELECT process_instance_id FROM ticket WHERE ticket_number = ?")) {
      s.setString(1, ticket);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("ticket %s registered", ticket).isTrue();
        return r.getString(1);
      }
    }
  }

  /** Locked jobs: id → lock owner. */
  private Map<String, String> lockedJobs() throws SQLException {
    Map<String, String> locked = new LinkedHashMap<>();
    try (Connection c = TestDatabase.connect(database);
        ResultSet r = c.createStatement().executeQuery("SELECT id_, lock_owner_ FROM act_ru_job"
            + " WHERE lock_owner_ IS NOT NULL")) {
      while (r.next()) {
        locked.put(r.getString(1), r.getString(2));
      }
    }
    return locked;
  }

  private int jobsLeft(Set<String> ids) throws SQLException {
    try (Connection c = TestDatabase.connect(database);
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM act_ru_job WHERE id_ = ANY (?)")) {
      s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private int engineIncidents() throws SQLException {
    return count("SELECT count(*) FROM act_ru_incident");
  }

  private int count(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(database); ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }
}
