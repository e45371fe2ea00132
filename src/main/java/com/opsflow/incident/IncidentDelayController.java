package com.opsflow.incident;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.InvalidInputException;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handler records a delay the user agreed to (B-2.3.13(4)): {@code POST /api/incidents/{n}/delay} with
 * {@code reason}, {@code consentedBy}, {@code agreedResolveAt}. Who recorded it is the authenticated caller.
 */
@RestController
@RequestMapping("/api/incidents/{ticketNumber}/delay")
class IncidentDelayController {

  private final IncidentDelays delays;
  private final IdentityService identity;

  IncidentDelayController(IncidentDelays delays, IdentityService identity) {
    this.delays = delays;
    this.identity = identity;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> agree(@PathVariable String ticketNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    if (!CurrentUser.inAny(identity, java.util.Set.of(OpsFlowGroups.SERVICE_DESK, OpsFlowGroups.SECOND_LINE,
        OpsFlowGroups.TEAM_LEAD, OpsFlowGroups.ADMIN))) {
      throw new AuthorizationException("只有处理事件的一线、二线或项目组长可以登记延期 / only service-desk, second-line or"
          + " team-lead may record a delay");
    }
    if (body == null) {
      throw new InvalidInputException("body", "请求体为空 / request body is missing");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(delays.agree(ticketNumber, CurrentUser.of(identity), body));
  }

  @ExceptionHandler(IllegalStateException.class)
  ResponseEntity<Map<String, Object>> conflict(IllegalStateException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message", e.getMessage()));
  }
}
