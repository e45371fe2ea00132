package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** One business cycle per system on the business calendar (opsflow.calendar.business-cycle.<system>). */
class BusinessCycleTest {

  private final CalendarProperties properties = new CalendarProperties(ZoneId.of("Asia/Shanghai"), "08:30-17:30", null);
  private final BusinessCalendarService calendar = new BusinessCalendarService(properties,
      InMemoryCalendarDayStore.with2026Schedule(), Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC));

  private BusinessCycle cycle(MockEnvironment environment) {
    return new BusinessCycle(calendar, properties, environment);
  }

  @Test
  void shouldLastOneWorkingDayForTipsByDefault() {
    // Tue 2026-03-10 10:00 + one tips working day (9 h) → Wed 10:00
    assertThat(cycle(new MockEnvironment()).end("tips", at("2026-03-10T10:00"))).isEqualTo(at("2026-03-11T10:00"));
  }

  @Test
  void shouldLastAWorkingWeekForOaByDefaultSkippingTheWeekend() {
    // Tue 2026-03-10 10:00 + 5 working days → Tue 2026-03-17 10:00
    assertThat(cycle(new MockEnvironment()).end("oa", at("2026-03-10T10:00"))).isEqualTo(at("2026-03-17T10:00"));
  }

  @Test
  void shouldCountInvoiceWorkingDaysOfEightHours() {
    // invoice works 08:00-12:00, 14:00-18:00: Tue 10:00 + 8 working hours → Wed 10:00
    assertThat(cycle(new MockEnvironment()).end("invoice", at("2026-03-10T10:00"))).isEqualTo(at("2026-03-11T10:00"));
  }

  @Test
  void shouldTakeTheConfiguredCyclePerSystem() {
    BusinessCycle configured = cycle(new MockEnvironment().withProperty("opsflow.calendar.business-cycle.tips", "2d")
        .withProperty("opsflow.calendar.business-cycle.oa", "4h"));

    assertThat(configured.cycleOf("tips")).isEqualTo("2d");
    assertThat(configured.end("tips", at("2026-03-10T10:00"))).isEqualTo(at("2026-03-12T10:00"));
    assertThat(configured.end("oa", at("2026-03-10T16:30"))).isEqualTo(at("2026-03-11T11:30"));
    assertThat(configured.cycleOf("invoice")).isEqualTo("1d");
    assertThat(configured.cycleOf("unknown")).isEqualTo("1d");
  }

  @Test
  void shouldRefuseAMalformedCycleAtStartup() {
    assertThatThrownBy(() -> cycle(new MockEnvironment().withProperty("opsflow.calendar.business-cycle.oa", "a week")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opsflow.calendar.business-cycle.oa");
  }

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }
}
