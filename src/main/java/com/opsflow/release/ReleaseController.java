package com.opsflow.release;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketService;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Releases: open one when a patch or version arrives ({@code POST /api/releases}), read it with the
 * problems it resolves and its history ({@code GET /api/releases/{number}}), link a further problem while
 * it is open ({@code POST /api/releases/{number}/problems}). The engine's authorizations
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
  private final IdentityService identity;
  private final ReleaseService service;

  ReleaseController(RuntimeService runtime, HistoryService history, ReleaseStartValidator validator,
      ReleaseRegister register, TicketService tickets, IdentityService identity, ReleaseService service) {
    this.identity = identity;
    this.service = service;
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
    ProcessInstance instance = runtime.createProcessInstanceByKey(ReleaseProcess.KEY).setVariables(Fields.knownPropertiesOnly(body, validator::validate))
        .execute();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("releaseNumber", instance.getBusinessKey());
    answer.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create("/api/releases/" + instance.getBusinessKey())).body(answer);
  }

  /** Links a further problem the release resolves, while the release is open (409 after). */
  @PostMapping("/{number}/problems")
  ResponseEntity<Map<String, Object>> link(@PathVariable String number, @RequestBody(required = false) Map<String, Object> body) {
    visible(number);
    String problem = Fields.knownPropertiesOnly(body == null ? Map.of() : body,
        b -> validator.problem(Fields.text(b.get("problemNumber"), "problemNumber", "问题单号", false)));
    ReleaseRegister.Release release = register.find(number).orElseThrow();
    if (!ReleaseProcess.OPEN.equals(release.status()) || release.closedAt() != null) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message", "发布单 " + number
          + " 已结束（" + release.status() + "），不能再关联问题单 / release " + number + " is " + release.status()));
    }
    if (register.problems(number).stream().anyMatch(p -> p.problemNumber().equals(problem))) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message", "问题单 " + problem
          + " 已关联到发布单 " + number + " / problem " + problem + " is already linked"));
    }
    String auth = CurrentUser.of(identity);
    service.linkLater(number, problem, auth);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("releaseNumber", number, "problems", register.problems(number)));
  }

  @GetMapping("/{number}")
  Map<String, Object> release(@PathVariable String number) {
    visible(number);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("release", register.find(number).orElseThrow(() -> new NoSuchElementException("没有发布单 " + number)));
    answer.put("problems", register.problems(number));
    answer.put("events", tickets.events(number));
    return answer;
  }

  private void visible(String number) {
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ReleaseProcess.KEY)
        .processInstanceBusinessKey(number).count() == 0) {
      throw new NoSuchElementException("没有发布单 " + number + " / no release " + number);
    }
  }
}
