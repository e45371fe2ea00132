package com.opsflow.onsite;

import com.opsflow.intake.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

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
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填 / field '" + field + "' is required");
    }
    String text = value.toString().trim();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(field, "字段 " + field + "（" + label + "）不是有效的日期时间，例如 2026-11-23T09:30+08:00"
            + " / field '" + field + "' is not a date-time such as 2026-11-23T09:30+08:00");
      }
    }
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
