package com.opsflow.release;

import com.opsflow.support.TestSmtp;
import com.opsflow.support.Mails;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.opsflow.mail.MailService;
import com.opsflow.problem.ProblemProcess;
import com.opsflow.release.ReleaseProcess.Element;
import com.opsflow.release.ReleaseProcess.Var;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.PlanApprovals;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Releases through /api/releases: opened by second line with the problems they resolve; when the upgrade
 * is verified and the release closes, each linked problem is told (its ticket, its open task, a mail to
 * second line); the announcement reaches the designated contact and the extra addresses.
 */
@OpsFlowIntegrationTest
class ReleaseRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  MailService mail;

  static Map<String, Object> release(String problems) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "tips");
    v.put(Var.KIND, "patch");
    v.put(Var.VERSION, "TIPS-V3.2.1-P06");
    v.put(Var.SUMMARY, "三方协议验证补丁");
    v.put(Var.DESCRIPTION, "修复三方协议验证回执丢失");
    v.put(Var.AFFECTED_OFFICES, "全区各级税务机关");
    v.put(Var.ANNOUNCE_TO, "office-a@tax.example.cn, office-b@tax.example.cn");
    v.put(Var.PROBLEM_NUMBERS, problems);
    return v;
  }

  String openProblem() {
    Map<String, Object> problem = Map.of("problemType", "program", "system", "tips", "summary", "三方协议验证回执丢失",
        "description", "部分银行的验证回执未返回税务端");
    return (String) RestClient.demo(http, "second-line").post("/api/problems", problem).getBody().get("problemNumber");
  }

  void completeAs(ProcessInstance pi, String taskKey, Object... keyValues) {
    new ProcessDriver(engine).completeAs(pi, taskKey, "demo-second-line", "second-line", keyValues);
  }

  void runJobs(ProcessInstance pi) {
    for (int i = 0; i < 5; i++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).messages().list();
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  void sendMails(String businessKey) {
    for (ProcessInstance mail : runtime.createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(businessKey).list()) {
      management.createJobQuery().processInstanceId(mail.getId()).list().forEach(j -> management.executeJob(j.getId()));
    }
  }

  @Test
  void shouldTellTheLinkedProblemWhenTheReleaseCloses() throws Exception {
    String problem = openProblem();
    RestClient secondLine = RestClient.demo(http, "second-line");

    ResponseEntity<Map<String, Object>> opened = secondLine.post("/api/releases", release(problem));

    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) opened.getBody().get("releaseNumber");
    String later = openProblem();
    assertThat(secondLine.post("/api/releases/" + number + "/problems", Map.of("problemNumber", later)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(secondLine.post("/api/releases/" + number + "/problems", Map.of("problemNumber", later)).getStatusCode())
        .as("linked once").isEqualTo(HttpStatus.CONFLICT);
    assertThat(secondLine.post("/api/releases/" + number + "/problems", Map.of("problemNumber", "PRB-20200101-0009"))
        .getBody()).containsEntry("field", "problemNumber");
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    completeAs(pi, Element.REVIEW, Var.REVIEW_OUTCOME, "proceed", Var.REVIEW_NOTE, "适用", Var.IMPACT_LEVEL, "low",
        Var.IMPACT_ANALYSIS, "三方协议验证", Var.RELEASE_PLAN, "替换补丁包", Var.ROLLBACK_PLAN, "恢复原补丁包",
        Var.WINDOW_START, "2026-01-10T20:00+08:00", Var.WINDOW_END, "2026-01-10T21:00+08:00");
    completeAs(pi, Element.TEST, Var.TEST_RESULT, "passed", Var.TEST_NOTE, "通过");
    new PlanApprovals(engine).approveAll(pi);
    // B-2.4.4.1(7) "由广西国税统一发布": the bureau publishes even a low-impact patch it did not review
    RestClient bureau = RestClient.demo(http, "bureau-it");
    String publish = "/engine-rest/task/" + new ProcessDriver(engine).task(pi, Element.PUBLISH).getId() + "/complete";
    ResponseEntity<String> noNote = bureau.raw(HttpMethod.POST, publish, RestClient.variables(Map.of()));
    assertThat(noNote.getStatusCode()).as("%s", noNote.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> published = bureau.raw(HttpMethod.POST, publish,
        RestClient.variables(Map.of(Var.PUBLISH_OUTCOME, ReleaseProcess.PUBLISHED, Var.PUBLISH_NOTE, "省局统一下发")));
    assertThat(published.getStatusCode()).as("%s", published.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    new ProcessDriver(engine).fireTimer(pi, Element.WINDOW);
    ProcessDriver.resetClock();
    completeAs(pi, Element.UPGRADE, Var.UPGRADE_RESULT, "done", Var.UPGRADE_NOTE, "完成");
    completeAs(pi, Element.VERIFY, Var.VERIFY_RESULT, "passed", Var.VERIFY_NOTE, "验证回执正常");
    runJobs(pi);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    Map<String, Object> answer = secondLine.get("/api/releases/" + number).getBody();
    assertThat((Map<String, Object>) answer.get("release")).containsEntry("status", ReleaseProcess.RELEASED);
    assertThat((List<Map<String, Object>>) answer.get("problems")).hasSize(2)
        .allSatisfy(p -> assertThat(p).containsEntry("notifyResult", "told-open"))
        .extracting(p -> p.get("problemNumber")).containsExactlyInAnyOrder(problem, later);
    assertThat(secondLine.post("/api/releases/" + number + "/problems", Map.of("problemNumber", openProblem()))
        .getStatusCode()).as("closed releases take no more problems").isEqualTo(HttpStatus.CONFLICT);
    assertThat(secondLine.raw(HttpMethod.GET, "/api/problems/" + problem, null).getBody())
        .contains("release-linked", "release-deployed", number);
    ProcessInstance problemInstance = runtime.createProcessInstanceQuery().processDefinitionKey(ProblemProcess.KEY)
        .processInstanceBusinessKey(problem).singleResult();
    Task problemTask = engine.getTaskService().createTaskQuery().processInstanceId(problemInstance.getId()).singleResult();
    assertThat(engine.getTaskService().getTaskComments(problemTask.getId())).extracting(c -> c.getFullMessage())
        .anyMatch(m -> m.contains(number) && m.contains("升级生产"));
    assertThat(secondLine.raw(HttpMethod.GET, "/api/tickets/" + number + "/documents", null).getBody())
        .contains(ReleaseProcess.REPORT_KIND, number + "-补丁升级报告.docx");

    GreenMail smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    try {
      sendMails(number);
      sendMails(problem);
      MimeMessage announcement = Arrays.stream(smtp.getReceivedMessages())
          .filter(m -> subject(m).startsWith("【OpsFlow】补丁升级通知")).findFirst().orElseThrow();
      assertThat(announcement.getAllRecipients()).extracting(Object::toString)
          .contains("tips-contact@tax.example.gov.cn", "office-a@tax.example.cn", "office-b@tax.example.cn",
              "demo-service-desk@opsflow.local");
      MimeMessage toProblem = Arrays.stream(smtp.getReceivedMessages())
          .filter(m -> subject(m).contains("问题单 " + problem)).findFirst().orElseThrow();
      assertThat(toProblem.getAllRecipients()).extracting(Object::toString).contains("demo-second-line@opsflow.local");
      assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReleaseRestTest::subject))
          .anyMatch(s -> s.startsWith("【OpsFlow】补丁升级报告 " + number));
    } finally {
      smtp.stop();
    }
  }

  @Test
  void shouldRefuseUnknownProblemsAndGroupsThatDoNotReleasePatches() {
    ResponseEntity<Map<String, Object>> bad = RestClient.demo(http, "second-line").post("/api/releases",
        release("PRB-20200101-0001"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).containsEntry("field", "problemNumbers");
    assertThat(RestClient.demo(http, "service-desk").post("/api/releases", release("")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.demo(http, "second-line").get("/api/releases/REL-20200101-0001").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldRenderEveryReleaseAndMigrationMailInChinese() throws Exception {
    String release = (String) RestClient.demo(http, "second-line").post("/api/releases", release("")).getBody()
        .get("releaseNumber");
    String migration = (String) RestClient.demo(http, "second-line").post("/api/migrations", Map.of("system", "oa",
        "migrationType", "data-center", "requestingOffice", "区局", "summary", "机房搬迁", "description", "整体搬迁")).getBody()
        .get("migrationNumber");
    GreenMail smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    try {
      for (String template : List.of("release-announcement", "release-rejected", "release-rolled-back", "release-report")) {
        mail.send(template, "team-lead", release, null, "补丁或版本名称：三方协议验证补丁");
      }
      for (String template : List.of("migration-rejected", "migration-rolled-back", "migration-closed")) {
        mail.send(template, "team-lead", migration, null, "迁移事由：机房搬迁");
      }
      MimeMessage[] sent = smtp.getReceivedMessages();
      assertThat(sent).hasSize(7);
      for (MimeMessage m : sent) {
        String body = Mails.text(m);
        assertThat(subject(m)).startsWith("【OpsFlow】").containsAnyOf(release, migration).doesNotContain("${");
        assertThat(body).doesNotContain("${").containsAnyOf("三方协议验证补丁", "机房搬迁");
      }
    } finally {
      smtp.stop();
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
