package com.opsflow.kpi;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kpis?system=&from=&to=}: the KPIs of {@link Kpis} as JSON for the days {@code from}..{@code to}
 * (both inclusive; default: this month up to today) and one system or all. Managers only ({@link ManagerAccess}).
 */
@RestController
class KpiController {

  private final Kpis kpis;
  private final ManagerAccess access;
  private final TicketTime time;

  KpiController(Kpis kpis, ManagerAccess access, TicketTime time) {
    this.kpis = kpis;
    this.access = access;
    this.time = time;
  }

  @GetMapping("/api/kpis")
  KpiFigures kpis(@RequestParam(required = false) String system, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    access.requireReader();
    if (system != null && !system.isBlank() && !SupportedSystems.CODES.contains(system)) {
      throw new InvalidInputException("system", "system 应为 " + SupportedSystems.CODES + " 之一 / unknown system");
    }
    LocalDate today = time.today();
    LocalDate start = day("from", from, today.withDayOfMonth(1));
    LocalDate end = day("to", to, today);
    if (end.isBefore(start)) {
      throw new InvalidInputException("to", "to 不能早于 from / to must not be before from");
    }
    return kpis.figures(system == null || system.isBlank() ? null : system, start, end);
  }

  private static LocalDate day(String field, String value, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, field + " 应为日期 yyyy-MM-dd，收到 '" + value + "' / " + field
          + " must be a date");
    }
  }
}
