package com.opsflow.attachment;

import static com.opsflow.security.OpsFlowGroups.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.document.TicketDocuments;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.support.WebappSession;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 16, docs/adr/0011: attachments of a ticket over /api — uploaded, listed and downloaded byte for byte by whoever
 * sees the ticket, recorded in its history; refused with a Chinese reason when too big or not what the name says, to
 * other groups (403), across tickets (404); with the webapps' session only with its CSRF token; files uploaded before
 * the report taken by the reporter's next incident. Tagged "integration": the PostgreSQL suite runs it too.
 */
@OpsFlowIntegrationTest
class AttachmentRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  @Autowired
  AttachmentProperties properties;

  @Test
  void shouldUploadListAndDownloadAScreenshotWithItsChineseNameAndRecordItOnTheTicket() {
    String ticket = incident();
    byte[] png = TestFiles.png();

    ResponseEntity<Map<String, Object>> uploaded = upload(SERVICE_DESK, ticket, "C:\\桌面\\错误截图.PNG", png);
    assertThat(uploaded.getStatusCode()).as("%s", uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(uploaded.getBody()).containsEntry("fileName", "错误截图.png").containsEntry("contentType", "image/png")
        .containsEntry("uploadedBy", "demo-service-desk");
    long id = ((Number) uploaded.getBody().get("id")).longValue();

    ResponseEntity<List<Map<String, Object>>> list = RestClient.demo(http, PROJECT_MANAGER)
        .getList("/api/tickets/" + ticket + "/attachments");
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).singleElement().satisfies(file -> {
      assertThat(file).containsEntry("fileName", "错误截图.png").containsEntry("uploadedBy", "demo-service-desk");
      assertThat(((Number) file.get("size")).longValue()).isEqualTo(png.length);
    });

    ResponseEntity<byte[]> download = download(SECOND_LINE, ticket, id);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(png);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
        .contains("filename*=UTF-8''" + URLEncoder.encode("错误截图.png", StandardCharsets.UTF_8));

    assertThat(tickets.events(ticket)).filteredOn(e -> Attachments.EVENT.equals(e.eventType())).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("demo-service-desk");
          assertThat(e.detail()).startsWith("错误截图.png（");
        });
  }

  @Test
  void shouldRefuseAFileTooBigOrNotWhatItsNameSaysWithAChineseReasonAndKeepNothing() {
    String ticket = incident();
    byte[] tooBig = Arrays.copyOf(TestFiles.png(), (int) properties.maxSize().toBytes() + 1);

    ResponseEntity<Map<String, Object>> big = upload(SERVICE_DESK, ticket, "大截图.png", tooBig);
    assertThat(big.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) big.getBody().get("message")).contains("超过上限 10.0 MB");
    ResponseEntity<Map<String, Object>> disguised = upload(SERVICE_DESK, ticket, "截图.png",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) disguised.getBody().get("message")).contains("文件内容是文本文件，与扩展名 .png 不符");
    ResponseEntity<Map<String, Object>> page = upload(SERVICE_DESK, ticket, "page.html",
        "<html></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) page.getBody().get("message")).contains("不支持的文件类型 .html");

    assertThat(RestClient.demo(http, SERVICE_DESK).getList("/api/tickets/" + ticket + "/attachments").getBody())
        .isEmpty();
    assertThat(tickets.events(ticket)).extracting(TicketEventRecord::eventType).doesNotContain(Attachments.EVENT);
  }

  @Test
  void shouldRefuseGroupsThatDoNotSeeTheTicketAndAnswer404ForNoTicket() {
    String ticket = incident();
    long id = id(upload(SERVICE_DESK, ticket, "log.txt", "ERROR 打印失败".getBytes(StandardCharsets.UTF_8)));

    for (String group : List.of(VENDOR, QUALITY, KNOWLEDGE)) {
      RestClient other = RestClient.demo(http, group);
      ResponseEntity<Map<String, Object>> list = other.get("/api/tickets/" + ticket + "/attachments");
      assertThat(list.getStatusCode()).as(group).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) list.getBody().get("message")).contains("您无权查看工单 " + ticket);
      assertThat(download(group, ticket, id).getStatusCode()).as(group).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(upload(group, ticket, "x.txt", "x".getBytes(StandardCharsets.UTF_8)).getStatusCode()).as(group)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(RestClient.demo(http, SERVICE_DESK).get("/api/tickets/INC-20990101-0001/attachments").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(RestClient.demo(http, SERVICE_DESK).getList("/api/tickets/" + ticket + "/attachments").getBody())
        .hasSize(1);
  }

  @Test
  void shouldFindAFileOnlyUnderItsOwnTicketAndNeverAReportAsAnAttachment() {
    String first = incident();
    String second = incident();
    long firstFile = id(upload(SERVICE_DESK, first, "a.pdf", TestFiles.pdf()));
    long report = documents.store(second, "analysis-report", "报告.docx", TicketDocuments.DOCX, TestFiles.docx(),
        "demo-second-line");

    assertThat(download(SERVICE_DESK, second, firstFile).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(download(SERVICE_DESK, second, report).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(download(SERVICE_DESK, first, firstFile).getBody()).isEqualTo(TestFiles.pdf());
  }

  @Test
  void shouldUploadWithTheWebappSessionOnlyWithItsCsrfToken() {
    String ticket = incident();
    WebappSession desk = WebappSession.login(http, "demo-service-desk", "demo");
    assertThat(desk.csrfToken()).isNotBlank();
    String path = "/api/tickets/" + ticket + "/attachments";

    ResponseEntity<String> forged = desk.postFile(path, "forged.png", TestFiles.png(), false);
    assertThat(forged.getStatusCode()).as(forged.getBody()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> fromThePage = desk.postFile(path, "截图.png", TestFiles.png(), true);
    assertThat(fromThePage.getStatusCode()).as(fromThePage.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> session = desk.get("/api/session");
    assertThat(session.getBody()).contains("\"userId\":\"demo-service-desk\"")
        .contains("\"csrfToken\":\"" + desk.csrfToken() + "\"");

    assertThat(RestClient.demo(http, SERVICE_DESK).getList(path).getBody()).extracting(f -> f.get("fileName"))
        .containsExactly("截图.png");
  }

  @Test
  void shouldRefuseASessionUploadWithAWrongTokenAndEveryOtherSessionWrite() {
    String ticket = incident();
    WebappSession desk = WebappSession.login(http, "demo-service-desk", "demo");
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + sessionId(desk));
    headers.add("X-XSRF-TOKEN", "guessed-token");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<String> guessed = http.exchange("/api/tickets/" + ticket + "/attachments", HttpMethod.POST,
        new HttpEntity<>(WebappSession.file("a.png", TestFiles.png()), headers), String.class);
    assertThat(guessed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(desk.postJson("/api/incidents", ProcessDriver.incidentVariables("oa", "office", "low"))
        .getStatusCode()).as("other POSTs stay Basic only").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(RestClient.demo(http, SERVICE_DESK).getList("/api/tickets/" + ticket + "/attachments").getBody())
        .isEmpty();
  }

  @Test
  void shouldAttachFilesUploadedBeforeTheReportToTheReportersNextIncident() {
    RestClient desk = RestClient.demo(http, SERVICE_DESK);
    ResponseEntity<Map<String, Object>> draft = upload(SERVICE_DESK, null, "开票错误.png", TestFiles.png());
    assertThat(draft.getStatusCode()).as("%s", draft.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(desk.getList("/api/attachment-drafts").getBody()).extracting(f -> f.get("fileName"))
        .containsExactly("开票错误.png");
    assertThat(RestClient.demo(http, SECOND_LINE).get("/api/attachment-drafts").getStatusCode())
        .as("second line reports no incidents").isEqualTo(HttpStatus.FORBIDDEN);

    String ticket = incident();

    List<Map<String, Object>> attached = desk.getList("/api/tickets/" + ticket + "/attachments").getBody();
    assertThat(attached).extracting(f -> f.get("fileName")).containsExactly("开票错误.png");
    assertThat(download(SECOND_LINE, ticket, ((Number) attached.get(0).get("id")).longValue()).getBody())
        .isEqualTo(TestFiles.png());
    assertThat(desk.getList("/api/attachment-drafts").getBody()).isEmpty();
    assertThat(tickets.events(ticket)).filteredOn(e -> Attachments.EVENT.equals(e.eventType())).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("开票错误.png").contains("报告时上传"));
    assertThat(desk.getList("/api/tickets/" + incident() + "/attachments").getBody())
        .as("the next incident takes nothing").isEmpty();
  }

  @Test
  void shouldLetTheReporterWithdrawTheirOwnDraftBeforeTheReportWithTheCsrfTokenOnly() {
    WebappSession desk = WebappSession.login(http, "demo-service-desk", "demo");
    ResponseEntity<String> uploaded = desk.postFile("/api/attachment-drafts", "选错的文件.pdf", TestFiles.pdf(), true);
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) RestClient.demo(http, SERVICE_DESK).getList("/api/attachment-drafts").getBody().get(0)
        .get("id")).longValue();
    String path = "/api/attachment-drafts/" + id;

    assertThat(desk.delete(path, false).getStatusCode()).as("forged").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(desk.delete(path, true).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(desk.delete(path, true).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(RestClient.demo(http, SERVICE_DESK).getList("/api/attachment-drafts").getBody()).isEmpty();
    assertThat(RestClient.demo(http, SERVICE_DESK).getList("/api/tickets/" + incident() + "/attachments").getBody())
        .isEmpty();
  }

  @Test
  void shouldLetSecondLineAttachAndDownloadOnAnEscalatedIncidentFromItsTask() {
    String ticket = incident();
    long screenshot = id(upload(SERVICE_DESK, ticket, "报错截图.png", TestFiles.png()));
    complete(SERVICE_DESK, ticket, "Task_LookupKnowledge", Map.of());
    complete(SERVICE_DESK, ticket, "Task_AnalyseFirstLine", Map.of("analysis", "重推待办无效",
        "firstLineOutcome", "escalate", "escalationReason", "需要查服务器日志"));
    assertThat(taskIds(SECOND_LINE, ticket, "Task_HandleEscalated")).as("second line's task, whose form links here")
        .hasSize(1);

    byte[] log = "2026-12-03 10:00:01 ERROR 待办推送超时".getBytes(StandardCharsets.UTF_8);
    long serverLog = id(upload(SECOND_LINE, ticket, "服务器日志.log", log));

    assertThat(RestClient.demo(http, SECOND_LINE).getList("/api/tickets/" + ticket + "/attachments").getBody())
        .extracting(f -> f.get("fileName")).containsExactly("报错截图.png", "服务器日志.log");
    assertThat(download(SECOND_LINE, ticket, screenshot).getBody()).isEqualTo(TestFiles.png());
    assertThat(download(SERVICE_DESK, ticket, serverLog).getBody()).as("the desk verifies with it").isEqualTo(log);
  }

  @Test
  void shouldLetTheGroupsWorkingAProblemAttachAndDownloadOnItsTicketTheVendorWhileItHasATaskOfIt() {
    Map<String, Object> problem = new HashMap<>();
    problem.put("problemType", "program");
    problem.put("system", "oa");
    problem.put("summary", "公文流转节点人员同步缺失");
    problem.put("description", "组织机构同步后部分环节人员为空");
    ResponseEntity<Map<String, Object>> opened = RestClient.demo(http, SECOND_LINE).post("/api/problems", problem);
    assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
    String ticket = (String) opened.getBody().get("problemNumber");

    long analysis = id(upload(SECOND_LINE, ticket, "复现步骤.txt", "1. 同步组织机构".getBytes(StandardCharsets.UTF_8)));
    for (String group : List.of(SECOND_LINE, TEAM_LEAD, SYSTEM_OWNER)) {
      assertThat(download(group, ticket, analysis).getStatusCode()).as(group).isEqualTo(HttpStatus.OK);
    }
    assertThat(download(VENDOR, ticket, analysis).getStatusCode()).as("not yet the vendor's")
        .isEqualTo(HttpStatus.FORBIDDEN);

    complete(SECOND_LINE, ticket, "Task_CommunicateProgram", Map.of("communicationNote", "与办公室确认"));
    complete(SECOND_LINE, ticket, "Task_Reproduce", Map.of("userEnvironment", "Windows 10，Chrome 120",
        "testEnvironment", "OA 测试环境", "reproduceSteps", "同步组织机构后发文", "reproduceOutcome", "reproduced"));
    complete(SECOND_LINE, ticket, "Task_AnalyseProgram", Map.of("rootCause", "同步程序未处理兼职人员"));
    complete(SECOND_LINE, ticket, "Task_Workaround", Map.of("workaround", "手工补录环节人员"));
    complete(SECOND_LINE, ticket, "Task_HandOverToVendor", Map.of("vendorChannel", "tasklist",
        "handOverNote", "附复现步骤"));
    assertThat(taskIds(VENDOR, ticket, "Task_VendorAnswer")).as("the vendor's task, whose form links here").hasSize(1);

    assertThat(download(VENDOR, ticket, analysis).getBody()).isEqualTo("1. 同步组织机构".getBytes(StandardCharsets.UTF_8));
    long fix = id(upload(VENDOR, ticket, "修复说明.pdf", TestFiles.pdf()));
    assertThat(download(SECOND_LINE, ticket, fix).getBody()).isEqualTo(TestFiles.pdf());
    assertThat(RestClient.demo(http, QUALITY).get("/api/tickets/" + ticket + "/attachments").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldTellThePageHowLongDraftsWait() {
    ResponseEntity<Map<String, Object>> terms = RestClient.demo(http, SERVICE_DESK).get("/api/attachment-drafts/terms");

    assertThat(terms.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(terms.getBody()).containsEntry("draftHours", properties.draftHours())
        .containsEntry("maxDraftsPerUser", properties.maxDraftsPerUser());
    assertThat(RestClient.demo(http, SECOND_LINE).get("/api/attachment-drafts/terms").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private List<String> taskIds(String group, String ticket, String taskDefinitionKey) {
    return RestClient.demo(http, group).getList("/engine-rest/task?processInstanceBusinessKey=" + ticket
        + "&taskDefinitionKey=" + taskDefinitionKey).getBody().stream().map(t -> (String) t.get("id")).toList();
  }

  private void complete(String group, String ticket, String taskDefinitionKey, Map<String, Object> variables) {
    List<String> ids = taskIds(group, ticket, taskDefinitionKey);
    assertThat(ids).as(taskDefinitionKey).hasSize(1);
    Map<String, Object> body = new HashMap<>();
    variables.forEach((name, value) -> body.put(name, Map.of("value", value)));
    ResponseEntity<String> answer = RestClient.demo(http, group).raw(HttpMethod.POST,
        "/engine-rest/task/" + ids.get(0) + "/complete", Map.of("variables", body));
    assertThat(answer.getStatusCode()).as("complete %s: %s", taskDefinitionKey, answer.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String incident() {
    ResponseEntity<Map<String, Object>> answer = RestClient.demo(http, SERVICE_DESK)
        .post("/api/incidents", ProcessDriver.incidentVariables("oa", "office", "medium"));
    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
    return (String) answer.getBody().get("ticketNumber");
  }

  /** Uploads with HTTP Basic as the group's demo user; to the drafts when {@code ticket} is null. */
  private ResponseEntity<Map<String, Object>> upload(String group, String ticket, String fileName, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo-" + group, "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    String path = ticket == null ? "/api/attachment-drafts" : "/api/tickets/" + ticket + "/attachments";
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(WebappSession.file(fileName, content), headers),
        new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { });
  }

  private ResponseEntity<byte[]> download(String group, String ticket, long id) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo-" + group, "demo");
    return http.exchange("/api/tickets/" + ticket + "/attachments/" + id, HttpMethod.GET, new HttpEntity<>(headers),
        byte[].class);
  }

  private static long id(ResponseEntity<Map<String, Object>> uploaded) {
    assertThat(uploaded.getStatusCode()).as("%s", uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    return ((Number) uploaded.getBody().get("id")).longValue();
  }

  private static String sessionId(WebappSession session) {
    return session.cookie("JSESSIONID");
  }
}
