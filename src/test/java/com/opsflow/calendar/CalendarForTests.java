package com.opsflow.calendar;

import java.time.ZoneId;

/** A business calendar for engine-free tests of other packages: 2026's holidays, no important periods. */
public final class CalendarForTests {

  private CalendarForTests() {
  }

  /** The calendar with {@code defaultHours} as the bureau's working hours, in Asia/Shanghai. */
  public static BusinessCalendarService withDefaultHours(String defaultHours) {
    return new BusinessCalendarService(new CalendarProperties(ZoneId.of("Asia/Shanghai"), defaultHours, null),
        InMemoryCalendarDayStore.with2026Schedule());
  }
}
