package com.opsflow.onsite;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times the engineer enters in the forms. Camunda Forms' datetime field stores a string (with a UTC
 * offset by default, "2026-11-23T09:30+08:00"); REST callers may send one without offset, which is
 * read in the bureau's zone.
 */
final class OnsiteTimes {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private OnsiteTimes() {
  }

  static Instant parse(Object value, String field, String label, ZoneId zone) {
    return Fields.requiredDateTime(value, field, label, zone);
  }

  /** As people read it on the slip: local time of the bureau, or the text as entered when it is no date-time. */
  static String show(Object value, ZoneId zone) {
    if (value == null || value.toString().isBlank()) {
      return "—";
    }
    try {
      return ZonedDateTime.ofInstant(parse(value, "time", "时间", zone), zone).format(SHOWN);
    } catch (InvalidInputException e) {
      return value.toString();
    }
  }
}
