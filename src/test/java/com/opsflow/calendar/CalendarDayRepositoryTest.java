package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Flyway migrates an embedded H2; the Camunda engine is not part of this slice. */
@JdbcTest
@Import({CalendarDayRepository.class, ImportantPeriodRepository.class})
class CalendarDayRepositoryTest {

  private static final Instant UPDATED = Instant.parse("2026-01-05T02:00:00.123Z");

  @Autowired CalendarDayRepository repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired ImportantPeriodRepository periods;

  @Test
  void shouldSeedThe2026HolidaysAndMakeUpWorkdays() {
    List<CalendarDay> days = repository.findBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(days).hasSize(39);
    assertThat(days).filteredOn(day -> day.type() == DayType.WORKDAY)
        .extracting(CalendarDay::day)
        .containsExactly(
            LocalDate.of(2026, 1, 4),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 9),
            LocalDate.of(2026, 9, 20),
            LocalDate.of(2026, 10, 10));
    assertThat(find(LocalDate.of(2026, 10, 1))).extracting(CalendarDay::type, CalendarDay::name)
        .containsExactly(DayType.HOLIDAY, "国庆节");
    assertThat(find(LocalDate.of(2026, 2, 16))).extracting(CalendarDay::type, CalendarDay::name)
        .containsExactly(DayType.HOLIDAY, "春节");
    assertThat(find(LocalDate.of(2026, 2, 14)).type()).isEqualTo(DayType.WORKDAY);
  }

  @Test
  void shouldSeedEveryWeekdayOfTheHolidayRanges() {
    List<LocalDate> weekdaysOff =
        List.of("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25",
                "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07")
            .stream().map(LocalDate::parse).toList();

    assertThat(repository.findAll())
        .filteredOn(day -> day.type() == DayType.HOLIDAY)
        .extracting(CalendarDay::day)
        .containsAll(weekdaysOff);
  }

  @Test
  void shouldInsertThenUpdateOnUpsert() {
    LocalDate day = LocalDate.of(2027, 1, 1);
    repository.upsert(new CalendarDay(day, DayType.HOLIDAY, "元旦", "it-admin", UPDATED));
    repository.upsert(new CalendarDay(day, DayType.WORKDAY, "改为上班", "it-lead", UPDATED.plusSeconds(60)));

    assertThat(repository.findBetween(day, day))
        .containsExactly(new CalendarDay(day, DayType.WORKDAY, "改为上班", "it-lead", UPDATED.plusSeconds(60)));
  }

  @Test
  void shouldDeleteAnExistingDayAndReportAMissingOne() {
    LocalDate day = LocalDate.of(2026, 2, 28);

    assertThat(repository.delete(day)).isTrue();
    assertThat(repository.findBetween(day, day)).isEmpty();
    assertThat(repository.delete(day)).isFalse();
  }

  @Test
  void shouldComputeSlaOnTheSeededTable() {
    BusinessCalendarService calendar =
        new BusinessCalendarService(new CalendarProperties(ZoneId.of("Asia/Shanghai"), "08:30-17:30", null), repository);

    Instant due =
        calendar.addWorkingMinutes("tips", false, OffsetDateTime.parse("2026-02-13T16:00+08:00").toInstant(), 180);

    assertThat(due).isEqualTo(OffsetDateTime.parse("2026-02-14T10:00+08:00").toInstant());
  }

  @Test
  void shouldRejectAnUnknownDayTypeInTheTable() {
    assertThatThrownBy(
            () -> jdbc.update(
                "INSERT INTO business_calendar_day (calendar_day, day_type)"
                    + " VALUES (DATE '2027-01-02', 'HALFDAY')"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  /** Issue 15: an incident start asks the calendar up to three times; the version row is read once per transaction. */
  @Test
  void shouldReadTheVersionOncePerTransactionAndAgainAfterAChangeInIt() {
    long before = repository.version();
    jdbc.update("UPDATE business_calendar_version SET version = version + 1 WHERE id = 1");
    assertThat(repository.version()).as("read once in this transaction").isEqualTo(before);
    repository.forgetVersion();
    assertThat(repository.version()).as("read again when told the tables changed").isEqualTo(before + 1);

    repository.upsert(new CalendarDay(LocalDate.of(2027, 5, 6), DayType.HOLIDAY, "调休", "it-admin", UPDATED));
    assertThat(repository.version()).as("a day saved in this transaction").isEqualTo(before + 2);
    periods.replaceRoster(0, List.of(), "it-admin", LocalDateTime.of(2027, 5, 6, 9, 0));
    assertThat(repository.version()).as("an important period's roster saved in this transaction").isEqualTo(before + 3);
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void shouldReadTheVersionOnEveryCallOutsideATransaction() {
    long before = repository.version();
    jdbc.update("UPDATE business_calendar_version SET version = version + 1 WHERE id = 1");
    assertThat(repository.version()).as("a change by another node counts at once").isEqualTo(before + 1);
  }

  private CalendarDay find(LocalDate day) {
    return repository.findBetween(day, day).get(0);
  }
}
