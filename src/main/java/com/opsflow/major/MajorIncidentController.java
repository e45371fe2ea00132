package com.opsflow.major;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.Fields;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Second line (or the team lead) declares a running incident major: {@code POST /api/incidents/{n}/major} with
 * {@code reason} and, optionally, {@code faultOccurredAt} (B-2.3.14; default: when the ticket was reported).
 */
@RestController
@RequestMapping("/api/incidents/{ticketNumber}/major")
class MajorIncidentController {

  private final MajorIncidentDeclaration declaration;
  private final IdentityService identity;

  MajorIncidentController(MajorIncidentDeclaration declaration, IdentityService identity) {
    this.declaration = declaration;
    this.identity = identity;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> declare(@PathVariable String ticketNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    if (!CurrentUser.inAny(identity, java.util.Set.of(OpsFlowGroups.SECOND_LINE, OpsFlowGroups.TEAM_LEAD,
        OpsFlowGroups.ADMIN))) {
      throw new AuthorizationException("只有二线技术支持或项目组长可以宣布重大事件 / only second-line or team-lead may"
          + " declare a major incident");
    }
    Map<String, Object> given = body == null ? Map.of() : body;
    String reason = Fields.knownPropertiesOnly(given, b -> {
      b.get(MajorIncidentProcess.Var.FAULT_OCCURRED_AT); // optional, checked by the declaration
      return Fields.requiredLines(b, "reason", "宣布原因", 2000);
    });
    String id = declaration.declare(ticketNumber, CurrentUser.of(identity), reason,
        given.get(MajorIncidentProcess.Var.FAULT_OCCURRED_AT));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("ticketNumber", ticketNumber, "processInstanceId", id));
  }
}
