package com.opsflow.evaluation;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.ScoringDecisions;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.WebappSession;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Service evaluation through REST and Tasklist as the demo users: starting (400, 403, 409), completing the
 * pre-filled sheet (a corrected count without reason is 400), and the scorecard with every item, the
 * annual score and the deduction.
 */
@OpsFlowIntegrationTest
class EvaluationRestTest {

  static final String ENGINEER = "demo-second-line";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repository;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  EvaluationRegister register;
  @Autowired
  ContractYears years;

  RestClient bureau() {
    return RestClient.demo(http, "bureau-it");
  }

  static Map<String, Object> start(String contract, String engineer, String period) {
    return Map.of(Var.CONTRACT, contract, Var.ENGINEER, engineer, Var.PERIOD, period);
  }

  /** A period scored earlier, as the register keeps it. */
  void scored(String contract, String engineer, String period, String score) {
    EvaluationPeriod p = EvaluationPeriod.parse(ScoringDecisions.Contract.of(contract).orElseThrow(), period, years);
    jdbc.update("""
        INSERT INTO evaluation_period (evaluation_number, process_instance_id, contract, engineer, period, contract_year,
          period_from, period_to, status, started_at, score, action, evaluator, evaluated_at)
        VALUES (?, 'earlier', ?, ?, ?, ?, ?, ?, 'scored', ?, ?, 'none', 'demo-bureau-it', ?)""",
        "EV-" + contract + "-" + engineer.replace("demo-", "") + "-" + period, contract, engineer, period,
        p.contractYear(), p.from(), p.to(), Timestamp.valueOf(p.to().atTime(9, 0)), new java.math.BigDecimal(score),
        Timestamp.valueOf(p.to().atTime(9, 0)));
  }

