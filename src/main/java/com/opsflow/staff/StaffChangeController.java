package com.opsflow.staff;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.security.OpsFlowGroups;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff-change register over HTTP, read-only (A-4.3, B-2.4.3(8)(9)): {@code GET /api/staff-changes?contract=&status=},
 * {@code GET /api/staff-changes/{number}} and {@code GET /api/staff-changes/roster?contract=} (the contract's resident
 * engineers now: the configured ones changed by the completed changes). The vendor's project manager, the system owners
 * and the bureau read it; changes themselves go through the {@code staff-change} process.
 */
@RestController
@RequestMapping("/api/staff-changes")
class StaffChangeController {

  static final Set<String> READERS = Set.of(OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.SYSTEM_OWNER,
      OpsFlowGroups.BUREAU_IT, OpsFlowGroups.ADMIN);
  static final List<String> STATUSES = List.of(StaffChangeRegister.PENDING, StaffChangeRegister.APPROVED,
      StaffChangeRegister.REJECTED, StaffChangeRegister.COMPLETED);

  private final StaffChangeRegister register;
  private final ResidentEngineers engineers;
  private final IdentityService identity;

  StaffChangeController(StaffChangeRegister register, ResidentEngineers engineers, IdentityService identity) {
    this.register = register;
    this.engineers = engineers;
    this.identity = identity;
  }

  @GetMapping
  List<StaffChangeRegister.StaffChange> list(@RequestParam(required = false) String contract,
      @RequestParam(required = false) String status) {
    allowed();
    return register.list(contract(contract, false), oneOf("status", status, STATUSES));
  }

  @GetMapping("/roster")
  Map<String, Object> roster(@RequestParam(required = false) String contract) {
    allowed();
    String c = contract(contract, true);
    return Map.of("contract", c, "engineers", register.roster(c, engineers.of(c)));
  }

  @GetMapping("/{changeNumber}")
  StaffChangeRegister.StaffChange read(@PathVariable String changeNumber) {
    allowed();
    return register.find(changeNumber).orElseThrow(() -> new NoSuchElementException("没有人员变更 " + changeNumber
        + " / no staff change " + changeNumber));
  }

  private void allowed() {
    if (!CurrentUser.inAny(identity, READERS)) {
      throw new ActionNotAllowedException("staff-changes", "只有项目经理、应用系统负责人和采购方信息技术部门可以查看人员变更"
          + " / only the project manager, the system owners and the bureau read staff changes");
    }
  }

  private static String contract(String value, boolean required) {
    if ((value == null || value.isBlank()) && !required) {
      return null;
    }
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("contract", "参数 contract 必填 / parameter 'contract' is required");
    }
    return oneOf("contract", value, StaffChangeProcess.CONTRACTS);
  }

  private static String oneOf(String field, String value, List<String> allowed) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!allowed.contains(value.trim())) {
      throw new InvalidInputException(field, "参数 " + field + " 须为 " + String.join("、", allowed) + " 之一 / parameter '"
          + field + "' must be one of " + allowed);
    }
    return value.trim();
  }
}
