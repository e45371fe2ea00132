package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 16: from November on, a missing next year in the holiday table is said before the year begins. */
class CalendarCoverageTest {

  @Test
  void shouldWarnFromNovemberWhileNextYearHasNoEntries() {
    assertThat(CalendarCoverage.warning(LocalDate.of(2026, 11, 1), 0)).contains("2027");
    assertThat(CalendarCoverage.warning(LocalDate.of(2026, 12, 31), 0)).contains("业务日历缺少 2027 年");
  }

  @Test
  void shouldStayQuietBeforeNovemberOrOnceNextYearIsEntered() {
    assertThat(CalendarCoverage.warning(LocalDate.of(2026, 10, 31), 0)).isNull();
    assertThat(CalendarCoverage.warning(LocalDate.of(2026, 11, 15), 28)).isNull();
  }
}
