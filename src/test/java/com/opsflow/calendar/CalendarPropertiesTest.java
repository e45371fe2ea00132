package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarPropertiesTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(CalendarConfiguration.class);

  @Test
  void shouldDefaultToShanghaiAndTheContractHours() {
    context.run(
        ctx -> {
          CalendarProperties properties = ctx.getBean(CalendarProperties.class);
          assertThat(properties.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
          assertThat(properties.getDefaultHours()).isEqualTo("08:30-17:30");
          assertThat(properties.getSystems())
              .containsEntry("tips", "08:30-17:30")
              .containsEntry("oa", "08:30-17:30")
              .containsEntry("invoice", "08:00-12:00,14:00-18:00");
          assertThat(properties.hoursOf("invoice").intervals())
              .containsExactly(
                  new WorkingHours.Interval(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                  new WorkingHours.Interval(LocalTime.of(14, 0), LocalTime.of(18, 0)));
        });
  }

  @Test
  void shouldKeepOtherSystemsDefaultsWhenOneIsConfigured() {
    context
        .withPropertyValues(
            "opsflow.calendar.systems.tips=09:00-17:00",
            "opsflow.calendar.systems.payroll=09:00-12:00",
            "opsflow.calendar.default-hours=08:00-17:00",
            "opsflow.calendar.zone=Asia/Urumqi")
        .run(
            ctx -> {
              CalendarProperties properties = ctx.getBean(CalendarProperties.class);
              assertThat(properties.getZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
              assertThat(properties.getSystems())
                  .containsEntry("tips", "09:00-17:00")
                  .containsEntry("payroll", "09:00-12:00")
                  .containsEntry("oa", "08:30-17:30")
                  .containsEntry("invoice", "08:00-12:00,14:00-18:00");
              assertThat(properties.hoursOf("unknown").intervals())
                  .isEqualTo(List.of(new WorkingHours.Interval(LocalTime.of(8, 0), LocalTime.of(17, 0))));
            });
  }

  @Test
  void shouldFailStartupNamingTheMalformedKey() {
    context
        .withPropertyValues("opsflow.calendar.systems.invoice=08:00-12:00,11:00-18:00")
        .run(
            ctx ->
                assertThat(ctx)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("opsflow.calendar.systems.invoice='08:00-12:00,11:00-18:00'")
                    .hasMessageContaining("overlaps"));
  }

  @Test
  void shouldFailStartupOnAnUnknownZone() {
    context.withPropertyValues("opsflow.calendar.zone=Mars/Olympus").run(ctx -> assertThat(ctx).hasFailed());
  }
}
