package com.opsflow.release;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketService;
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
 * Releases: open one when a patch or version arrives ({@code POST /api/releases}), read it with the
 * problems it resolves and its history ({@code GET /api/releases/{number}}). The engine's authorizations
 * decide who may; the patch report is under {@code /api/tickets/{number}/documents}.
 */
@RestController
@RequestMapping("/api/releases")
class ReleaseController {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ReleaseStartValidator validator;
  private final ReleaseRegister register;
  private final TicketService tickets;

  ReleaseController(RuntimeService runtime, HistoryService history, ReleaseStartValidator validator,
      ReleaseRegister register, TicketService tickets) {
    this.runtime = runtime;
    this.history = history;
    this.validator = validator;
    this.register = register;
    this.tickets = tickets;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> open(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("body", "请求体为空 / request body is missing");
    }
    ProcessInstance instance = runtime.createProcessInstanceByKey(ReleaseProcess.KEY).setVariables(validator.validate(body))
        .execute();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("releaseNumber", instance.getBusinessKey());
    answer.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create("/api/releases/" + instance.getBusinessKey())).body(answer);
  }

  @GetMapping("/{number}")
  Map<String, Object> release(@PathVariable String number) {
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ReleaseProcess.KEY)
        .processInstanceBusinessKey(number).count() == 0) {
      throw new NoSuchElementException("没有发布单 " + number + " / no release " + number);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("release", register.find(number).orElseThrow(() -> new NoSuchElementException("没有发布单 " + number)));
    answer.put("problems", register.problems(number));
    answer.put("events", tickets.events(number));
    return answer;
  }
}
