package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarServiceTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

  private final InMemoryCalendarDayStore store = InMemoryCalendarDayStore.with2026Schedule();
  private final BusinessCalendarService calendar =
      new BusinessCalendarService(defaultProperties(), store, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void shouldCarryTipsResponseFromFridayEveningToMondayMorning() {
    // Fri 2026-03-13 17:20: 10 minutes left on Friday, 20 more on Monday
    assertThat(add("tips", "2026-03-13T17:20", 30)).isEqualTo(at("2026-03-16T08:50"));
  }

  @Test
  void shouldStartCountingOnMondayWhenStartedOnSaturday() {
    assertThat(add("tips", "2026-03-14T10:00", 180)).isEqualTo(at("2026-03-16T11:30"));
  }

  @Test
  void shouldStartCountingAtOpeningTimeWhenStartedEarlyInTheMorning() {
    assertThat(add("tips", "2026-03-10T07:00", 30)).isEqualTo(at("2026-03-10T09:00"));
  }

  @Test
  void shouldStartCountingNextMorningWhenStartedAfterClosingTime() {
    assertThat(add("oa", "2026-03-10T19:00", 30)).isEqualTo(at("2026-03-11T09:00"));
  }

  @Test
  void shouldFinishExactlyAtClosingTimeRatherThanNextMorning() {
    assertThat(add("tips", "2026-03-10T17:00", 30)).isEqualTo(at("2026-03-10T17:30"));
  }

  @Test
  void shouldSpreadOaDayOf1440WorkingMinutesOverNineHourDays() {
    // Mon 540 + Tue 540 + 360 on Wednesday
    assertThat(add("oa", "2026-03-09T08:30", 1440)).isEqualTo(at("2026-03-11T14:30"));
  }

  @Test
  void shouldSkipTheInvoiceLunchBreak() {
    assertThat(add("invoice", "2026-03-10T11:00", 120)).isEqualTo(at("2026-03-10T15:00"));
    assertThat(add("invoice", "2026-03-10T12:30", 30)).isEqualTo(at("2026-03-10T14:30"));
  }

  @Test
  void shouldUseInvoiceHoursFromEightToSix() {
    assertThat(add("invoice", "2026-03-10T07:00", 30)).isEqualTo(at("2026-03-10T08:30"));
    assertThat(add("invoice", "2026-03-10T17:30", 60)).isEqualTo(at("2026-03-11T08:30"));
    assertThat(calendar.isWorkingTime("invoice", at("2026-03-10T17:45"))).isTrue();
    assertThat(calendar.isWorkingTime("tips", at("2026-03-10T17:45"))).isFalse();
  }

  @Test
  void shouldCarryInvoiceResolutionAcrossWeekendHolidayAndLunch() {
    // Fri 2026-04-03 17:00: 60 min on Friday; Sat–Mon 04-04..06 off (清明节); Tuesday 08:00–12:00
    // gives 240 and the last 30 come after lunch
    assertThat(add("invoice", "2026-04-03T17:00", 330)).isEqualTo(at("2026-04-07T14:30"));
    assertThat(add("invoice", "2026-04-03T17:00", 180)).isEqualTo(at("2026-04-07T10:00"));
    // Thu 04-02 11:00: 60 + 240 on Thursday, 240 on Friday morning, 60 after Friday's lunch
    assertThat(add("invoice", "2026-04-02T11:00", 600)).isEqualTo(at("2026-04-03T15:00"));
  }

  @Test
  void shouldLandOnSpringFestivalMakeUpSaturday() {
    // Fri 2026-02-13 16:00: 90 min on Friday, the rest on the make-up workday Sat 02-14
    assertThat(add("tips", "2026-02-13T16:00", 180)).isEqualTo(at("2026-02-14T10:00"));
  }

  @Test
  void shouldSkipTheWholeSpringFestivalHoliday() {
    // Sat 02-14 17:00 (make-up day), then 02-15..02-23 off, Tuesday 02-24 works
    assertThat(add("tips", "2026-02-14T17:00", 60)).isEqualTo(at("2026-02-24T09:00"));
    assertThat(add("tips", "2026-02-16T10:00", 30)).isEqualTo(at("2026-02-24T09:00"));
  }

  @Test
  void shouldSkipNationalDayAndWorkItsMakeUpDays() {
    // Wed 09-30 17:00: 30 min, then 10-01..10-07 off, Thursday 10-08
    assertThat(add("tips", "2026-09-30T17:00", 60)).isEqualTo(at("2026-10-08T09:00"));
    // Sun 09-20 and Sat 10-10 are make-up workdays
    assertThat(add("tips", "2026-09-18T17:00", 60)).isEqualTo(at("2026-09-20T09:00"));
    assertThat(add("tips", "2026-10-09T17:30", 30)).isEqualTo(at("2026-10-10T09:00"));
  }

  @Test
  void shouldAddPlainMinutesInImportantPeriod() {
    Instant saturdayNight = at("2026-02-15T03:00");
    assertThat(calendar.addWorkingMinutes("invoice", true, saturdayNight, 180)).isEqualTo(at("2026-02-15T06:00"));
    assertThat(calendar.workingMinutesBetween("invoice", true, saturdayNight, at("2026-02-16T03:00")))
        .isEqualTo(1440);
  }

  @Test
  void shouldCountNaturalTimeAroundTheClockWhateverTheCalendar() {
    // Spring Festival Saturday night: natural time ignores holidays, weekends and working hours
    Instant saturdayNight = at("2026-02-14T22:00");
    assertThat(calendar.addMinutes("oa", ClockBasis.NATURAL, false, saturdayNight, 1440)).isEqualTo(at("2026-02-15T22:00"));
    assertThat(calendar.minutesBetween("oa", ClockBasis.NATURAL, false, saturdayNight, at("2026-02-15T22:00")))
        .isEqualTo(1440);
    assertThat(calendar.addMinutes("oa", ClockBasis.WORKING, false, at("2026-03-09T08:30"), 1440))
        .isEqualTo(at("2026-03-11T14:30"));
    assertThat(calendar.minutesBetween("oa", ClockBasis.WORKING, false, at("2026-03-13T17:00"), at("2026-03-16T09:00")))
        .isEqualTo(60);
    assertThatThrownBy(() -> calendar.addMinutes("oa", ClockBasis.NATURAL, false, saturdayNight, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldReturnStartForZeroMinutesEvenOutsideWorkingTime() {
    assertThat(add("tips", "2026-03-14T10:00", 0)).isEqualTo(at("2026-03-14T10:00"));
  }

  @Test
  void shouldRejectNegativeMinutes() {
    assertThatThrownBy(() -> add("tips", "2026-03-10T10:00", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minutes");
  }

  @Test
  void shouldUseDefaultHoursForUnknownSystem() {
    assertThat(add("payroll", "2026-03-10T17:20", 30)).isEqualTo(at("2026-03-11T08:50"));
    assertThat(add(null, "2026-03-10T17:20", 30)).isEqualTo(at("2026-03-11T08:50"));
  }

  @ParameterizedTest
  @CsvSource({
    "tips, 2026-03-13T17:20, 30",
    "tips, 2026-02-13T16:00, 180",
    "oa, 2026-03-09T08:30, 1440",
    "oa, 2026-09-30T12:00, 1440",
    "invoice, 2026-03-10T11:00, 120",
    "invoice, 2026-04-03T17:00, 180",
    "invoice, 2026-03-14T03:00, 5000",
    "tips, 2025-12-31T17:00, 100000",
  })
  void shouldCountBackTheMinutesThatWereAdded(String system, String start, long minutes) {
    Instant from = at(start);
    Instant due = calendar.addWorkingMinutes(system, false, from, minutes);

    assertThat(calendar.workingMinutesBetween(system, false, from, due)).isEqualTo(minutes);
  }

  @Test
  void shouldCountOnlyWorkingMinutesBetweenTwoInstants() {
    // Fri 17:00–17:30 and Mon 08:30–09:00
    assertThat(calendar.workingMinutesBetween("tips", false, at("2026-03-13T17:00"), at("2026-03-16T09:00")))
        .isEqualTo(60);
    // the invoice lunch break does not count
    assertThat(calendar.workingMinutesBetween("invoice", false, at("2026-03-10T11:00"), at("2026-03-10T15:00")))
        .isEqualTo(120);
    assertThat(calendar.workingMinutesBetween("tips", false, at("2026-03-10T10:00"), at("2026-03-10T09:00")))
        .isZero();
  }

  @Test
  void shouldTellWorkingDaysFromTheTableAndTheWeek() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-11"))).isTrue(); // ordinary Wednesday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-14"))).isFalse(); // ordinary Saturday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse(); // 国庆节, Thursday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue(); // make-up Saturday
    assertThat(calendar.isWorkingTime("tips", at("2026-02-14T08:30"))).isTrue();
    assertThat(calendar.isWorkingTime("tips", at("2026-02-14T17:30"))).isFalse();
  }

  @Test
  void shouldThrowInsteadOfLoopingWhenThereIsNoWorkingTime() {
    InMemoryCalendarDayStore everyDayOff = new InMemoryCalendarDayStore().holidays("停工", "2026-01-01", "2031-12-31");
    BusinessCalendarService noWork = new BusinessCalendarService(defaultProperties(), everyDayOff);

    assertThatThrownBy(() -> noWork.addWorkingMinutes("tips", false, at("2026-03-10T10:00"), 30))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no working time");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "8:30", "08:30-17:30x", "17:30-08:30", "08:00-12:00,11:00-14:00", "14:00-18:00,08:00-12:00",
        "25:00-26:00", "08:00-12:00,"
      })
  void shouldRejectMalformedWorkingHours(String hours) {
    assertThatThrownBy(() -> new CalendarProperties(SHANGHAI, "08:30-17:30", Map.of("invoice", hours)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("opsflow.calendar.systems.invoice=");
  }

  @Test
  void shouldApplyTheChangedDayToLaterComputations() {
    assertThat(add("tips", "2026-03-13T17:20", 30)).isEqualTo(at("2026-03-16T08:50"));

    CalendarDay saved = calendar.saveDay(LocalDate.parse("2026-03-16"), DayType.HOLIDAY, " 测试假日 ", "it-admin");

    assertThat(saved)
        .isEqualTo(new CalendarDay(LocalDate.parse("2026-03-16"), DayType.HOLIDAY, "测试假日", "it-admin", NOW));
    assertThat(add("tips", "2026-03-13T17:20", 30)).isEqualTo(at("2026-03-17T08:50"));
    assertThat(calendar.days(2026)).contains(saved);

    calendar.deleteDay(LocalDate.parse("2026-03-16"));

    assertThat(add("tips", "2026-03-13T17:20", 30)).isEqualTo(at("2026-03-16T08:50"));
  }

  @Test
  void shouldReadTheTableOnceForManyComputations() {
    for (int i = 0; i < 100; i++) {
      add("oa", "2026-01-01T00:00", 1440L * i);
    }
    assertThat(store.findAllCalls).isEqualTo(1);
  }

  @Test
  void shouldReportMissingDayOnDelete() {
    assertThatThrownBy(() -> calendar.deleteDay(LocalDate.parse("2026-03-18")))
        .isInstanceOf(CalendarDayNotFoundException.class)
        .hasMessageContaining("2026-03-18");
  }

  @Test
  void shouldRejectMissingTypeAndOverlongName() {
    LocalDate day = LocalDate.parse("2026-03-16");
    assertThatThrownBy(() -> calendar.saveDay(day, null, "x", "it-admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type");
    assertThatThrownBy(() -> calendar.saveDay(null, DayType.HOLIDAY, "x", "it-admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day");
    assertThatThrownBy(() -> calendar.saveDay(day, DayType.HOLIDAY, "节".repeat(101), "it-admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThat(calendar.saveDay(day, DayType.HOLIDAY, "节".repeat(100), "it-admin").name()).hasSize(100);
  }

  @Test
  void shouldAcceptHolidayOnAWeekend() {
    CalendarDay saturday = calendar.saveDay(LocalDate.parse("2026-03-14"), DayType.HOLIDAY, null, "it-admin");

    assertThat(saturday.name()).isNull();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-14"))).isFalse();
  }

  @Test
  void shouldEndTheWorkingDayWhereTheBureausDefaultHoursEnd() {
    assertThat(calendar.endOfWorkingDay(LocalDate.parse("2026-03-10")))
        .isEqualTo(LocalDate.parse("2026-03-10").atTime(17, 30));
    // a weekend day still has an end of day: a date given for an answer is due then
    assertThat(calendar.endOfWorkingDay(LocalDate.parse("2026-03-14")))
        .isEqualTo(LocalDate.parse("2026-03-14").atTime(17, 30));
  }

  @Test
  void shouldEndTheWorkingDayAtTheLastIntervalOfConfiguredDefaultHours() {
    BusinessCalendarService splitDay = new BusinessCalendarService(
        new CalendarProperties(SHANGHAI, "08:00-12:00,14:00-18:00", Map.of("tips", "08:30-17:30")), store);

    assertThat(splitDay.endOfWorkingDay(LocalDate.parse("2026-03-10")))
        .isEqualTo(LocalDate.parse("2026-03-10").atTime(18, 0));
  }

  @Test
  void shouldEndTheWorkingDayOfTheLocalDateAnInstantFallsOn() {
    // 2026-03-10T20:00Z is already 11 March 04:00 in Shanghai
    assertThat(calendar.endOfWorkingDay(Instant.parse("2026-03-10T20:00:00Z"))).isEqualTo(at("2026-03-11T17:30"));
    assertThat(calendar.endOfWorkingDay(at("2026-03-10T09:00"))).isEqualTo(at("2026-03-10T17:30"));
  }

  private Instant add(String system, String localStart, long minutes) {
    return calendar.addWorkingMinutes(system, false, at(localStart), minutes);
  }

  /** A local date-time in Asia/Shanghai. */
  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  private static CalendarProperties defaultProperties() {
    return new CalendarProperties(SHANGHAI, "08:30-17:30", null);
  }
}
