package com.opsflow.healthcheck;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health-check register, read-only: {@code GET /api/health-checks?system=&from=&to=} (days of the periods' start,
 * both inclusive; default: this month), each check with its findings, so that a missed or overdue check shows before
 * the bureau asks (issue 12). The managers read it.
 */
@RestController
@RequestMapping("/api/health-checks")
class HealthCheckController {

  static final Set<String> READERS = Set.of(OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.TEAM_LEAD,
      OpsFlowGroups.SYSTEM_OWNER, OpsFlowGroups.BUREAU_IT, OpsFlowGroups.ADMIN);

  record Listed(HealthCheckRegister.Check check, List<HealthCheckRegister.Item> findings) {
  }

  private final HealthCheckRegister register;
  private final IdentityService identity;
  private final TicketTime time;

  HealthCheckController(HealthCheckRegister register, IdentityService identity, TicketTime time) {
    this.register = register;
    this.identity = identity;
    this.time = time;
  }

  @GetMapping
  List<Listed> list(@RequestParam(required = false) String system, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    if (!CurrentUser.inAny(identity, READERS)) {
      throw new ActionNotAllowedException("health-checks", "只有项目经理、项目组长、应用系统负责人和采购方信息技术部门可以查看健康检查记录"
          + " / only the managers read health checks");
    }
    String s = system(system);
    LocalDate first = day("from", from, time.today().withDayOfMonth(1));
    LocalDate last = day("to", to, first.plusMonths(1).minusDays(1));
    if (last.isBefore(first)) {
      throw new InvalidInputException("to", "参数 to 不能早于 from / parameter 'to' is before 'from'");
    }
    List<HealthCheckRegister.Check> checks = register.between(s, first, last);
    Map<String, List<HealthCheckRegister.Item>> findings = register.findings(checks.stream()
        .map(HealthCheckRegister.Check::number).toList());
    return checks.stream().map(c -> new Listed(c, findings.get(c.number()))).toList();
  }

  static String system(String system) {
    if (system == null || system.isBlank()) {
      return null;
    }
    if (!SupportedSystems.CODES.contains(system)) {
      throw new InvalidInputException("system", "参数 system 应为 " + SupportedSystems.CODES + " 之一 / parameter"
          + " 'system' must be one of " + SupportedSystems.CODES);
    }
    return system;
  }

  static LocalDate day(String name, String value, LocalDate fallback) {
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
