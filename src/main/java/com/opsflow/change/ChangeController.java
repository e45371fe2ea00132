package com.opsflow.change;

import com.opsflow.change.ChangeRegister.ScheduledChange;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forward schedule of changes (变更日程): {@code GET /api/changes/schedule?system=tips&from=2026-11-01}
 * lists the changes whose window ends after {@code from} (default today) with status, approvers and the
 * conflicts found before approval; {@code GET /api/changes/{number}} one change of the register.
 */
@RestController
@RequestMapping("/api/changes")
class ChangeController {

  private final ChangeRegister register;
  private final TicketTime time;

  ChangeController(ChangeRegister register, TicketTime time) {
    this.register = register;
    this.time = time;
  }

  @GetMapping("/schedule")
  List<ScheduledChange> schedule(@RequestParam(required = false) String system,
      @RequestParam(required = false) String from) {
    if (system != null && !IncidentProcess.SYSTEMS.contains(system)) {
      throw new InvalidInputException("system", "参数 system 的值 '" + system + "' 无效，可选值：" + IncidentProcess.SYSTEMS
          + " / parameter 'system' must be one of " + IncidentProcess.SYSTEMS);
    }
    LocalDate day;
    try {
      day = from == null || from.isBlank() ? time.today() : LocalDate.parse(from.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("from", "参数 from 应为日期 yyyy-MM-dd，收到 '" + from + "' / parameter 'from' must be"
          + " a date yyyy-MM-dd");
    }
    return register.schedule(system, day.atStartOfDay());
  }

  @GetMapping("/{number}")
  ScheduledChange change(@PathVariable String number) {
    return register.find(number).orElseThrow(() -> new NoSuchElementException("没有变更单 " + number + " / no change "
        + number));
  }
}
