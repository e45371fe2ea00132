package com.opsflow.ticket;

import com.opsflow.engine.EngineClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time tickets are stamped with: the engine's clock (so tests that move it see consistent
 * tickets), as local time of the bureau's zone, which is what reports show.
 */
@Component
public class TicketTime {

  private final ZoneId zone;

  public TicketTime(@Value("${opsflow.calendar.zone:Asia/Shanghai}") String zone) {
    this.zone = ZoneId.of(zone);
  }

  public Instant now() {
    return EngineClock.now();
  }

  public LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
  }

  public LocalDateTime localNow() {
    return local(now());
  }

  public LocalDate today() {
    return localNow().toLocalDate();
  }

  public ZoneId zone() {
    return zone;
  }
}
