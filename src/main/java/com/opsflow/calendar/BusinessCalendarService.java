package com.opsflow.calendar;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

// TEMPORARY STUB until feature/calendar is merged
@Service
public class BusinessCalendarService {
  public Instant addWorkingMinutes(String system, boolean importantPeriod, Instant start, long minutes) {
    return start.plus(Duration.ofMinutes(minutes));
  }

  public long workingMinutesBetween(String system, boolean importantPeriod, Instant from, Instant to) {
    return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
  }
}
