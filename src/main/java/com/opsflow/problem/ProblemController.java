package com.opsflow.problem;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
 * Problems for second line and other systems: open one ({@code POST /api/problems}), read it with its
 * summary report and linked incidents ({@code GET /api/problems/{number}}), link an incident
 * ({@code POST /api/problems/{number}/incidents}). The engine's authorizations decide who may.
 */
@RestController
@RequestMapping("/api/problems")
class ProblemController {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final ProblemStartValidator validator;
  private final ProblemService problems;

  ProblemController(RuntimeService runtime, HistoryService history, IdentityService identity,
      ProblemStartValidator validator, ProblemService problems) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.validator = validator;
    this.problems = problems;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> open(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("body", "请求体为空 / request body is missing");
    }
    ProcessInstance instance = runtime.createProcessInstanceByKey(ProblemProcess.KEY)
        .setVariables(Fields.knownPropertiesOnly(body, validator::validate))
        .execute();
    String number = instance.getBusinessKey();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("problemNumber", number);
    answer.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create("/api/problems/" + number)).body(answer);
  }

  @GetMapping("/{number}")
  Map<String, Object> problem(@PathVariable String number) {
    Problem problem = problems.find(number).filter(this::visible)
        .orElseThrow(() -> new NoSuchElementException("没有问题单 " + number + " / no problem " + number));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("problem", problem);
    answer.put("incidents", problems.incidents(number));
    answer.put("events", problems.events(number));
    return answer;
  }

  @PostMapping("/{number}/incidents")
  ResponseEntity<Map<String, Object>> link(@PathVariable String number,
      @RequestBody(required = false) Map<String, Object> body) {
    String incident = Fields.knownPropertiesOnly(body == null ? Map.of() : body,
        b -> Fields.requiredText(b, "incidentNumber", "事件单号", 32));
    problems.find(number).filter(p -> !visible(p)).ifPresent(p -> {
      throw new AuthorizationException("无权查看问题单 " + number + " / not allowed to see problem " + number);
    });
    String caller = CurrentUser.of(identity);
    problems.linkIncident(number, incident, caller);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("problemNumber", number);
    answer.put("incidents", problems.incidents(number));
    return ResponseEntity.ok(answer);
  }

  private boolean visible(Problem problem) {
    return problem.processInstanceId() != null
        && history.createHistoricProcessInstanceQuery().processInstanceId(problem.processInstanceId()).count() > 0;
  }
}
