package com.opsflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.migration.MigrationProcess.Element;
import com.opsflow.migration.MigrationProcess.Var;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.PlanApprovals;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The migration checklist through /api/migrations/{number}/checklist (JSON and CSV) and the switch-over
 * refused over the engine REST API (400 with the mismatching tables) until every table matches.
 */
@OpsFlowIntegrationTest
class MigrationRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;

  static Map<String, Object> migration() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "invoice");
    v.put(Var.TYPE, "application");
    v.put(Var.DATA_MIGRATION, true);
    v.put(Var.REQUESTING_OFFICE, "区局征管科技处");
    v.put(Var.SUMMARY, "发票系统数据库迁移");
    v.put(Var.DESCRIPTION, "数据库迁移到新存储");
    return v;
  }


  ProcessInstance implemented(String number) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(MigrationProcess.KEY).singleResult();
    new ProcessDriver(engine).completeAs(pi, Element.SURVEY, "demo-second-line", "second-line", Var.ENVIRONMENT_BEFORE, "旧存储",
        Var.ENVIRONMENT_AFTER, "新存储");
    new ProcessDriver(engine).completeAs(pi, Element.PLAN, "demo-second-line", "second-line", Var.MIGRATION_PLAN, "导出导入", Var.ROLLBACK_PLAN, "切回");
    new ProcessDriver(engine).completeAs(pi, Element.TEST, "demo-second-line", "second-line", Var.TEST_RESULT, "passed", Var.TEST_NOTE, "通过");
    new ProcessDriver(engine).completeAs(pi, Element.CONFIRM, "demo-system-owner", "system-owner", Var.USER_DECISION, "confirmed", Var.USER_NOTE, "同意");
    new PlanApprovals(engine).approveAll(pi);
    new ProcessDriver(engine).completeAs(pi, Element.IMPLEMENT, "demo-second-line", "second-line", Var.IMPLEMENT_RESULT, "done", Var.IMPLEMENT_NOTE, "完成");
    return pi;
  }

  ResponseEntity<Map<String, Object>> postCsv(String user, String number, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.setBasicAuth(user, "demo");
    return http.exchange("/api/migrations/" + number + "/checklist", HttpMethod.POST, new HttpEntity<>(csv, headers),
        new ParameterizedTypeReference<Map<String, Object>>() { });
  }

  ResponseEntity<String> completeOverRest(String taskId, Map<String, Object> variables) {
    return RestClient.demo(http, "second-line").raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        RestClient.variables(variables));
  }

  static Map<String, Object> switchOver() {
    return Map.of(Var.FUNCTION_VERIFIED, true, Var.VERIFICATION_NOTE, "开票、查询功能正常", Var.VERIFY_OUTCOME, "switch-over");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldRefuseTheSwitchOverWhileATableDoesNotMatch() {
    RestClient secondLine = RestClient.demo(http, "second-line");
    ResponseEntity<Map<String, Object>> opened = secondLine.post("/api/migrations", migration());
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) opened.getBody().get("migrationNumber");
    ProcessInstance pi = implemented(number);

    ResponseEntity<Map<String, Object>> json = secondLine.post("/api/migrations/" + number + "/checklist", List.of(
        Map.of("table", "FP_INVOICE", "rowsBefore", 802311, "rowsAfter", 802311, "checksumBefore", "c0ffee01",
            "checksumAfter", "c0ffee01"),
        Map.of("table", "FP_ITEM", "rowsBefore", 2204511, "rowsAfter", 2204500, "checksumBefore", "77aa", "checksumAfter",
            "77ab")));
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody()).containsEntry("switchOverAllowed", false);
    assertThat((List<String>) json.getBody().get("mismatches")).containsExactly("FP_ITEM：行数 2204511 → 2204500，校验值 77aa → 77ab");
    assertThat((String) runtime.getVariable(pi.getId(), Var.CHECKLIST_SUMMARY)).contains("1 张不一致");

    Task verify = new ProcessDriver(engine).task(pi, Element.VERIFY);
    ResponseEntity<String> refused = completeOverRest(verify.getId(), switchOver());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("数据核对不一致，不能切换", "FP_ITEM");

    ResponseEntity<Map<String, Object>> csv = postCsv("demo-second-line", number,
        "table,rowsBefore,rowsAfter,checksumBefore,checksumAfter\nFP_ITEM,2204511,2204511,77aa,77AA\n");
    assertThat(csv.getBody()).containsEntry("switchOverAllowed", true);
    assertThat((List<?>) csv.getBody().get("lines")).hasSize(2);

    assertThat(completeOverRest(verify.getId(), switchOver()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    new ProcessDriver(engine).task(pi, Element.SWITCH_OVER);
    new ProcessDriver(engine).completeAs(pi, Element.SWITCH_OVER, "demo-second-line", "second-line", Var.SWITCH_OVER_RESULT, "done",
        Var.SWITCH_OVER_NOTE, "已切换");

    ResponseEntity<Map<String, Object>> late = postCsv("demo-second-line", number, "FP_ITEM,1,1,a,a");
    assertThat(late.getStatusCode()).as("no change after the switch-over").isEqualTo(HttpStatus.CONFLICT);
    Map<String, Object> read = RestClient.demo(http, "team-lead").get("/api/migrations/" + number).getBody();
    assertThat((Map<String, Object>) read.get("migration")).containsEntry("status", MigrationProcess.SWITCHED_OVER);
    assertThat((Map<String, Object>) read.get("checklist")).containsEntry("switchOverAllowed", true);
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldNameTheLineOfBadInputAndRefuseOtherGroups() {
    String number = (String) RestClient.demo(http, "second-line").post("/api/migrations", migration()).getBody()
        .get("migrationNumber");

    ResponseEntity<Map<String, Object>> bad = postCsv("demo-second-line", number, "FP_ITEM,12,x,aa,aa");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).containsEntry("field", "checklist");
    assertThat((String) bad.getBody().get("message")).contains("第 1 行（FP_ITEM）：迁移后行数应为非负整数");
    assertThat(postCsv("demo-second-line", number, "FP_ITEM,12,12").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.demo(http, "second-line").post("/api/migrations/" + number + "/checklist", Map.of("x", 1))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postCsv("demo-service-desk", number, "FP_ITEM,12,12,aa,aa").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.demo(http, "second-line").get("/api/migrations/MIG-20200101-0001/checklist").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    Map<String, Object> missing = new HashMap<>(migration());
    missing.remove(Var.TYPE);
    ResponseEntity<Map<String, Object>> noType = RestClient.demo(http, "second-line").post("/api/migrations", missing);
    assertThat(noType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noType.getBody()).containsEntry("field", Var.TYPE);
  }
}
