package com.opsflow.knowledge;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.support.Acting;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.support.WebappSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** /api/knowledge and the knowledge process through the engine REST API, as the demo users use them. */
@OpsFlowIntegrationTest
class KnowledgeRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  IdentityService identityService;

  RestClient knowledge;
  RestClient desk;
  RestClient admin;

  @BeforeEach
  void users() {
    knowledge = RestClient.demo(http, "knowledge");
    desk = RestClient.demo(http, "service-desk");
    admin = new RestClient(http, "admin", "admin");
  }

  @Test
  void shouldSearchRankedAndFilteredBySystem() {
    ResponseEntity<List<Map<String, Object>>> answer = desk.getList("/api/knowledge/search?q=缴款书&system=tips&limit=5");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> hits = answer.getBody();
    assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(hits.get(0)).containsEntry("id", "KB-0001").containsEntry("title", "电子缴款书打印失败")
        .containsKeys("symptom", "score");
    assertThat((String) hits.get(0).get("symptom")).contains("电子缴款书打印失败");
    for (int i = 1; i < hits.size(); i++) {
      assertThat(((Number) hits.get(i - 1).get("score")).doubleValue())
          .isGreaterThanOrEqualTo(((Number) hits.get(i).get("score")).doubleValue());
    }
    assertThat(desk.getList("/api/knowledge/search?q=缴款书&system=oa").getBody())
        .extracting(h -> h.get("id")).doesNotContain("KB-0001");
  }

  @Test
  void shouldRefuseBadSearchStatisticsAndRetireInputNamingTheField() {
    assertBadRequest(desk.get("/api/knowledge/search?system=tips"), "q");
    assertBadRequest(desk.get("/api/knowledge/search?q=缴款书&system=erp"), "system");
    assertBadRequest(desk.get("/api/knowledge/search?q=缴款书&limit=0"), "limit");
    assertBadRequest(desk.get("/api/knowledge/search?q=缴款书&limit=abc"), "limit");
    assertBadRequest(desk.get("/api/knowledge/statistics"), "month");
    assertBadRequest(desk.get("/api/knowledge/statistics?month=2026-13"), "month");
    assertBadRequest(knowledge.post("/api/knowledge/articles/KB-0006/retire", Map.of("reason", " ")), "reason");
    assertThat(desk.get("/api/knowledge/articles/KB-9999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(RestClient.anonymous(http).raw(HttpMethod.GET, "/api/knowledge/search?q=缴款书", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldShowAnArticleWithItsCurrentVersionAndVersionList() {
    ResponseEntity<Map<String, Object>> answer = desk.get("/api/knowledge/articles/KB-0002");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("id", "KB-0002").containsEntry("system", "tips")
        .containsEntry("status", "published").containsEntry("category", "interface");
    @SuppressWarnings("unchecked")
    Map<String, Object> current = (Map<String, Object>) answer.getBody().get("current");
    assertThat(current).containsEntry("versionNo", 1).containsEntry("title", "三方协议验证失败");
    assertThat((String) current.get("cause")).isNotBlank();
    assertThat((List<?>) answer.getBody().get("versions")).hasSize(1);
  }

  @Test
  void shouldReportMonthlyStatistics() {
    ResponseEntity<Map<String, Object>> answer = desk.get("/api/knowledge/statistics?month=2026-01");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the six migrated articles count as published in January 2026
    assertThat(answer.getBody()).containsEntry("month", "2026-01");
    assertThat((Map<String, Object>) answer.getBody().get("total")).containsEntry("new", 6);
    assertThat((Map<String, Object>) answer.getBody().get("bySystem")).containsKeys("tips", "oa", "invoice");
    assertThat((Map<String, Object>) answer.getBody().get("byCategory")).containsKeys("operation", "data", "other");
  }

  @Test
  void shouldLetOnlyTheKnowledgeGroupRetireAndNotFindRetiredArticles() {
    String id = publishThroughTheProcess("会议签到二维码无法生成", "生成会议签到二维码时页面空白。", "更新二维码组件。");

    assertThat(desk.post("/api/knowledge/articles/" + id + "/retire", Map.of("reason", "功能下线")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(desk.getList("/api/knowledge/search?q=签到二维码&system=oa").getBody()).extracting(h -> h.get("id"))
        .contains(id);

    ResponseEntity<Map<String, Object>> retired = knowledge.post("/api/knowledge/articles/" + id + "/retire",
        Map.of("reason", "会议签到功能已下线"));
    assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retired.getBody()).containsEntry("status", "retired").containsEntry("retireReason", "会议签到功能已下线");
    assertThat(desk.getList("/api/knowledge/search?q=签到二维码&system=oa").getBody()).extracting(h -> h.get("id"))
        .doesNotContain(id);
    assertThat(knowledge.post("/api/knowledge/articles/" + id + "/retire", Map.of("reason", "再次停用")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void shouldRefuseTheAuthorsOwnReviewWith403AndAcceptAnotherReviewer() {
    String id = startByHand("公文归档失败", "归档时提示档案接口超时。", "延长档案接口超时时间后重新归档。");
    String draft = claim(knowledge, id, "Task_DraftArticle");
    assertThat(complete(knowledge, draft, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String review = claim(knowledge, id, "Task_ReviewArticle");
    ResponseEntity<String> refused = complete(knowledge, review, Map.of("reviewOutcome", "approved"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("作者不能审核自己的条目").contains("demo-knowledge");
    assertThat(taskService.createTaskQuery().taskId(review).count()).isEqualTo(1);

    taskService.setAssignee(review, null);
    assertThat(complete(admin, review, Map.of("reviewOutcome", "approved")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(desk.get("/api/knowledge/articles/" + id).getBody()).containsEntry("status", "published");
  }

  /**
   * Issue 9 (outside probe, critical): the author rewrote or deleted {@code knowledgeAuthor} on the review
   * task and then published their own article. Every way of changing the variable is refused with 403
   * naming it, and the rule rests on who completed the draft (the register), so even a variable changed
   * behind the API's back does not let the author review.
   */
  @Test
  void shouldKeepTheAuthorFromReviewingByRewritingOrDeletingTheAuthorVariable() {
    String id = startByHand("督办事项无法办结", "办结按钮灰色不可用。", "补齐督办事项的承办部门后办结。");
    complete(knowledge, claim(knowledge, id, "Task_DraftArticle"), Map.of());
    String review = claim(knowledge, id, "Task_ReviewArticle");
    String instance = taskService.createTaskQuery().taskId(review).singleResult().getProcessInstanceId();

    ResponseEntity<String> put = knowledge.raw(HttpMethod.PUT, "/engine-rest/task/" + review
        + "/variables/knowledgeAuthor", Map.of("value", "someone-else", "type", "String"));
    ResponseEntity<String> delete = knowledge.raw(HttpMethod.DELETE, "/engine-rest/task/" + review
        + "/variables/knowledgeAuthor", null);
    ResponseEntity<String> modify = knowledge.raw(HttpMethod.POST, "/engine-rest/task/" + review + "/variables",
        Map.of("modifications", Map.of("knowledgeAuthor", Map.of("value", "someone-else")), "deletions", List.of()));
    ResponseEntity<String> local = knowledge.raw(HttpMethod.PUT, "/engine-rest/task/" + review
        + "/localVariables/knowledgeAuthor", Map.of("value", "someone-else", "type", "String"));
    ResponseEntity<String> onInstance = knowledge.raw(HttpMethod.PUT, "/engine-rest/process-instance/" + instance
        + "/variables/knowledgeAuthor", Map.of("value", "someone-else", "type", "String"));
    ResponseEntity<String> slashVariant = knowledge.raw(HttpMethod.PUT, "/engine-rest/task/" + review
        + "/variables/knowledgeAuthor/", Map.of("value", "someone-else", "type", "String"));
    for (ResponseEntity<String> refused : List.of(put, delete, modify, local, onInstance, slashVariant)) {
      assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("knowledgeAuthor").doesNotContain("Exception:", "\tat ");
    }
    assertThat(runtimeVariable(review, "knowledgeAuthor")).isEqualTo("demo-knowledge");

    ResponseEntity<String> smuggled = complete(knowledge, review, Map.of("reviewOutcome", "approved",
        "knowledgeAuthor", "someone-else"));
    assertThat(smuggled.getStatusCode()).as(smuggled.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(smuggled.getBody()).contains("knowledgeAuthor");

    // even if the variable were changed or gone, the draft's completer in the register is the author
    runtimeService.setVariable(instance, "knowledgeAuthor", "someone-else");
    ResponseEntity<String> rewritten = complete(knowledge, review, Map.of("reviewOutcome", "approved"));
    assertThat(rewritten.getStatusCode()).as(rewritten.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rewritten.getBody()).contains("作者不能审核自己的条目").contains("demo-knowledge");
    runtimeService.removeVariable(instance, "knowledgeAuthor");
    ResponseEntity<String> deleted = knowledge.raw(HttpMethod.POST, "/engine-rest/task/" + review
        + "/complete;x=1", variables(Map.of("reviewOutcome", "approved")));
    assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    Acting.as(identityService, "demo-knowledge", List.of("knowledge"), () -> {
      assertThatThrownBy(() -> taskService.complete(review, Map.of("reviewOutcome", "approved")))
          .hasMessageContaining("作者不能审核自己的条目");
      assertThatThrownBy(() -> taskService.setVariable(review, "knowledgeAuthor", "someone-else"))
          .isInstanceOf(AuthorizationException.class);
    });
    assertThat(taskService.createTaskQuery().taskId(review).count()).isEqualTo(1);
    assertThat(desk.get("/api/knowledge/articles/" + id).getBody()).doesNotContainEntry("status", "published");
  }

  @Test
  void shouldRefuseTheAuthorsOwnReviewSubmittedFromTasklist() {
    String id = startByHand("收文登记重复", "同一来文被登记两次。", "启用来文号唯一校验。");
    complete(knowledge, claim(knowledge, id, "Task_DraftArticle"), Map.of());
    String review = taskId(knowledge, id, "Task_ReviewArticle");

    WebappSession tasklist = WebappSession.login(http, "demo-knowledge", "demo");
    ResponseEntity<String> refused = tasklist.postJson("/camunda/api/engine/engine/default/task/" + review
        + "/submit-form", variables(Map.of("reviewOutcome", "approved")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("作者不能审核自己的条目");
    assertThat(taskService.createTaskQuery().taskId(review).count()).isEqualTo(1);
  }

  @Test
  void shouldRefuseARejectionWithoutReason() {
    String id = startByHand("通知公告无法置顶", "设置置顶后公告仍按时间排序。", "清理公告缓存。");
    complete(knowledge, claim(knowledge, id, "Task_DraftArticle"), Map.of());
    ResponseEntity<String> answer = complete(admin, taskId(admin, id, "Task_ReviewArticle"),
        Map.of("reviewOutcome", "rejected"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("reviewNote");
  }

  @Test
  void shouldRefuseAStartByHandWithABadCategory() {
    Map<String, Object> vars = article("标题", "现象", "方法");
    vars.put("category", "weather");
    ResponseEntity<String> answer = knowledge.raw(HttpMethod.POST, "/engine-rest/process-definition/key/knowledge/start",
        variables(vars));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("category");
  }

  @Test
  void shouldReviseAPublishedArticleAsANewVersionKeepingTheOldOne() {
    String id = publishThroughTheProcess("督办事项提醒未发送", "督办事项到期后承办人未收到提醒。", "检查消息服务配置。");
    assertThat(desk.post("/api/knowledge/articles/" + id + "/revisions", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> started = knowledge.post("/api/knowledge/articles/" + id + "/revisions", Map.of());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(knowledge.post("/api/knowledge/articles/" + id + "/revisions", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    String pi = (String) started.getBody().get("processInstanceId");
    management.executeJob(management.createJobQuery().processInstanceId(pi).singleResult().getId());

    complete(knowledge, claim(knowledge, id, "Task_DraftArticle"), Map.of("solution", "检查消息服务配置，并重启督办提醒定时任务。"));
    Map<String, Object> inReview = desk.get("/api/knowledge/articles/" + id).getBody();
    assertThat(inReview).containsEntry("status", "published");
    assertThat((Map<String, Object>) inReview.get("current")).containsEntry("versionNo", 1);
    assertThat((List<Map<String, Object>>) inReview.get("versions")).extracting(v -> v.get("status"))
        .containsExactly("published", "in-review");

    complete(admin, taskId(admin, id, "Task_ReviewArticle"), Map.of("reviewOutcome", "approved"));
    Map<String, Object> revised = desk.get("/api/knowledge/articles/" + id).getBody();
    assertThat((Map<String, Object>) revised.get("current")).containsEntry("versionNo", 2);
    assertThat((List<Map<String, Object>>) revised.get("versions")).extracting(v -> v.get("status"))
        .containsExactly("superseded", "published");
    assertThat(desk.getList("/api/knowledge/search?q=督办提醒定时任务&system=oa").getBody()).first()
        .satisfies(h -> assertThat(h).containsEntry("id", id).containsEntry("version", 2));
  }

  @Test
  void shouldRefuseAnUnknownOrUnpublishedArticleAsTheOneThatSolvedTheTicket() {
    ResponseEntity<Map<String, Object>> reported = desk.post("/api/incidents",
        new HashMap<>(ProcessDriver.incidentVariables("tips", "individual", "low")));
    String ticket = (String) reported.getBody().get("ticketNumber");
    List<Map<String, Object>> tasks = desk.getList("/engine-rest/task?processInstanceBusinessKey=" + ticket
        + "&taskDefinitionKey=Task_LookupKnowledge").getBody();
    String lookup = (String) tasks.get(0).get("id");
    assertThat(((String) runtimeVariable(lookup, "knowledgeHits"))).contains("【KB-0001】");

    ResponseEntity<String> unknown = complete(desk, lookup, Map.of("knowledgeArticleUsed", "KB-9999"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("knowledgeArticleUsed").contains("KB-9999");
    assertThat(complete(desk, lookup, Map.of("knowledgeArticleUsed", "KB-0001")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Object runtimeVariable(String taskId, String name) {
    return taskService.getVariable(taskId, name);
  }

  static Map<String, Object> article(String title, String symptom, String solution) {
    Map<String, Object> v = new HashMap<>();
    v.put("system", "oa");
    v.put("category", "operation");
    v.put("title", title);
    v.put("symptom", symptom);
    v.put("cause", "");
    v.put("solution", solution);
    v.put("keywords", "");
    return v;
  }

  private String startByHand(String title, String symptom, String solution) {
    ResponseEntity<Map<String, Object>> started = knowledge.post("/engine-rest/process-definition/key/knowledge/start",
        variables(article(title, symptom, solution)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String id = (String) started.getBody().get("businessKey");
    assertThat(id).matches("KB-\\d{4,}");
    return id;
  }

  private String publishThroughTheProcess(String title, String symptom, String solution) {
    String id = startByHand(title, symptom, solution);
    complete(knowledge, claim(knowledge, id, "Task_DraftArticle"), Map.of());
    assertThat(complete(admin, taskId(admin, id, "Task_ReviewArticle"), Map.of("reviewOutcome", "approved"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return id;
  }

  private String taskId(RestClient client, String articleId, String taskDefinitionKey) {
    List<Map<String, Object>> found = client.getList("/engine-rest/task?processInstanceBusinessKey=" + articleId
        + "&taskDefinitionKey=" + taskDefinitionKey).getBody();
    assertThat(found).as("%s of %s", taskDefinitionKey, articleId).hasSize(1);
    return (String) found.get(0).get("id");
  }

  private String claim(RestClient client, String articleId, String taskDefinitionKey) {
    String id = taskId(client, articleId, taskDefinitionKey);
    ResponseEntity<String> claimed = client.raw(HttpMethod.POST, "/engine-rest/task/" + id + "/claim",
        Map.of("userId", "demo-knowledge"));
    assertThat(claimed.getStatusCode()).as("claim: %s", claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return id;
  }

  private static ResponseEntity<String> complete(RestClient client, String taskId, Map<String, Object> vars) {
    return client.raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", variables(vars));
  }

  private static void assertBadRequest(ResponseEntity<Map<String, Object>> answer, String field) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).contains(field);
  }
}
