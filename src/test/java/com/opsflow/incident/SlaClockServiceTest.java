package com.opsflow.incident;

import static com.opsflow.incident.IncidentProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.calendar.CalendarForTests;
import com.opsflow.support.PlainDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The incident's SLA clocks without an engine: decided minutes become due dates on their basis (issue 11). */
class SlaClockServiceTest {

  private final PlainDatabase register = new PlainDatabase();
  private final SlaClockService clocks = new SlaClockService(CalendarForTests.withDefaultHours("08:30-17:30"),
      register.tickets, register.time);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldCountTheResponseInWorkingTimeAndTheResolutionInNaturalTimeAsDecided() {
    // Tue 2026-03-10 17:20: 10 working minutes left on Tuesday
    ClockUtil.setCurrentTime(Date.from(at("2026-03-10T17:20")));
    register.register("INC-1", "incident", "desk");

    Map<String, Object> set = clocks.start("INC-1", decided("working", 30, "natural", 240));

    assertThat(set).containsEntry(Var.RESPONSE_DUE, Date.from(at("2026-03-11T08:50")))
        .containsEntry(Var.RESOLVE_DUE, Date.from(at("2026-03-10T21:20")))
        .containsEntry(Var.ESCALATION_LEVEL, 0);
    assertThat(register.tickets.find("INC-1").orElseThrow().responseDueAt())
        .isEqualTo(LocalDateTime.parse("2026-03-11T08:50"));
    assertThat(register.historyCodes("INC-1")).endsWith("prioritized");
  }

  @Test
  void shouldRefuseToStartAClockTheDecisionGaveNoBasisFor() {
    register.register("INC-1", "incident", "desk");
    Map<String, Object> v = decided("working", 30, "natural", 240);
    v.remove(Var.RESPONSE_CLOCK);

    assertThatThrownBy(() -> clocks.start("INC-1", v)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Decision incident-priority gave no responseClock");
  }

  @Test
  void shouldCountMinutesOverdueOnTheResolutionClocksBasis() {
    // due Tue 17:00 in working time; now Wed 09:00: 30 minutes on Tuesday and 30 on Wednesday
    ClockUtil.setCurrentTime(Date.from(at("2026-03-11T09:00")));
    Map<String, Object> v = decided("working", 30, "working", 240);
    v.put(Var.RESOLVE_DUE, Date.from(at("2026-03-10T17:00")));

    assertThat(clocks.minutesOverdue(v)).isEqualTo(60);
    v.put(Var.RESOLVE_DUE, Date.from(at("2026-03-11T10:00")));
    assertThat(clocks.minutesOverdue(v)).isEqualTo(-60);
    v.remove(Var.RESOLVE_DUE);
    assertThat(clocks.minutesOverdue(v)).isZero();
  }

  private static Map<String, Object> decided(String responseClock, long responseMinutes, String resolveClock,
      long resolveMinutes) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "tips");
    v.put(Var.IMPORTANT_PERIOD, false);
    v.put(Var.PRIORITY, "P2");
    v.put(Var.MAJOR, false);
    v.put(Var.RESPONSE_CLOCK, responseClock);
    v.put(Var.RESPONSE_MINUTES, responseMinutes);
    v.put(Var.RESOLVE_CLOCK, resolveClock);
    v.put(Var.RESOLVE_MINUTES, resolveMinutes);
    return v;
  }

  /** A local date-time in Asia/Shanghai. */
  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }
}
