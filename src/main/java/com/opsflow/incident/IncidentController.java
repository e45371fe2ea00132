package com.opsflow.incident;

import static com.opsflow.incident.IncidentProcess.Var;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake for other systems (hotline, WeChat bots, mail gateways): records an incident with the SPEC
 * §3 start variables and answers with its ticket number. Runs as the authenticated caller.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

  private final RuntimeService runtime;
  private final IncidentStartValidator validator;

  IncidentController(RuntimeService runtime, IncidentStartValidator validator) {
    this.runtime = runtime;
    this.validator = validator;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> report(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("body", "请求体为空 / request body is missing");
    }
    Map<String, Object> variables = Fields.knownPropertiesOnly(body, validator::validate);
    // the priority comes back with the start itself: once the ticket is committed nothing else may fail, else a
    // client told "500" retries and the ticket exists twice (issue 14, fault scenarios)
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(IncidentProcess.KEY)
        .setVariables(variables)
        .executeWithVariablesInReturn();
    String ticketNumber = instance.getBusinessKey();
    Map<String, Object> answer = new HashMap<>();
    answer.put("ticketNumber", ticketNumber);
    answer.put("processInstanceId", instance.getId());
    answer.put(Var.PRIORITY, instance.getVariables().get(Var.PRIORITY));
    return ResponseEntity.created(URI.create("/api/tickets/" + ticketNumber)).body(answer);
  }
}
