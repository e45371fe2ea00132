package com.opsflow.major;

import static com.opsflow.major.MajorIncidentProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.calendar.CalendarForTests;
import com.opsflow.support.PlainDatabase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A major incident's duty clocks on plain values, no engine (issue 11). */
class MajorIncidentServiceTest {

  private final PlainDatabase register = new PlainDatabase();
  // the declaration's checks need the engine's start validators and instances; the duty clocks do not
  private final MajorIncidentService majorIncidents = new MajorIncidentService(register.time, register.tickets,
      CalendarForTests.withDefaultHours("08:30-17:30"), null, null);

  @BeforeEach
  void tuesdayEvening() {
    ClockUtil.setCurrentTime(Date.from(at("2026-03-10T17:00")));
    register.register("INC-1", "incident", "desk");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldCountTheFirstReportFromTheFaultAndTheOtherDutiesFromNow() {
    Map<String, Object> set = majorIncidents.startDuties("INC-1", decided(Date.from(at("2026-03-10T08:00"))));

    assertThat(set).containsEntry(Var.NOTIFY_DUE, Date.from(at("2026-03-10T17:15")))
        .containsEntry(Var.RESPONSE_DUE, Date.from(at("2026-03-11T09:30")))
        .containsEntry(Var.FIRST_REPORT_DUE, Date.from(at("2026-03-11T08:00")));
    assertThat(register.tickets.events("INC-1").get(register.tickets.events("INC-1").size() - 1).detail())
        .startsWith("通知联系人截止 2026-03-10T17:15，二线响应截止 2026-03-11T09:30，首次报告截止 2026-03-11T08:00")
        .endsWith("状态更新每 60 分钟");
    assertThat(register.historyCodes("INC-1")).endsWith("major-duties-started");
  }

  @Test
  void shouldCountTheFirstReportFromNowWhenNoFaultTimeIsKnown() {
    Map<String, Object> set = majorIncidents.startDuties("INC-1", decided(null));

    assertThat(set).containsEntry(Var.FIRST_REPORT_DUE, Date.from(at("2026-03-11T17:00")));
  }

  @Test
  void shouldRefuseToStartADutyTheDecisionGaveNoFigureFor() {
    Map<String, Object> v = decided(null);
    v.remove(Var.NOTIFY_MINUTES);

    assertThatThrownBy(() -> majorIncidents.startDuties("INC-1", v)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Decision major-incident-clock gave no notifyMinutes");
  }

  @Test
  void shouldDueTheOnsiteRestoreInWorkingTimeFromNow() {
    Map<String, Object> v = decided(null);

    assertThat(majorIncidents.onsiteRestoreDue(v)).isEqualTo(Date.from(at("2026-03-11T10:00")));
  }

  private static Map<String, Object> decided(Date faultOccurredAt) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "tips");
    v.put(Var.IMPORTANT_PERIOD, false);
    v.put(Var.NOTIFY_CLOCK, "natural");
    v.put(Var.NOTIFY_MINUTES, 15L);
    v.put(Var.SECOND_LINE_RESPONSE_CLOCK, "working");
    v.put(Var.SECOND_LINE_RESPONSE_MINUTES, 90L);
    v.put(Var.FIRST_REPORT_CLOCK, "natural");
    v.put(Var.FIRST_REPORT_HOURS, 24L);
    v.put(Var.UPDATE_INTERVAL_CLOCK, "natural");
    v.put(Var.UPDATE_INTERVAL_MINUTES, 60L);
    v.put(Var.ONSITE_RESTORE_CLOCK, "working");
    v.put(Var.ONSITE_RESTORE_HOURS, 2L);
    v.put(Var.FAULT_OCCURRED_AT, faultOccurredAt);
    return v;
  }

  /** A local date-time in Asia/Shanghai. */
  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }
}
