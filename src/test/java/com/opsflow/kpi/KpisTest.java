package com.opsflow.kpi;

import static com.opsflow.support.TicketRows.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI definitions on constructed tickets with known answers (system oa, 08:30–17:30, in 2036 where no other test
 * writes): an empty period, a period crossing the National Day holiday, a ticket spanning two months, and November
 * with every KPI at a known value; {@code /api/kpis} as JSON and who may read it.
 */
@OpsFlowIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpisTest {

  static final LocalDate NOV_1 = LocalDate.of(2036, 11, 1);
  static final LocalDate NOV_30 = LocalDate.of(2036, 11, 30);

  @Autowired
  Kpis kpis;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestRestTemplate http;

  @BeforeAll
  void records() {
    for (LocalDate day = LocalDate.of(2036, 10, 1); !day.isAfter(LocalDate.of(2036, 10, 7)); day = day.plusDays(1)) {
      calendar.saveDay(day, DayType.HOLIDAY, "国庆节", "test");
    }
    // spans September and October, across the holiday: created Mon 29 Sep 10:00, escalated, resolved Thu 9 Oct
    ticket(jdbc, "INC-20360929-9001").created(at(9, 29, 10, 0)).responded(at(9, 29, 10, 20), at(9, 29, 10, 30))
        .escalated().resolved(at(10, 9, 10, 0), at(10, 8, 17, 30), "二线修复").closed(at(10, 9, 11, 0)).insert();
    // created Tue 30 Sep 16:30, resolved Wed 8 Oct 09:30 on the first level: 60 + 60 working minutes
    ticket(jdbc, "INC-20360930-9001").created(at(9, 30, 16, 30)).responded(at(9, 30, 16, 40), at(9, 30, 17, 0))
        .resolved(at(10, 8, 9, 30), at(10, 8, 12, 0), "一线解决").closed(at(10, 8, 10, 0)).insert();

    // November: 5 incidents, 1 escalated (20 %), 5 resolved of which 4 on the first level (80 %)
    LocalDateTime d = LocalDateTime.of(2036, 11, 3, 9, 0); // Monday
    ticket(jdbc, "INC-20361103-9001").priority("P2").created(d).responded(d.plusMinutes(30), d.plusMinutes(60))
        .resolved(d.plusHours(2), d.plusHours(4), "a").closed(d.plusHours(3)).insert();
    ticket(jdbc, "INC-20361103-9002").priority("P2").created(d).responded(d.plusMinutes(90), d.plusMinutes(60))
        .resolved(d.plusHours(5), d.plusHours(4), "b").closed(d.plusHours(6)).reopened().insert();
    ticket(jdbc, "INC-20361103-9003").priority("P3").created(d).responded(d.plusMinutes(10), d.plusMinutes(60))
        .resolved(d.plusHours(1), d.plusHours(8), "c").closed(d.plusHours(2)).insert();
    ticket(jdbc, "INC-20361103-9004").priority("P3").created(d).responded(d.plusMinutes(10), d.plusMinutes(60))
        .resolved(d.plusHours(1), d.plusHours(8), "d").closed(d.plusHours(2)).insert();
    ticket(jdbc, "INC-20361103-9005").priority("P1").created(d).responded(d.plusMinutes(10), d.plusMinutes(30))
        .escalated().resolved(d.plusHours(3), d.plusHours(4), "e").closed(d.plusHours(4)).major()
        .event("major-duty-missed", "notify").insert();
    ticket(jdbc, "INC-20361104-9001").type("major-incident").priority("P1").created(d.plusDays(1)).major().insert();
    ticket(jdbc, "CHG-20361105-9001").type("change").created(d.plusDays(2)).event("change-implemented", null).insert();
    ticket(jdbc, "CHG-20361105-9002").type("change").created(d.plusDays(2)).event("change-rolled-back", null).insert();
    ticket(jdbc, "CHG-20361105-9003").type("change").created(d.plusDays(2)).insert();
    ticket(jdbc, "REL-20361106-9001").type("release").created(d.plusDays(3)).event("release-deployed", null).insert();
    ticket(jdbc, "INC-20361103-9006").system("tips").created(d).insert();
  }

  static LocalDateTime at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2036, month, day, hour, minute);
  }

  @Test
  void shouldAnswerAnEmptyPeriodWithZeroCountsAndNoRates() {
    KpiFigures june = kpis.figures("oa", LocalDate.of(2036, 6, 1), LocalDate.of(2036, 6, 30));
    assertThat(june.incidentsCreated()).isZero();
    assertThat(june.incidentsResolved()).isZero();
    assertThat(june.firstLevelResolutionRate()).isNull();
    assertThat(june.escalationRate()).isNull();
    assertThat(june.responseSlaCompliance()).isNull();
    assertThat(june.slaCompliance()).isEmpty();
    assertThat(june.reopenRate()).isNull();
    assertThat(june.meanTimeToResolveMinutes()).isNull();
    assertThat(june.majorIncidents().total()).isZero();
    assertThat(june.changes().rollbackRate()).isNull();
    assertThat(june.firstLevelResolutionGoalMet()).isNull();
  }

  @Test
  void shouldCountTheTicketSpanningTwoMonthsInEachMonthByWhatHappenedThere() {
    KpiFigures september = kpis.figures("oa", LocalDate.of(2036, 9, 1), LocalDate.of(2036, 9, 30));
    KpiFigures august = kpis.figures("oa", LocalDate.of(2036, 8, 1), LocalDate.of(2036, 8, 31));
    assertThat(september.incidentsCreated()).isEqualTo(2);
    assertThat(september.incidentsResolved()).isZero();
    assertThat(september.escalationRate()).isEqualTo(0.5);
    assertThat(september.responseSlaCompliance()).isEqualTo(1.0);
    assertThat(september.resolutionSlaCompliance()).isNull();
    // both open at the end of September: 1 day 14 h and 7.5 h old (older open tickets of other tests are > 7 days)
    assertThat(september.backlog().total() - august.backlog().total()).isEqualTo(2);
    assertThat(september.backlog().upToOneDay()).isEqualTo(1);
    assertThat(september.backlog().oneToThreeDays()).isEqualTo(1);

    KpiFigures october = kpis.figures("oa", LocalDate.of(2036, 10, 1), LocalDate.of(2036, 10, 31));
    assertThat(october.incidentsCreated()).isZero();
    assertThat(october.incidentsResolved()).isEqualTo(2);
    assertThat(october.incidentsClosed()).isEqualTo(2);
    assertThat(october.firstLevelResolutionRate()).isEqualTo(0.5);
    assertThat(october.resolutionSlaCompliance()).isEqualTo(0.5);
    assertThat(october.backlog().upToOneDay() + october.backlog().oneToThreeDays()).isZero();
  }

  @Test
  void shouldMeasureMeanTimesInWorkingMinutesWithoutTheHoliday() {
    KpiFigures crossing = kpis.figures("oa", LocalDate.of(2036, 9, 29), LocalDate.of(2036, 10, 10));
    // 29 Sep 10:00 → 9 Oct 10:00: 450 (29 Sep) + 540 (30 Sep) + 540 (8 Oct) + 90 (9 Oct); 1–7 Oct are holidays
    long spanning = 450 + 540 + 540 + 90;
    long firstLevel = 60 + 60;
    assertThat(crossing.meanTimeToResolveMinutes()).isCloseTo((spanning + firstLevel) / 2.0, within(0.001));
    assertThat(crossing.meanTimeToRespondMinutes()).isCloseTo((20 + 10) / 2.0, within(0.001));
  }

  @Test
  void shouldComputeEveryKpiOfNovemberAgainstItsDefinition() {
    KpiFigures november = kpis.figures("oa", NOV_1, NOV_30);
    assertThat(november.incidentsCreated()).isEqualTo(5);
    assertThat(november.escalationRate()).isEqualTo(0.2);
    assertThat(november.escalationGoalMet()).isTrue();
    assertThat(november.firstLevelResolutionRate()).isEqualTo(0.8);
    assertThat(november.firstLevelResolutionGoalMet()).isTrue();
    assertThat(november.responseSlaCompliance()).isEqualTo(0.8);
    assertThat(november.resolutionSlaCompliance()).isEqualTo(0.8);
    assertThat(november.slaCompliance()).extracting(KpiFigures.SlaCompliance::priority,
            KpiFigures.SlaCompliance::responseMet, KpiFigures.SlaCompliance::responseTotal,
            KpiFigures.SlaCompliance::resolveMet, KpiFigures.SlaCompliance::resolveTotal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", 1, 1, 1, 1),
            org.assertj.core.groups.Tuple.tuple("P2", 1, 2, 1, 2), org.assertj.core.groups.Tuple.tuple("P3", 2, 2, 2, 2));
    assertThat(november.reopenRate()).isEqualTo(0.2);
    assertThat(november.meanTimeToRespondMinutes()).isEqualTo((30 + 90 + 10 + 10 + 10) / 5.0);
    assertThat(november.meanTimeToResolveMinutes()).isEqualTo((120 + 300 + 60 + 60 + 180) / 5.0);
    assertThat(november.majorIncidents().total()).isEqualTo(2);
    assertThat(november.majorIncidents().allDutiesMet()).isEqualTo(1);
    assertThat(november.majorIncidents().notifyMissed()).isEqualTo(1);
    assertThat(november.majorIncidents().dutyComplianceRate()).isEqualTo(0.5);
    assertThat(november.changes()).isEqualTo(new KpiFigures.Rollbacks(3, 2, 1));
    assertThat(november.changes().rollbackRate()).isEqualTo(0.5);
    assertThat(november.releases()).isEqualTo(new KpiFigures.Rollbacks(1, 1, 0));
    assertThat(kpis.figures(null, NOV_1, NOV_30).incidentsCreated()).isEqualTo(6);
    assertThat(kpis.priorityMix("oa", NOV_1, NOV_30)).containsExactly(Map.entry("P1", 1), Map.entry("P2", 2),
        Map.entry("P3", 2));
    Map<LocalDate, Map<String, Integer>> weeks = kpis.incidentsPerWeek(null, NOV_1, NOV_30);
    assertThat(weeks.keySet()).first().isEqualTo(LocalDate.of(2036, 10, 27));
    assertThat(weeks.get(LocalDate.of(2036, 11, 3))).containsExactly(Map.entry("oa", 5), Map.entry("tips", 1));
    assertThat(weeks.get(LocalDate.of(2036, 11, 10))).isEmpty();
  }

  @Test
  void shouldAnswerKpisAsJsonToManagersOnly() {
    Map<String, Object> body = RestClient.demo(http, "bureau-it")
        .get("/api/kpis?system=oa&from=2036-11-01&to=2036-11-30").getBody();
    assertThat(body).containsEntry("firstLevelResolutionRate", 0.8).containsEntry("escalationRate", 0.2)
        .containsEntry("firstLevelResolutionGoalMet", true).containsEntry("reopenRate", 0.2)
        .containsEntry("incidentsCreated", 5).containsKeys("backlog", "meanTimeToRespondMinutes", "slaCompliance");
    for (String group : List.of("project-manager", "team-lead", "system-owner")) {
      assertThat(RestClient.demo(http, group).get("/api/kpis").getStatusCode()).as(group).isEqualTo(HttpStatus.OK);
    }
    for (String group : List.of("service-desk", "vendor", "reporter")) {
      assertThat(RestClient.demo(http, group).get("/api/kpis").getStatusCode()).as(group)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(RestClient.demo(http, "bureau-it").get("/api/kpis?system=erp").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
