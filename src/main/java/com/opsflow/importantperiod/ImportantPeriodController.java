package com.opsflow.importantperiod;

import com.opsflow.calendar.ImportantPeriod;
import com.opsflow.calendar.ImportantPeriods;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.SupportedSystems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Important periods and their duty rosters, read-only: {@code GET /api/important-periods?system=&from=&to=} (days,
 * both inclusive; default: from today on). Declaring goes through the process 重要时期申报 in Tasklist. The managers
 * read it, and so do the support groups who take the calls.
 */
@RestController
@RequestMapping("/api/important-periods")
class ImportantPeriodController {

  static final Set<String> READERS = Set.of(OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.SYSTEM_OWNER,
      OpsFlowGroups.BUREAU_IT, OpsFlowGroups.TEAM_LEAD, OpsFlowGroups.SERVICE_DESK, OpsFlowGroups.SECOND_LINE,
      OpsFlowGroups.ADMIN);

  private final ImportantPeriods periods;
  private final IdentityService identity;
  private final com.opsflow.ticket.TicketTime time;

  ImportantPeriodController(ImportantPeriods periods, IdentityService identity, com.opsflow.ticket.TicketTime time) {
    this.periods = periods;
    this.identity = identity;
    this.time = time;
  }

  @GetMapping
  List<ImportantPeriod> list(@RequestParam(required = false) String system,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    if (!CurrentUser.inAny(identity, READERS)) {
      throw new ActionNotAllowedException("important-periods", "只有项目经理、项目组长、一二线和采购方可以查看重要时期"
          + " / only managers and support groups read important periods");
    }
    if (system != null && !system.isBlank() && !SupportedSystems.CODES.contains(system)) {
      throw new InvalidInputException("system", "参数 system 应为 " + SupportedSystems.CODES + " 之一 / parameter"
          + " 'system' must be one of " + SupportedSystems.CODES);
    }
    LocalDate first = day("from", from, time.today());
    LocalDate last = day("to", to, first.plusYears(1));
    if (last.isBefore(first)) {
      throw new InvalidInputException("to", "参数 to 不能早于 from / parameter 'to' is before 'from'");
    }
    return periods.overlapping(system == null || system.isBlank() ? null : system, first.atStartOfDay(),
        last.plusDays(1).atStartOfDay());
  }

  private static LocalDate day(String name, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "参数 " + name + " 应为日期 yyyy-MM-dd / parameter '" + name
          + "' must be a date yyyy-MM-dd");
    }
  }
}
