package com.opsflow.datamaintenance;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data maintenance through OpsFlow's API: request it (JSON with the start variables, optionally
 * {@code incidentNumber}) and read a ticket's plan versions with their review, test and production results.
 * Runs as the authenticated caller; the engine's authorizations decide who may start and see what.
 */
@RestController
@RequestMapping("/api/data-maintenance")
class DataMaintenanceController {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final DataMaintenanceStartValidator validator;
  private final DataMaintenanceRegister register;

  DataMaintenanceController(RuntimeService runtime, HistoryService history, DataMaintenanceStartValidator validator,
      DataMaintenanceRegister register) {
    this.runtime = runtime;
    this.history = history;
    this.validator = validator;
    this.register = register;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> request(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("body", "请求体为空 / request body is missing");
    }
    ProcessInstance instance = runtime.createProcessInstanceByKey(DataMaintenanceProcess.KEY)
        .setVariables(Fields.knownPropertiesOnly(body, validator::validate))
        .execute();
    String ticketNumber = instance.getBusinessKey();
    return ResponseEntity.created(URI.create("/api/data-maintenance/" + ticketNumber))
        .body(Map.of("ticketNumber", ticketNumber, "processInstanceId", instance.getId()));
  }

  @GetMapping("/{ticketNumber}")
  Map<String, Object> find(@PathVariable String ticketNumber) {
    DataMaintenanceRegister.Request request = register.find(ticketNumber)
        .filter(r -> history.createHistoricProcessInstanceQuery().processInstanceId(r.processInstanceId()).count() > 0)
        .orElseThrow(() -> new NoSuchElementException("没有数据维护单 " + ticketNumber + " / no data maintenance "
            + ticketNumber));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("request", request);
    answer.put("plans", register.plans(ticketNumber));
    return answer;
  }
}
