package com.opsflow.archive;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.SupportedSystems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive register (B-2.4.6.3(1): 档案统一管理，入库出库记录): {@code GET /api/archive/documents?system=} and
 * {@code GET /api/archive/loans?status=}. The document administrator and the managers read it; others get 403.
 */
@RestController
@RequestMapping("/api/archive")
class ArchiveController {

  static final Set<String> READERS = Set.of(OpsFlowGroups.DOCUMENT_ADMIN, OpsFlowGroups.PROJECT_MANAGER,
      OpsFlowGroups.TEAM_LEAD, OpsFlowGroups.SYSTEM_OWNER, OpsFlowGroups.BUREAU_IT, OpsFlowGroups.ADMIN);
  static final List<String> LOAN_STATUSES = List.of("requested", "refused", "on-loan", "overdue", "returned");

  private final ArchiveRegister register;
  private final IdentityService identity;

  ArchiveController(ArchiveRegister register, IdentityService identity) {
    this.register = register;
    this.identity = identity;
  }

  @GetMapping("/documents")
  Map<String, Object> documents(@RequestParam(required = false) String system) {
    requireReader();
    String s = blankToNull(system);
    if (s != null && !SupportedSystems.CODES.contains(s)) {
      throw new InvalidInputException("system", "参数 system 必须是 " + String.join("、", SupportedSystems.CODES)
          + " 之一 / parameter 'system' must be one of " + SupportedSystems.CODES);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("system", s);
    body.put("documents", register.documents(s));
    return body;
  }

  @GetMapping("/loans")
  Map<String, Object> loans(@RequestParam(required = false) String status) {
    requireReader();
    String s = blankToNull(status);
    if (s != null && !LOAN_STATUSES.contains(s)) {
      throw new InvalidInputException("status", "参数 status 必须是 " + String.join("、", LOAN_STATUSES)
          + " 之一 / parameter 'status' must be one of " + LOAN_STATUSES);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", s);
    body.put("loans", register.loans(s));
    return body;
  }

  private void requireReader() {
    boolean allowed = CurrentUser.inAny(identity, READERS);
    if (!allowed) {
      throw new ActionNotAllowedException("user", "只有文档管理员、项目经理、项目组长、应用系统负责人和信息技术部门可以查看档案登记簿"
          + " / only the document administrator and managers read the archive register");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
