package com.opsflow.calendar;

import com.opsflow.engine.CurrentUser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bureau maintains holidays and make-up workdays here; access is checked by {@link CalendarAccessInterceptor}. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private final BusinessCalendarService calendar;
  private final IdentityService identityService;

  CalendarController(BusinessCalendarService calendar, IdentityService identityService) {
    this.calendar = calendar;
    this.identityService = identityService;
  }

  @GetMapping("/days")
  List<CalendarDay> days(@RequestParam int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be between 1 and 9999");
    }
    return calendar.days(year);
  }

  @PutMapping("/days/{date}")
  CalendarDay saveDay(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, @RequestBody DayChange change) {
    if (change.type() == null) {
      throw new IllegalArgumentException("type is required: HOLIDAY or WORKDAY");
    }
    String userId = CurrentUser.of(identityService);
    return calendar.saveDay(date, change.type(), change.name(), userId);
  }

  @DeleteMapping("/days/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteDay(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
    calendar.deleteDay(date);
  }

  @GetMapping("/due")
  Due due(
      @RequestParam String system,
      @RequestParam(defaultValue = "false") boolean importantPeriod,
      @RequestParam String start,
      @RequestParam long minutes) {
    Instant due = calendar.addWorkingMinutes(system, importantPeriod, parseStart(start), minutes);
    return new Due(due.atZone(calendar.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  /** Accepts an ISO date-time with offset, or without one in the calendar zone. */
  private Instant parseStart(String start) {
    // an unencoded '+' in a query string arrives as a space
    String text = start.strip().replace(' ', '+');
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "start must be an ISO date-time such as 2026-02-13T09:00:00+08:00 (encode '+' as %2B)");
      }
    }
  }

  record DayChange(DayType type, String name) {}

  record Due(String due) {}
}
