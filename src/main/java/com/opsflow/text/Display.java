package com.opsflow.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * How times read in mails, documents and the ticket history (issue 16): {@code yyyy-MM-dd HH:mm} in the bureau's
 * zone, never a Java {@code Date.toString()} in the server's zone. Values without a zone
 * ({@link LocalDateTime}, as the ticket register keeps them) are the bureau's local time already.
 */
public final class Display {

  /**
   * The bureau's default zone (opsflow.calendar.zone's default). Values without a zone need none; callers that hold
   * the configured zone (the business calendar's) pass it to {@link #dateTime(Object, ZoneId)}.
   */
  public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private Display() {
  }

  /** A date and time as the bureau reads it; "—" for null; anything else as text. */
  public static String dateTime(Object value) {
    return dateTime(value, BUREAU_ZONE);
  }

  public static String dateTime(Object value, ZoneId zone) {
    if (value == null) {
      return "—";
    }
    TemporalAccessor local;
    if (value instanceof LocalDateTime t) {
      local = t;
    } else if (value instanceof LocalDate d) {
      return DATE.format(d);
    } else if (value instanceof Instant i) {
      local = i.atZone(zone);
    } else if (value instanceof Date d) {
      local = d.toInstant().atZone(zone);
    } else if (value instanceof ZonedDateTime z) {
      local = z.withZoneSameInstant(zone);
    } else if (value instanceof OffsetDateTime o) {
      local = o.atZoneSameInstant(zone);
    } else {
      return value.toString();
    }
    return DATE_TIME.format(local);
  }
}
