package com.opsflow.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cron timers of the models (weekly call inspection, the evaluation's period end) fire in the JVM's
 * time zone, while SLA clocks use the bureau's ({@code opsflow.calendar.zone}). Says so at startup
 * when the two differ, instead of letting Friday 14:00 happen at 22:00.
 */
@Component
class ServerTimeZoneCheck {

  private static final Logger LOG = LoggerFactory.getLogger(ServerTimeZoneCheck.class);

  private final CalendarProperties properties;

  ServerTimeZoneCheck(CalendarProperties properties) {
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnWhenServerZoneDiffers() {
    String warning = warning(TimeZone.getDefault().toZoneId(), properties.getZone());
    if (warning != null) {
      LOG.warn(warning);
    }
  }

  /** The warning for a server zone that differs from the bureau's at this time of year, or null. */
  static String warning(ZoneId server, ZoneId bureau) {
    Instant now = Instant.now();
    if (server.getRules().getOffset(now).equals(bureau.getRules().getOffset(now))) {
      return null;
    }
    return "The server runs in time zone " + server + " but the bureau's is " + bureau
        + ": cron timers of the models (weekly call inspection, evaluation period end) fire in the server's zone."
        + " Start the server with TZ=" + bureau + " (or -Duser.timezone=" + bureau + ").";
  }
}