  void runJobs(String processInstanceId) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).list()) {
      management.executeJob(job.getId());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldScoreAPrefilledQuarterThroughEngineRestAndShowItOnTheScorecardWithTheDeduction() {
    scored("tips", ENGINEER, "2021-Q1", "70");
    scored("tips", ENGINEER, "2021-Q2", "80");
    scored("tips", ENGINEER, "2021-Q3", "90");
    jdbc.update("""
        INSERT INTO ticket (ticket_number, ticket_type, system_id, summary, important_period, status, created_at, handler,
          escalation_level, reopen_count, updated_at, response_breached_at) VALUES ('INC-20211103-0009', 'incident', 'tips',
          '缴款书打印失败', FALSE, 'closed', ?, ?, 0, 0, ?, ?)""", Timestamp.valueOf(LocalDateTime.of(2021, 11, 3, 9, 0)),
        ENGINEER, Timestamp.valueOf(LocalDateTime.of(2021, 11, 3, 10, 0)),
        Timestamp.valueOf(LocalDateTime.of(2021, 11, 3, 9, 31)));

    ResponseEntity<Map<String, Object>> startedAnswer = bureau().post(
        "/engine-rest/process-definition/key/" + ServiceEvaluationProcess.KEY + "/start", variables(start("tips", ENGINEER, "2021-Q4")));
    assertThat(startedAnswer.getStatusCode()).as("%s", startedAnswer.getBody()).isEqualTo(HttpStatus.OK);
    String pid = (String) startedAnswer.getBody().get("id");
    Task task = tasks.createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ServiceEvaluationProcess.Element.SCORE_ITEMS);
    assertThat(runtime.getVariable(pid, Var.prefilled(ScoreItem.FAULT_SLOW))).isEqualTo(1);

    String complete = "/engine-rest/task/" + task.getId() + "/complete";
    ResponseEntity<String> noReason = bureau().raw(HttpMethod.POST, complete,
        variables(Map.of(Var.count(ScoreItem.ABSENT), 1)));
    assertThat(noReason.getStatusCode()).as("%s", noReason.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains(Var.reason(ScoreItem.ABSENT), "更正原因");

    ResponseEntity<String> byDesk = RestClient.demo(http, "service-desk").raw(HttpMethod.POST, complete,
        variables(Map.of(Var.EVALUATOR_NOTE, "x")));
    assertThat(byDesk.getStatusCode().is4xxClientError()).as("%s", byDesk.getBody()).isTrue();

    ResponseEntity<String> done = bureau().raw(HttpMethod.POST, complete, variables(Map.of(
        Var.count(ScoreItem.ABSENT), 1, Var.reason(ScoreItem.ABSENT), "11 月 20 日未到岗且未请假",
        Var.EVALUATOR_NOTE, "已与服务商确认")));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    runJobs(pid);

    ResponseEntity<Map<String, Object>> card = bureau().get("/api/scorecards/tips/" + ENGINEER + "/2021");
    assertThat(card.getStatusCode()).as("%s", card.getBody()).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = card.getBody();
    List<Map<String, Object>> periods = (List<Map<String, Object>>) body.get("periods");
    assertThat(periods).extracting(p -> p.get("period")).containsExactly("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4");
    Map<String, Object> q4 = periods.get(3);
    assertThat(q4.get("score")).isEqualTo(65.0); // 80 − 10 (fault-slow) − 5 (absent)
    assertThat(q4.get("evaluator")).isEqualTo("demo-bureau-it");
    List<Map<String, Object>> items = (List<Map<String, Object>>) q4.get("items");
    assertThat(items).hasSize(ScoreItem.values().length);
    Map<String, Object> slow = items.stream().filter(i -> "fault-slow".equals(i.get("item"))).findFirst().orElseThrow();
    assertThat(slow).containsEntry("prefilledCount", 1).containsEntry("count", 1).containsEntry("points", -10)
        .containsEntry("subtotal", -10).containsEntry("corrected", false);
    assertThat((List<String>) slow.get("references")).containsExactly("INC-20211103-0009");
    Map<String, Object> absent = items.stream().filter(i -> "absent".equals(i.get("item"))).findFirst().orElseThrow();
    assertThat(absent).containsEntry("prefilledCount", 0).containsEntry("count", 1).containsEntry("points", -5)
        .containsEntry("corrected", true).containsEntry("correctionReason", "11 月 20 日未到岗且未请假");
    assertThat((List<?>) body.get("missingPeriods")).isEmpty();
    // the engineer's annual score is evidence: (70 + 80 + 90 + 65) / 4 = 76.25; the payment is the vendor's
    assertThat((Map<String, Object>) body.get("annual")).containsEntry("score", 76.25).containsEntry("divisor", 4);
    assertThat(body).doesNotContainKey("payment");
    // A-5.5.3 "当80＞服务商年考核分＞0时 … 扣除金额= 年度合同金额 *（80-年度考核分）/ 80": once, on the vendor's score —
    // tips has one engineer, so 服务商年考核分 = 76.25 and 200000 × (80 − 76.25) / 80 = 9375.00
    ResponseEntity<Map<String, Object>> vendor = bureau().get("/api/vendor-scores/tips/2021");
    assertThat(vendor.getStatusCode()).as("%s", vendor.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) vendor.getBody().get("annual")).containsEntry("score", 76.25)
        .containsEntry("divisor", 4);
    assertThat((Map<String, Object>) vendor.getBody().get("payment")).containsEntry("paysInFull", false)
        .containsEntry("deduction", 9375.0).containsEntry("basis", "DEDUCTION_FORMULA");
    assertThat(RestClient.demo(http, "second-line").get("/api/vendor-scores/tips/2021").getStatusCode())
        .as("an engineer does not read the vendor's score").isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> own = RestClient.demo(http, "second-line").get("/api/scorecards/tips/" + ENGINEER
        + "/2021");
    assertThat(own.getStatusCode()).as("the engineer reads their own scorecard").isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> other = RestClient.demo(http, "service-desk").get("/api/scorecards/tips/" + ENGINEER
        + "/2021");
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new RestClient(http, "no-such-user-ev", "x").get("/api/scorecards/tips/" + ENGINEER + "/2021")
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowAnIncompleteYearWithoutAnnualScore() {
    // oa's contract starts on 1 July here (application-test.yaml): January 2023 belongs to contract year 2022
    scored("oa", "demo-service-desk", "2023-01", "85");
    ResponseEntity<Map<String, Object>> card = bureau().get("/api/scorecards/oa/demo-service-desk/2022");
    assertThat(card.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(card.getBody()).containsEntry("contractYearFrom", "2022-07-01").containsEntry("contractYearTo", "2023-06-30");
    assertThat((List<Map<String, Object>>) card.getBody().get("periods")).extracting(p -> p.get("period"))
        .containsExactly("2023-01");
    assertThat((List<String>) card.getBody().get("missingPeriods")).hasSize(11).startsWith("2022-07").endsWith("2023-06")
        .doesNotContain("2023-01");
    assertThat(card.getBody().get("annual")).isNull();
    ResponseEntity<Map<String, Object>> vendor = bureau().get("/api/vendor-scores/oa/2022");
    assertThat(vendor.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(vendor.getBody().get("annual")).isNull();
    assertThat(vendor.getBody().get("payment")).isNull();
    assertThat(bureau().get("/api/vendor-scores/oa/x").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(bureau().get("/api/scorecards/hr/demo-service-desk/2022").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bureau().get("/api/scorecards/oa/demo-service-desk/20x2").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldStartByHandOnceAndRefuseTheSamePeriodWith409() {
    ResponseEntity<Map<String, Object>> first = bureau().post("/api/evaluations", start("invoice", "demo-service-desk",
        "2023-06"));
    assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) first.getBody().get("evaluationNumber")).startsWith("EV-");

    ResponseEntity<Map<String, Object>> again = bureau().post("/api/evaluations", start("invoice", "demo-service-desk",
        "2023-06"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).contains((String) first.getBody().get("evaluationNumber"));

    ResponseEntity<Map<String, Object>> viaEngine = bureau().post(
        "/engine-rest/process-definition/key/" + ServiceEvaluationProcess.KEY + "/start", variables(start("invoice", "demo-service-desk",
            "2023-06")));
    assertThat(viaEngine.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(viaEngine.getBody())).contains("同一期不能重复评分");

    ResponseEntity<Map<String, Object>> badPeriod = bureau().post("/api/evaluations", start("tips", ENGINEER, "2023-06"));
    assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badPeriod.getBody()).containsEntry("field", "period");

    ResponseEntity<Map<String, Object>> byDesk = RestClient.demo(http, "service-desk").post("/api/evaluations",
        start("oa", "demo-service-desk", "2023-07"));
    assertThat(byDesk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(register.find("oa", "demo-service-desk", "2023-07")).isEmpty();
  }

  @Test
  void shouldStartFromTasklistAndRefuseAnUnreasonedCorrectionThere() {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ServiceEvaluationProcess.KEY)
        .latestVersion().singleResult().getId();
    WebappSession tasklist = WebappSession.login(http, "demo-bureau-it", "demo");

    ResponseEntity<String> started = tasklist.postJson("/camunda/api/engine/engine/default/process-definition/"
        + definitionId + "/submit-form", variables(start("oa", ENGINEER, "2024-02")));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(ServiceEvaluationProcess.KEY)
        .variableValueEquals(Var.PERIOD, "2024-02").variableValueEquals(Var.ENGINEER, ENGINEER).singleResult();
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    tasks.claim(task.getId(), "demo-bureau-it");
    String submit = "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form";

    ResponseEntity<String> refused = tasklist.postJson(submit, variables(Map.of(Var.count(ScoreItem.PROACTIVE), 1)));
    assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(Var.reason(ScoreItem.PROACTIVE));

    ResponseEntity<String> done = tasklist.postJson(submit, variables(Map.of(Var.count(ScoreItem.PROACTIVE), 1,
        Var.reason(ScoreItem.PROACTIVE), "主动梳理公文流转配置")));
    assertThat(done.getStatusCode().is2xxSuccessful()).as("%s", done.getBody()).isTrue();
    runJobs(pi.getId());
    assertThat(register.find("oa", ENGINEER, "2024-02").orElseThrow().score()).isEqualByComparingTo("85");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldScoreAnInvoiceMonthLineByLineOnTheConfiguredSheetAndShowTheLinesOnTheScorecard() {
    scored("invoice", "demo-service-desk", "2019-01", "95");
    ResponseEntity<Map<String, Object>> started = bureau().post("/api/evaluations", start("invoice", "demo-service-desk",
        "2019-02"));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.CREATED);
    String pid = (String) started.getBody().get("processInstanceId");
    Task task = tasks.createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ServiceEvaluationProcess.Element.RATE_INVOICE);
    assertThat(runtime.getVariable(pid, Var.INVOICE_SHEET)).isEqualTo("overall,考核评级表总分,\n");
    String complete = "/engine-rest/task/" + task.getId() + "/complete";

    ResponseEntity<String> noSheet = bureau().raw(HttpMethod.POST, complete, variables(Map.of(Var.EVALUATOR_NOTE, "x")));
    assertThat(noSheet.getStatusCode()).as("%s", noSheet.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noSheet.getBody()).contains(Var.INVOICE_SHEET);
    ResponseEntity<String> overMax = bureau().raw(HttpMethod.POST, complete,
        variables(Map.of(Var.INVOICE_SHEET, "overall,考核评级表总分,100.5")));
    assertThat(overMax.getStatusCode()).as("%s", overMax.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(overMax.getBody()).contains("“考核评级表总分”（overall）的得分应在 0 至 100 之间");
    ResponseEntity<String> unknown = bureau().raw(HttpMethod.POST, complete,
        variables(Map.of(Var.INVOICE_SHEET, "考核评级表总分：80\n安全管理：10")));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("第 2 行", "安全管理：10", "不是评级表中的项目");

    ResponseEntity<String> done = bureau().raw(HttpMethod.POST, complete,
        variables(Map.of(Var.INVOICE_SHEET, "考核评级表总分：86.5", Var.EVALUATOR_NOTE, "按二月评级表")));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    runJobs(pid);

    ResponseEntity<Map<String, Object>> card = bureau().get("/api/scorecards/invoice/demo-service-desk/2019");
    assertThat(card.getStatusCode()).as("%s", card.getBody()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> periods = (List<Map<String, Object>>) card.getBody().get("periods");
    assertThat(periods).extracting(p -> p.get("period")).containsExactly("2019-01", "2019-02");
    Map<String, Object> february = periods.get(1);
    assertThat(february.get("score")).isEqualTo(86.5);
    assertThat(february.get("evaluatorNote")).isEqualTo("按二月评级表");
    assertThat((List<Map<String, Object>>) february.get("sheetLines")).containsExactly(
        Map.of("code", "overall", "label", "考核评级表总分", "points", 86.5, "max", 100.0));
    assertThat((List<?>) february.get("items")).as("invoice: only items with records, none this month").isEmpty();
    assertThat((List<?>) periods.get(0).get("sheetLines")).isEmpty();
    // invoice averages the months given: (95 + 86.5) / 2 = 90.75 ≥ 90 pays in full
    assertThat((Map<String, Object>) card.getBody().get("annual")).containsEntry("score", 90.75).containsEntry("divisor", 2);
    // C: 年平均分90（含90）分以上按合同总金额支付 — on the vendor's score (one invoice engineer)
    assertThat((Map<String, Object>) bureau().get("/api/vendor-scores/invoice/2019").getBody().get("payment"))
        .containsEntry("paysInFull", true);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldDeductOnceFromTheVendorsScoreMadeFromItsEngineersAcrossFirstJanuary() {
    // oa contract year 2025 = 2025-07 … 2026-06 (application-test.yaml). demo-service-desk scores 70 every month;
    // demo-second-line 80 but is not scored in 2026-03 (replaced): that month the vendor's score is the one engineer's
    for (java.time.YearMonth m = java.time.YearMonth.of(2025, 7); m.isBefore(java.time.YearMonth.of(2026, 7));
        m = m.plusMonths(1)) {
      scored("oa", "demo-service-desk", m.toString(), "70");
      if (!m.toString().equals("2026-03")) {
        scored("oa", "demo-second-line", m.toString(), "80");
      }
    }
    ResponseEntity<Map<String, Object>> vendor = bureau().get("/api/vendor-scores/oa/2025");
    assertThat(vendor.getStatusCode()).as("%s", vendor.getBody()).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = vendor.getBody();
    assertThat(body).containsEntry("mode", "average").containsEntry("contractYearFrom", "2025-07-01");
    List<Map<String, Object>> periods = (List<Map<String, Object>>) body.get("periods");
    assertThat(periods).hasSize(12).first().extracting(p -> p.get("period")).isEqualTo("2025-07");
    assertThat(periods.get(0).get("vendorScore")).isEqualTo(75.0);
    assertThat((List<?>) periods.get(0).get("engineers")).as("the engineers' scores kept as evidence").hasSize(2);
    assertThat(periods.get(8)).containsEntry("period", "2026-03").containsEntry("vendorScore", 70.0);
    // B-2.6.2 年考核分= 月考核分总和/12: (11 × 75 + 70) / 12 = 74.58; B-2.6.3 扣除金额= 年度合同金额 *（80-年度考核分）/ 80
    // once for the vendor: 250000 × (960 − 895) / 960 = 16927.08
    assertThat((Map<String, Object>) body.get("annual")).containsEntry("score", 74.58).containsEntry("divisor", 12);
    assertThat((Map<String, Object>) body.get("payment")).containsEntry("paysInFull", false)
        .containsEntry("deduction", 16927.08).containsEntry("contractAmount", 250000);
    assertThat((List<?>) body.get("missingPeriods")).isEmpty();
    assertThat(RestClient.demo(http, "project-manager").get("/api/vendor-scores/oa/2025").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldLetTheEvaluatorsEvaluateTheScoringDecisionsAsThemselves() {
    Map<String, Object> input = variables(Map.of(ScoringDecisions.Var.CONTRACT, "oa", ScoringDecisions.Var.ITEM,
        "knowledge-base"));
    String evaluate = "/engine-rest/decision-definition/key/" + ScoringDecisions.SCORE_ITEM + "/evaluate";

    ResponseEntity<String> asBureau = bureau().raw(HttpMethod.POST, evaluate, input);
    assertThat(asBureau.getStatusCode()).as("%s", asBureau.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(asBureau.getBody()).contains("\"points\"", "10");
    ResponseEntity<String> asOwner = RestClient.demo(http, "system-owner").raw(HttpMethod.POST,
        "/engine-rest/decision-definition/key/" + ScoringDecisions.SCORE_ACTION + "/evaluate",
        variables(Map.of(ScoringDecisions.Var.CONTRACT, "tips", ScoringDecisions.Var.SCORE, 45.0,
            ScoringDecisions.Var.PERIODS_BELOW_50, 1, ScoringDecisions.Var.CONSECUTIVE_BELOW_40, 0)));
    assertThat(asOwner.getStatusCode()).as("%s", asOwner.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(asOwner.getBody()).contains("replace-engineer");
    assertThat(RestClient.demo(http, "service-desk").raw(HttpMethod.POST, evaluate, input).getStatusCode())
        .as("the desk can neither read nor evaluate the scoring rules").isEqualTo(HttpStatus.NOT_FOUND);
  }
}
