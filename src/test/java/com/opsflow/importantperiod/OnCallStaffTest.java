package com.opsflow.importantperiod;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ImportantPeriod.DutyShift;
import com.opsflow.calendar.ImportantPeriods;
import com.opsflow.support.Notifications;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.TestSmtp;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: the people on call by an important period's duty roster get the system's major-incident mails while their
 * shift lasts (recipient token {@code on-duty}), and managers and support groups read periods and rosters over REST.
 */
@OpsFlowIntegrationTest
class OnCallStaffTest {

  /** 2049-09-04 is a Saturday. */
  static final LocalDate SATURDAY = LocalDate.of(2049, 9, 4);

  @Autowired
  ProcessEngine engine;
  @Autowired
  ImportantPeriods periods;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestRestTemplate http;
  GreenMail smtp;

  @BeforeEach
  void setUp() {
    smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    ScheduleDriver.clockAt(SATURDAY.minusDays(2).atTime(9, 0));
    periods.declare("IP-20490902-0001", "invoice", SATURDAY.atStartOfDay(), SATURDAY.plusDays(2).atStartOfDay(),
        "增值税征期", "demo-system-owner", SATURDAY.minusDays(2).atTime(9, 0), null);
    periods.recordRoster("IP-20490902-0001", List.of(
        new DutyShift("demo-quality", SATURDAY.atStartOfDay(), SATURDAY.atTime(12, 0), "13800000001"),
        new DutyShift("demo-knowledge", SATURDAY.atTime(12, 0), SATURDAY.plusDays(2).atStartOfDay(), null)),
        "demo-project-manager", SATURDAY.minusDays(2).atTime(10, 0));
  }

  @AfterEach
  void tearDown() {
    smtp.stop();
    ProcessDriver.resetClock();
    ImportantPeriodProcessTest.forgetPeriods(jdbc, calendar);
  }

  @Test
  void shouldMailTheMajorIncidentToWhoeverIsOnCallAtThatMoment() throws Exception {
    ScheduleDriver.clockAt(SATURDAY.atTime(10, 0));
    List<String> morning = majorIncidentMailedTo();
    ScheduleDriver.clockAt(SATURDAY.atTime(15, 0));
    List<String> afternoon = majorIncidentMailedTo();

    assertThat(morning).contains("demo-quality@opsflow.local", "demo-team-lead@opsflow.local")
        .doesNotContain("demo-knowledge@opsflow.local");
    assertThat(afternoon).contains("demo-knowledge@opsflow.local").doesNotContain("demo-quality@opsflow.local");
  }

  @Test
  void shouldListPeriodsWithTheirRostersForManagersAndSupportGroupsOnly() {
    ResponseEntity<List<Map<String, Object>>> desk = RestClient.demo(http, "service-desk")
        .getList("/api/important-periods?system=invoice&from=" + SATURDAY.minusDays(1) + "&to=" + SATURDAY);
    ResponseEntity<String> quality = RestClient.demo(http, "quality")
        .raw(org.springframework.http.HttpMethod.GET, "/api/important-periods", null);
    ResponseEntity<String> badSystem = RestClient.demo(http, "project-manager")
        .raw(org.springframework.http.HttpMethod.GET, "/api/important-periods?system=hr", null);
    ResponseEntity<List<Map<String, Object>>> oa = RestClient.demo(http, "project-manager")
        .getList("/api/important-periods?system=oa&from=" + SATURDAY);

    assertThat(desk.getStatusCode().value()).isEqualTo(200);
    assertThat(desk.getBody()).singleElement().satisfies(p -> {
      assertThat(p).containsEntry("number", "IP-20490902-0001").containsEntry("system", "invoice")
          .containsEntry("reason", "增值税征期");
      assertThat((List<?>) p.get("roster")).hasSize(2);
    });
    assertThat(quality.getStatusCode().value()).isEqualTo(403);
    assertThat(badSystem.getStatusCode().value()).isEqualTo(400);
    assertThat(badSystem.getBody()).contains("system");
    assertThat(oa.getBody()).isEmpty();
  }

  private List<String> majorIncidentMailedTo() throws Exception {
    ProcessInstance incident = new ProcessDriver(engine).startIncident(ProcessDriver.incidentVariables("invoice",
        "province", "high"));
    new Notifications(engine).deliver(incident.getBusinessKey(), "incident-major");
    MimeMessage sent = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m)
        .contains(incident.getBusinessKey())).findFirst().orElseThrow();
    return Arrays.stream(sent.getAllRecipients()).map(Address::toString).toList();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
