package com.opsflow.evaluation;

import com.opsflow.engine.CurrentUser;
import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartIntake;
import com.opsflow.security.OpsFlowGroups;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service evaluation over HTTP: an engineer's scorecard for a contract year (the bureau, the vendor's
 * managers, and the engineer themself), and starting an evaluation by hand (409 when the period is
 * already evaluated; who may start is the engine's authorization: bureau-it).
 */
@RestController
class EvaluationController {

  static final List<String> SCORECARD_READERS = List.of(OpsFlowGroups.BUREAU_IT, OpsFlowGroups.SYSTEM_OWNER,
      OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.TEAM_LEAD, OpsFlowGroups.ADMIN);

  private final Scorecards scorecards;
  private final RuntimeService runtime;
  private final IdentityService identity;

  EvaluationController(Scorecards scorecards, RuntimeService runtime, IdentityService identity) {
    this.scorecards = scorecards;
    this.runtime = runtime;
    this.identity = identity;
  }

  @GetMapping("/api/scorecards/{contract}/{engineer}/{contractYear}")
  Scorecards.Scorecard scorecard(@PathVariable String contract, @PathVariable String engineer,
      @PathVariable String contractYear) {
    boolean allowed = engineer.equals(CurrentUser.of(identity)) || CurrentUser.inAny(identity, SCORECARD_READERS);
    if (!allowed) {
      throw new ActionNotAllowedException("engineer", "只有采购方、服务商项目经理/组长和驻场工程师本人可以查看考评记录"
          + " / only the bureau, the vendor's managers and the engineer may read a scorecard");
    }
    int year;
    try {
      year = Integer.parseInt(contractYear);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("contractYear", "合同年度应为四位年份，收到 '" + contractYear
          + "' / contractYear must be a year");
    }
    return scorecards.scorecard(contract, engineer, year);
  }

  /** The vendor's annual score and payment of a contract year (the bureau and the vendor's managers; not engineers). */
  @GetMapping("/api/vendor-scores/{contract}/{contractYear}")
  Scorecards.VendorScorecard vendorScorecard(@PathVariable String contract, @PathVariable String contractYear) {
    boolean allowed = CurrentUser.inAny(identity, SCORECARD_READERS);
    if (!allowed) {
      throw new ActionNotAllowedException("contract", "只有采购方和服务商项目经理/组长可以查看服务商年考核分"
          + " / only the bureau and the vendor's managers may read the vendor's score");
    }
    return scorecards.vendorScorecard(contract, year(contractYear));
  }

  private static int year(String contractYear) {
    try {
      return Integer.parseInt(contractYear);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("contractYear", "合同年度应为四位年份，收到 '" + contractYear
          + "' / contractYear must be a year");
    }
  }

  @PostMapping("/api/evaluations")
  ResponseEntity<Map<String, Object>> start(@RequestBody Map<String, Object> body) {
    Map<String, Object> vars = Fields.knownPropertiesOnly(body, b -> {
      Map<String, Object> v = new HashMap<>();
      for (String key : List.of(Var.CONTRACT, Var.ENGINEER, Var.PERIOD)) {
        v.put(key, b.get(key)); // as sent: the start listener refuses a number or object where a text belongs
      }
      return v;
    });
    ProcessInstance pi;
    try {
      pi = runtime.createProcessInstanceByKey(ServiceEvaluationProcess.KEY).setVariables(vars).execute();
    } catch (ProcessEngineException e) {
      throw refusal(e);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("evaluationNumber", pi.getBusinessKey());
    answer.put("processInstanceId", pi.getId());
    answer.put(StartIntake.TICKET_NUMBER, pi.getBusinessKey());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  /** The start listener's refusal (bad input, period taken) comes wrapped by the engine. */
  private static RuntimeException refusal(ProcessEngineException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return e;
  }

  @ExceptionHandler(EvaluationConflictException.class)
  ResponseEntity<Map<String, String>> conflict(EvaluationConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "field", e.field(),
        "message", e.getMessage()));
  }
}
