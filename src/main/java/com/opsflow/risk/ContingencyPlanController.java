package com.opsflow.risk;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.kpi.ManagerAccess;
import com.opsflow.risk.ContingencyPlanRegister.Plan;
import com.opsflow.ticket.SupportedSystems;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/contingency-plans?system=}: every version of every contingency plan of a system, newest version
 * first per plan, with author, approval and last rehearsal. Managers only ({@link ManagerAccess}).
 */
@RestController
class ContingencyPlanController {

  record PlanView(String planKey, int version, String system, String faultLevel, String title, String content,
      String status, String author, LocalDateTime createdAt, String approvedBy, LocalDateTime approvedAt,
      LocalDate lastRehearsedAt, String reviewNumber) {

    static PlanView of(Plan p) {
      return new PlanView(p.key(), p.version(), p.system(), p.faultLevel(), p.title(), p.content(), p.status(),
          p.author(), p.createdAt(), p.approvedBy(), p.approvedAt(), p.lastRehearsedAt(), p.reviewNumber());
    }
  }

  private final ContingencyPlanRegister plans;
  private final ManagerAccess access;

  ContingencyPlanController(ContingencyPlanRegister plans, ManagerAccess access) {
    this.plans = plans;
    this.access = access;
  }

  @GetMapping("/api/contingency-plans")
  List<PlanView> plans(@RequestParam(required = false) String system) {
    access.requireReader();
    if (system == null || !SupportedSystems.CODES.contains(system)) {
      throw new InvalidInputException("system", "参数 system（系统）必填，应为 " + SupportedSystems.CODES + " 之一"
          + " / parameter 'system' is required, one of " + SupportedSystems.CODES);
    }
    return plans.ofSystem(system).stream().map(PlanView::of).toList();
  }
}
