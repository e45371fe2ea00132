package com.opsflow.hardening;

import com.opsflow.hardening.HardeningRegister.Finding;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.kpi.ManagerAccess;
import com.opsflow.ticket.SupportedSystems;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hardening findings register for managers: {@code GET /api/hardening-findings?system=invoice&status=open}
 * (both optional) lists every finding with its deadline, change, roll-backs and escalations (seed C 安全加固).
 */
@RestController
class HardeningController {

  private final HardeningRegister register;
  private final ManagerAccess access;

  HardeningController(HardeningRegister register, ManagerAccess access) {
    this.register = register;
    this.access = access;
  }

  @GetMapping("/api/hardening-findings")
  List<Finding> findings(@RequestParam(required = false) String system,
      @RequestParam(required = false) String status) {
    access.requireReader();
    if (system != null && !SupportedSystems.CODES.contains(system)) {
      throw new InvalidInputException("system", "参数 system 的值 '" + system + "' 无效，可选值：" + SupportedSystems.CODES
          + " / parameter 'system' must be one of " + SupportedSystems.CODES);
    }
    if (status != null && !SecurityHardeningProcess.Status.ALL.contains(status)) {
      throw new InvalidInputException("status", "参数 status 的值 '" + status + "' 无效，可选值："
          + SecurityHardeningProcess.Status.ALL + " / parameter 'status' must be one of "
          + SecurityHardeningProcess.Status.ALL);
    }
    return register.findings(system, status);
  }
}
