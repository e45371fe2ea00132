package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: an important period declared for a system joins its working time — 7×24 while it lasts (invoice contract:
 * 7×24 duty in important periods; B-2.3.14), its ordinary hours before and after — for every clock of the system.
 */
class ImportantPeriodClockTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final InMemoryCalendarDayStore days = InMemoryCalendarDayStore.with2026Schedule();
  private final Periods periods = new Periods();
  private final BusinessCalendarService calendar = new BusinessCalendarService(
      new CalendarProperties(SHANGHAI, "08:30-17:30", java.util.Map.of("invoice", "08:00-12:00,14:00-18:00")), days,
      periods, Clock.systemUTC());

  @Test
  void shouldRunTheSystemsClocksAroundTheClockOnlyWhileItsPeriodLasts() {
    // Sat 2026-03-14 00:00 to Sun 2026-03-15 12:00 for invoice
    periods.add(period("invoice", "2026-03-14T00:00", "2026-03-15T12:00"));

    assertThat(add("invoice", "2026-03-14T22:00", 60)).as("Saturday night counts").isEqualTo(at("2026-03-14T23:00"));
    assertThat(add("invoice", "2026-03-15T11:00", 120)).as("the period ends at noon on Sunday, Monday 08:00 goes on")
        .isEqualTo(at("2026-03-16T09:00"));
    assertThat(add("invoice", "2026-03-13T17:30", 60)).as("Friday's last 30 minutes, then the period from midnight")
        .isEqualTo(at("2026-03-14T00:30"));
    assertThat(add("tips", "2026-03-14T10:00", 30)).as("another system keeps its hours")
        .isEqualTo(at("2026-03-16T09:00"));
    assertThat(calendar.workingMinutesBetween("invoice", false, at("2026-03-13T17:00"), at("2026-03-16T09:00")))
        .as("Fri 60 + Sat 1440 + Sun 720 + Mon 60").isEqualTo(60 + 1440 + 720 + 60);
    assertThat(calendar.isWorkingTime("invoice", at("2026-03-14T03:00"))).isTrue();
    assertThat(calendar.isWorkingTime("invoice", at("2026-03-15T13:00"))).isFalse();
  }

  @Test
  void shouldJoinAPeriodInTheEveningWithTheDaysHoursWithoutCountingTwice() {
    // Tue 2026-03-10 12:00 to 20:00: the lunch break and the evening count, the afternoon once
    periods.add(period("invoice", "2026-03-10T12:00", "2026-03-10T20:00"));

    assertThat(calendar.workingMinutesBetween("invoice", false, at("2026-03-10T08:00"), at("2026-03-11T08:00")))
        .as("08:00-20:00").isEqualTo(12 * 60);
    assertThat(add("invoice", "2026-03-10T19:00", 90)).as("one hour in the period, 30 minutes next morning")
        .isEqualTo(at("2026-03-11T08:30"));
  }

  @Test
  void shouldTellWhoIsOnCallFromThePeriodsRoster() {
    periods.add(new ImportantPeriod(1, "IP-20260314-0001", "invoice", LocalDateTime.parse("2026-03-14T00:00"),
        LocalDateTime.parse("2026-03-16T00:00"), "征期", "demo-system-owner", LocalDateTime.parse("2026-03-10T09:00"),
        List.of(new ImportantPeriod.DutyShift("zhang", LocalDateTime.parse("2026-03-14T00:00"),
                LocalDateTime.parse("2026-03-15T00:00"), "13800000001"),
            new ImportantPeriod.DutyShift("li", LocalDateTime.parse("2026-03-14T20:00"),
                LocalDateTime.parse("2026-03-16T00:00"), null))));

    assertThat(calendar.onDuty("invoice", at("2026-03-14T10:00"))).containsExactly("zhang");
    assertThat(calendar.onDuty("invoice", at("2026-03-14T21:00"))).containsExactly("zhang", "li");
    assertThat(calendar.onDuty("invoice", at("2026-03-16T00:00"))).as("the end is exclusive").isEmpty();
    assertThat(calendar.onDuty("oa", at("2026-03-14T10:00"))).isEmpty();
  }

  private Instant add(String system, String start, long minutes) {
    return calendar.addWorkingMinutes(system, false, at(start), minutes);
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  private static ImportantPeriod period(String system, String from, String to) {
    return new ImportantPeriod(0, "IP-" + from.substring(0, 10).replace("-", "") + "-0001", system,
        LocalDateTime.parse(from), LocalDateTime.parse(to), "征期", "demo-system-owner", LocalDateTime.parse(from),
        List.of());
  }

  /** The periods in memory; adding one changes the calendar's version, as the repository does. */
  private final class Periods implements ImportantPeriodStore {

    private final List<ImportantPeriod> all = new ArrayList<>();

    void add(ImportantPeriod period) {
      all.add(period);
      calendar.refresh();
    }

    @Override
    public List<ImportantPeriod> endingAfter(LocalDateTime after) {
      return all.stream().filter(p -> p.to().isAfter(after)).toList();
    }

    @Override
    public List<ImportantPeriod> overlapping(String system, LocalDateTime from, LocalDateTime to) {
      return all.stream().filter(p -> system == null || p.system().equals(system))
          .filter(p -> p.from().isBefore(to) && p.to().isAfter(from)).toList();
    }

    @Override
    public Optional<ImportantPeriod> byNumber(String number) {
      return all.stream().filter(p -> p.number().equals(number)).findFirst();
    }

    @Override
    public long insert(ImportantPeriod period, String processInstanceId) {
      all.add(period);
      return all.size();
    }

    @Override
    public void replaceRoster(long periodId, List<ImportantPeriod.DutyShift> roster, String recordedBy,
        LocalDateTime at) {
      throw new UnsupportedOperationException();
    }
  }
}
