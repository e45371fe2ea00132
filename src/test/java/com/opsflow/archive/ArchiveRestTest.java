package com.opsflow.archive;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.archive.ArchiveRegister.NewDocument;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The archive through HTTP as the demo users: the register ({@code /api/archive/documents}, {@code /loans}) for the
 * document administrator and managers only, a 《档案借阅单》 with bad input answered 400 naming the field, and a
 * change its requester cannot approve, even holding the system owner's group (403).
 */
@OpsFlowIntegrationTest
class ArchiveRestTest {

  static final String OWNER_AND_KEEPER = "archive-owner-keeper";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  ArchiveRegister register;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  @BeforeEach
  void user() {
    users.create(OWNER_AND_KEEPER, "负责人兼文档管理员", "system-owner", "document-admin");
  }

  long archived(String system, String title) {
    return register.receive(system, new NewDocument(title, "管理文档", "V1", "2页", null), null, "demo-second-line",
        "demo-document-admin", null);
  }

  @Test
  void shouldShowTheRegisterToTheDocumentAdminAndManagersOnly() {
    long oa = archived("oa", "OA系统资产清单（REST）");
    long tips = archived("tips", "税库银资产清单（REST）");

    ResponseEntity<Map<String, Object>> byAdmin = RestClient.demo(http, "document-admin")
        .get("/api/archive/documents?system=oa");
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> documents = (List<Map<String, Object>>) byAdmin.getBody().get("documents");
    assertThat(documents).extracting(d -> ((Number) d.get("id")).longValue()).contains(oa).doesNotContain(tips);
    assertThat(documents).filteredOn(d -> ((Number) d.get("id")).longValue() == oa).first()
        .satisfies(d -> assertThat(d).containsEntry("title", "OA系统资产清单（REST）").containsEntry("status", "archived"));
    assertThat(RestClient.demo(http, "system-owner").get("/api/archive/documents").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(RestClient.demo(http, "service-desk").get("/api/archive/documents?system=oa").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badSystem = RestClient.demo(http, "document-admin").raw(HttpMethod.GET,
        "/api/archive/documents?system=erp", null);
    assertThat(badSystem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badSystem.getBody()).contains("system");
  }

  @Test
  void shouldStartALoanOverRestListItOnLoanAndAnswer400ForBadInput() {
    long document = archived("invoice", "发票系统接口文档（REST）");
    RestClient desk = RestClient.demo(http, "service-desk");
    String start = "/engine-rest/process-definition/key/" + ArchiveLoanProcess.KEY + "/start";
    Map<String, Object> v = new HashMap<>();
    v.put(ArchiveLoanProcess.Var.DOCUMENT, document);
    v.put(ArchiveLoanProcess.Var.BORROWER, "demo-service-desk");
    v.put(ArchiveLoanProcess.Var.PURPOSE, "排查开票接口问题");
    v.put(ArchiveLoanProcess.Var.DUE_DATE, LocalDate.now().plusDays(7).toString());
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(ArchiveLoanProcess.KEY).count();

    Map<String, Object> past = new HashMap<>(v);
    past.put(ArchiveLoanProcess.Var.DUE_DATE, "2020-01-01");
    ResponseEntity<String> bad = desk.raw(HttpMethod.POST, start, variables(past));
    assertThat(bad.getStatusCode()).as("%s", bad.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains(ArchiveLoanProcess.Var.DUE_DATE);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ArchiveLoanProcess.KEY).count())
        .isEqualTo(before);

    ResponseEntity<String> started = desk.raw(HttpMethod.POST, start, variables(v));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance loan = runtime.createProcessInstanceQuery().processDefinitionKey(ArchiveLoanProcess.KEY)
        .variableValueEquals(ArchiveLoanProcess.Var.DOCUMENT, document).singleResult();
    Task approve = tasks.createTaskQuery().processInstanceId(loan.getId()).singleResult();
    ResponseEntity<String> issued = RestClient.demo(http, "document-admin").raw(HttpMethod.POST,
        "/engine-rest/task/" + approve.getId() + "/complete",
        variables(Map.of(ArchiveLoanProcess.Var.DECISION, "issued")));
    assertThat(issued.getStatusCode()).as("%s", issued.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> onLoan = RestClient.demo(http, "project-manager")
        .get("/api/archive/loans?status=on-loan");
    assertThat(onLoan.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(onLoan.getBody().get("loans").toString()).contains(loan.getBusinessKey(), "demo-service-desk");
    assertThat(RestClient.demo(http, "second-line").get("/api/archive/loans").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.demo(http, "document-admin").raw(HttpMethod.GET, "/api/archive/loans?status=lost", null)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldAnswer403WhenTheRequesterOfAChangeApprovesItThroughTheEngineApi() {
    long document = archived("oa", "OA系统权限设计（REST）");
    RestClient requester = new RestClient(http, OWNER_AND_KEEPER, "demo");
    Map<String, Object> v = new HashMap<>();
    v.put(ArchiveChangeProcess.Var.DOCUMENT, document);
    v.put(ArchiveChangeProcess.Var.KIND, "replacement");
    v.put(ArchiveChangeProcess.Var.NEW_TITLE, "OA系统权限设计（修订）");
    v.put(ArchiveChangeProcess.Var.NEW_VERSION, "V2");
    v.put(ArchiveChangeProcess.Var.NEW_PAGES, "4页");
    v.put(ArchiveChangeProcess.Var.REASON, "角色调整");
    ResponseEntity<String> started = requester.raw(HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ArchiveChangeProcess.KEY + "/start", variables(v));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance change = runtime.createProcessInstanceQuery().processDefinitionKey(ArchiveChangeProcess.KEY)
        .variableValueEquals(ArchiveChangeProcess.Var.DOCUMENT, document).singleResult();
    String complete = "/engine-rest/task/" + tasks.createTaskQuery().processInstanceId(change.getId()).singleResult()
        .getId() + "/complete";

    ResponseEntity<String> own = requester.raw(HttpMethod.POST, complete,
        variables(Map.of(ArchiveChangeProcess.Var.DECISION, "approved")));
    assertThat(own.getStatusCode()).as("%s", own.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(own.getBody()).contains("申请人不能审批");
    assertThat(register.change(change.getBusinessKey()).orElseThrow().status()).isEqualTo("requested");

    ResponseEntity<String> other = RestClient.demo(http, "system-owner").raw(HttpMethod.POST, complete,
        variables(Map.of(ArchiveChangeProcess.Var.DECISION, "approved")));
    assertThat(other.getStatusCode()).as("%s", other.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register.change(change.getBusinessKey()).orElseThrow().decidedBy()).isEqualTo("demo-system-owner");
  }
}
