package com.opsflow.drdrill;

import com.opsflow.drdrill.DrDrillRegister.Drill;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.kpi.ManagerAccess;
import com.opsflow.ticket.SupportedSystems;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dr-drills?system=&year=}: the drill register (contract C, two drills a year), oldest half-year
 * first, with each drill's plan, approval, measured RTO/RPO against the targets, result, problem, report and the
 * {@code overdue} marker of a half-year that ended without its drill. Managers read it ({@link ManagerAccess}).
 */
@RestController
class DrDrillController {

  record DrillRow(String drillNumber, String system, String systemName, String periodKey, boolean scheduledRun,
      String status, LocalDateTime plannedAt, String scope, String plannedBy, String approvedBy,
      LocalDateTime drilledAt, Boolean applicationRestored, Boolean baseEnvironmentRestored, Integer rtoMinutes,
      int rtoTargetMinutes, Integer rpoMinutes, int rpoTargetMinutes, String result, String resultReason,
      String problemNumber, boolean overdue, LocalDateTime overdueFlaggedAt) {

    static DrillRow of(Drill d) {
      return new DrillRow(d.number(), d.system(), SupportedSystems.name(d.system()), d.periodKey(), d.scheduledRun(),
          d.status(), d.plannedAt(), d.scope(), d.plannedBy(), d.approvedBy(), d.drilledAt(), d.applicationRestored(),
          d.baseRestored(), d.rtoMinutes(), d.rtoTargetMinutes(), d.rpoMinutes(), d.rpoTargetMinutes(), d.result(),
          d.resultReason(), d.problemNumber(), d.overdue(), d.overdueFlaggedAt());
    }
  }

  private final DrDrillRegister register;
  private final ManagerAccess access;

  DrDrillController(DrDrillRegister register, ManagerAccess access) {
    this.register = register;
    this.access = access;
  }

  @GetMapping("/api/dr-drills")
  List<DrillRow> list(@RequestParam(required = false) String system, @RequestParam(required = false) String year) {
    access.requireReader();
    String s = system == null || system.isBlank() ? null : system.strip();
    if (s != null && !SupportedSystems.CODES.contains(s)) {
      throw new InvalidInputException("system", "参数 system 须为 " + String.join("、", SupportedSystems.CODES)
          + " 之一 / parameter 'system' must be one of " + SupportedSystems.CODES);
    }
    return register.list(s, year(year)).stream().map(DrillRow::of).toList();
  }

  private static Integer year(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(value.strip());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException("year", "参数 year 须为 2000–2100 的年份，收到 '" + value + "' / parameter 'year'"
        + " must be a year from 2000 to 2100");
  }
}
