package com.opsflow.calendar;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The holiday table is the bureau's to fill in each year (the State Council publishes the next year's holidays and
 * make-up workdays in autumn). From November on, while next year has no entry, SLA clocks would run through next
 * year's holidays: every node says so in its log at startup and every morning, and the gauge
 * {@code opsflow.calendar.next.year.missing} (1 = missing) lets monitoring raise it to bureau IT (issue 16).
 */
@Component
class CalendarCoverage {

  /** The month from which next year's entries are expected. */
  static final int EXPECTED_FROM_MONTH = 11;
  private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverage.class);

  private final BusinessCalendarService calendar;
  private final ZoneId zone;

  CalendarCoverage(BusinessCalendarService calendar, CalendarProperties properties,
      ObjectProvider<MeterRegistry> registry) {
    this.calendar = calendar;
    this.zone = properties.getZone();
    registry.ifAvailable(r -> Gauge.builder("opsflow.calendar.next.year.missing", () -> missing() ? 1 : 0)
        .description("1 while next year's holidays and make-up workdays are missing from the business calendar"
            + " (from November on)").strongReference(true).register(r));
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(cron = "0 0 9 * * *", zone = "${opsflow.calendar.zone:Asia/Shanghai}")
  void warnWhenNextYearIsMissing() {
    LocalDate today = LocalDate.now(zone);
    String warning = warning(today, calendar.days(today.getYear() + 1).size());
    if (warning != null) {
      LOG.warn(warning);
    }
  }

  boolean missing() {
    LocalDate today = LocalDate.now(zone);
    return warning(today, calendar.days(today.getYear() + 1).size()) != null;
  }

  /** The warning for {@code today} when next year has {@code nextYearEntries} calendar entries, or null. */
  static String warning(LocalDate today, int nextYearEntries) {
    if (today.getMonthValue() < EXPECTED_FROM_MONTH || nextYearEntries > 0) {
      return null;
    }
    int next = today.getYear() + 1;
    return "业务日历缺少 " + next + " 年的节假日和调休工作日，请信息技术部门录入（PUT /api/calendar/days/{date}）；"
        + "否则 " + next + " 年的服务时限会把节假日算作工作日 / the business calendar has no entries for " + next
        + ": SLA clocks would count its holidays as working days.";
  }
}
