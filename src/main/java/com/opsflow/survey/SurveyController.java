package com.opsflow.survey;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A survey with its figures, answers and actions; answers entered by other systems while the collection
 * is open. Visible for whoever may read the survey's process instance (others get 404); answers are entered
 * by the groups of {@link #WRITER_GROUPS} (others get 403).
 */
@RestController
@RequestMapping("/api/surveys")
class SurveyController {

  /** Who enters answers: the desk (who collects them), quality and the project manager (who plan surveys). */
  static final Set<String> WRITER_GROUPS = Set.of(OpsFlowGroups.SERVICE_DESK, OpsFlowGroups.QUALITY,
      OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.ADMIN);

  private final SurveyRegister register;
  private final SurveyService surveys;
  private final HistoryService history;
  private final IdentityService identity;

  SurveyController(SurveyRegister register, SurveyService surveys, HistoryService history, IdentityService identity) {
    this.register = register;
    this.surveys = surveys;
    this.history = history;
    this.identity = identity;
  }

  @GetMapping("/{number}")
  Map<String, Object> survey(@PathVariable String number) {
    SurveyRegister.Survey s = visible(number);
    SurveySummary summary = SurveySummary.of(s.questions(), register.answers(number));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("surveyNumber", s.number());
    body.put("system", s.system());
    body.put("title", s.title());
    body.put("periodFrom", s.periodFrom().toString());
    body.put("periodTo", s.periodTo().toString());
    body.put("status", s.status());
    body.put("questions", s.questions());
    body.put("answerCount", summary.respondents());
    body.put("averages", summary.averages());
    body.put("satisfactionRate", summary.satisfactionRate());
    body.put("comments", summary.comments());
    body.put("actions", register.actions(number));
    return body;
  }

  /** {@code {"respondent": "…", "ratings": [5, 4, …], "comment": "…"}} → 201 with the stored answer's id. */
  @PostMapping("/{number}/answers")
  ResponseEntity<Map<String, Object>> answer(@PathVariable String number,
      @RequestBody(required = false) Map<String, Object> body) {
    SurveyRegister.Survey s = visible(number);
    if (body == null) {
      throw new InvalidInputException("body", "请求体为空 / request body is missing");
    }
    SurveyAnswers.Answer answer = Fields.knownPropertiesOnly(body, b -> {
      Object ratings = b.get("ratings");
      if (ratings != null && !(ratings instanceof List<?>)) {
        throw new InvalidInputException("ratings", "字段 ratings（评分）应为数组，如 [5, 4] / field 'ratings' must be an array");
      }
      return SurveyAnswers.of(b.get("respondent"), (List<?>) ratings, b.get("comment"), s.questions().size());
    });
    if (!CurrentUser.inAny(identity, WRITER_GROUPS)) {
      throw new ActionNotAllowedException("answers", "只有驻场支持岗、质检人员、项目经理可以录入调查答卷 / only service-desk,"
          + " quality and project-manager enter survey answers");
    }
    long id = surveys.addAnswer(number, answer, CurrentUser.of(identity));
    return ResponseEntity.created(URI.create("/api/surveys/" + number))
        .body(Map.of("answerId", id, "answerCount", register.answers(number).size()));
  }

  @ExceptionHandler(IllegalStateException.class)
  ResponseEntity<Map<String, String>> conflict(IllegalStateException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message", e.getMessage()));
  }

  private SurveyRegister.Survey visible(String number) {
    return register.find(number)
        .filter(x -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
            .processDefinitionKey(SatisfactionSurveyProcess.KEY).count() > 0)
        .orElseThrow(() -> new NoSuchElementException("没有满意度调查 " + number + " / no survey " + number));
  }
}
