package com.opsflow.quality;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspection results: {@code GET /api/quality/inspections?engineer=&from=&to=} (weeks starting in
 * [from, to)). Inspectors, team lead, managers and the bureau read everybody's; an engineer only their own.
 */
@RestController
@RequestMapping("/api/quality")
class QualityController {

  static final Set<String> READERS = Set.of(OpsFlowGroups.QUALITY, OpsFlowGroups.TEAM_LEAD,
      OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.SYSTEM_OWNER, OpsFlowGroups.BUREAU_IT, OpsFlowGroups.ADMIN);

  private final QualityInspectionRegister register;
  private final IdentityService identityService;

  QualityController(QualityInspectionRegister register, IdentityService identityService) {
    this.register = register;
    this.identityService = identityService;
  }

  @GetMapping("/inspections")
  Map<String, Object> inspections(@RequestParam(required = false) String engineer,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (!end.isAfter(start)) {
      throw new InvalidInputException("to", "参数 to 应晚于 from / parameter 'to' must be after 'from'");
    }
    String who = engineer == null || engineer.isBlank() ? null : engineer.trim();
    boolean reader = CurrentUser.inAny(identityService, READERS);
    if (!reader && (who == null || !who.equals(CurrentUser.of(identityService)))) {
      throw new ActionNotAllowedException("engineer", "只能查看本人的质检结果；查看他人需质检人员、项目组长或管理人员"
          + " / engineers see only their own inspection results");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("engineer", who);
    body.put("from", start.toString());
    body.put("to", end.toString());
    body.put("inspections", register.inspections(who, null, start, end));
    body.put("flaggedWeeks", register.flags(who, start, end));
    return body;
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(name, "参数 " + name + " 必填（yyyy-MM-dd） / parameter '" + name + "' is required");
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "参数 " + name + " 应为日期 yyyy-MM-dd，收到 '" + value
          + "' / parameter '" + name + "' must be a date yyyy-MM-dd");
    }
  }
}
