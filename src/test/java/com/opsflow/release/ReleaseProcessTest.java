package com.opsflow.release;

import static com.opsflow.release.ReleaseProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.document.TicketDocument;
import com.opsflow.document.TicketDocuments;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.problem.ProblemService;
import com.opsflow.release.ReleaseProcess.Var;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.PlanApprovals;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of {@code release}: upgrade, withdrawal, failed test, rework, rejection and both rollbacks. */
@OpsFlowProcessTest
class ReleaseProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String ENGINEER = "demo-second-line";

  @Autowired
  ProcessEngine engine;
  @Autowired
  ReleaseRegister register;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  @Autowired
  ProblemService problems;
  @Autowired
  TicketNumbers numbers;
  @Autowired
  PlatformTransactionManager transactions;
  ProcessDriver driver;
  PlanApprovals approval;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
    approval = new PlanApprovals(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2031, 5, 12, 10, 0).atZone(SHANGHAI).toInstant()));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> patch(String problemNumbers) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "tips");
    v.put(Var.KIND, "patch");
    v.put(Var.VERSION, "TIPS-V3.2.1-P05");
    v.put(Var.SUMMARY, "批量扣款回执超时补丁");
    v.put(Var.DESCRIPTION, "总局下发补丁：优化批量扣款回执处理，修复回执超时");
    v.put(Var.AFFECTED_OFFICES, "全区各市县税务局征收部门");
    v.put(Var.ANNOUNCE_TO, "zhengshou@tax.example.cn");
    v.put(Var.PROBLEM_NUMBERS, problemNumbers);
    return v;
  }

  ProcessInstance start(Map<String, Object> variables) {
    return driver.startAs(ReleaseProcess.KEY, ENGINEER, "second-line", variables);
  }


  void review(ProcessInstance pi, String impact) {
    driver.completeAs(pi, REVIEW, ENGINEER, "second-line", Var.REVIEW_OUTCOME, "proceed", Var.REVIEW_NOTE, "补丁适用于本省版本",
        Var.IMPACT_LEVEL, impact, Var.IMPACT_ANALYSIS, "影响批量扣款功能，升级期间暂停批量扣款",
        Var.RELEASE_PLAN, "1. 备份应用包 2. 停应用 3. 替换补丁 4. 启动并检验", Var.ROLLBACK_PLAN, "恢复备份的应用包并重启",
        Var.WINDOW_START, "2031-05-13T20:00+08:00", Var.WINDOW_END, "2031-05-13T22:00+08:00");
  }

  void test(ProcessInstance pi, String result) {
    driver.completeAs(pi, TEST, ENGINEER, "second-line", Var.TEST_RESULT, result, Var.TEST_NOTE,
        "passed".equals(result) ? "测试环境 12 个用例全部通过" : "测试环境回执处理报错");
  }

  void approvedUpToTheWindow(ProcessInstance pi) {
    review(pi, "low");
    test(pi, "passed");
    approval.approveAll(pi);
    publish(pi);
  }

  /** 统一发布 by the bureau's IT department (B-2.4.4.1(7)). */
  void publish(ProcessInstance pi) {
    driver.completeAs(pi, PUBLISH, "demo-bureau-it", "bureau-it", Var.PUBLISH_OUTCOME, ReleaseProcess.PUBLISHED,
        Var.PUBLISH_NOTE, "经省局运维平台统一下发至全区");
  }

  /** Runs the instance's async continuations (report, problem notification) as the job executor would. */
  void runAsyncSteps(ProcessInstance pi) {
    for (int i = 0; i < 5; i++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  String openProblem() {
    return new TransactionTemplate(transactions).execute(s -> {
      String number = numbers.next("PRB");
      problems.register(number, null, "program", "tips", "tips", "批量扣款回执处理超时", "月末回执处理超过 30 分钟", ENGINEER);
      return number;
    });
  }

  String text(TicketDocument document) throws Exception {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(document.content())))) {
      return extractor.getText();
    }
  }

  @Test
  void shouldUpgradeInTheWindowThenReportAndTellTheLinkedProblems() throws Exception {
    String problem = openProblem();
    ProcessInstance pi = start(patch(problem));

    assertThat(pi.getBusinessKey()).matches("REL-20310512-\\d{4}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW).hasPassed(REGISTER);
    assertThat(register.problems(pi.getBusinessKey())).extracting(ReleaseRegister.LinkedProblem::problemNumber)
        .containsExactly(problem);
    assertThat(tickets.events(problem)).extracting(e -> e.eventType()).contains("release-linked");

    review(pi, "low");
    test(pi, "passed");
    BpmnAwareTests.assertThat(pi).isWaitingAt(DECIDE_APPROVAL);
    approval.runPending(pi);
    BpmnAwareTests.assertThat(pi).hasPassed(DECIDE_APPROVAL).isWaitingAt(APPROVE);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), ApprovalProcess.In.GROUPS)).isEqualTo("team-lead");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), ApprovalProcess.In.REQUIRED)).isEqualTo(1);
    assertThat(approval.calledWith(pi, ApprovalProcess.In.AUTHOR)).isEqualTo(ENGINEER);
    assertThat((String) approval.calledWith(pi, ApprovalProcess.In.DOCUMENT)).contains("回退方案：恢复备份的应用包并重启", "测试环境 12 个用例全部通过");

    approval.approveAll(pi);

    // B-2.4.4.1(7) "版本或补丁的下发需按相关流程进行，由广西国税统一发布": the low-impact patch skipped the bureau's
    // review (team lead only) but not its publication
    BpmnAwareTests.assertThat(pi).isWaitingAt(PUBLISH).hasNotPassed(ANNOUNCE);
    BpmnAwareTests.assertThat(BpmnAwareTests.task(pi)).hasCandidateGroup("bureau-it");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).as("nothing announced before the publication").isEmpty();
    publish(pi);

    BpmnAwareTests.assertThat(pi).hasPassed(PUBLISH, ANNOUNCE).isWaitingAt(WINDOW);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("release-announcement");
    assertThat(tickets.events(pi.getBusinessKey())).anyMatch(e -> "release-published".equals(e.eventType())
        && "demo-bureau-it".equals(e.actor()) && e.detail().contains("统一下发"));
    assertThat(driver.timerJob(pi, WINDOW).getDuedate())
        .isEqualTo(Date.from(LocalDateTime.of(2031, 5, 13, 20, 0).atZone(SHANGHAI).toInstant()));

    driver.fireTimer(pi, WINDOW);
    driver.completeAs(pi, UPGRADE, ENGINEER, "second-line", Var.UPGRADE_RESULT, "done", Var.UPGRADE_NOTE, "20:05 开始，20:40 完成");
    driver.completeAs(pi, VERIFY, ENGINEER, "second-line", Var.VERIFY_RESULT, "passed", Var.VERIFY_NOTE, "批量扣款 3 笔测试正常");
    runAsyncSteps(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_RELEASED, NOTIFY_PROBLEMS, REPORT, MAIL_REPORT, CLOSED)
        .hasNotPassed(ROLL_BACK, START_TRAINING);
    ReleaseRegister.Release release = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(release.status()).isEqualTo(ReleaseProcess.RELEASED);
    assertThat(release.planAuthor()).isEqualTo(ENGINEER);
    assertThat(release.verifiedBy()).isEqualTo(ENGINEER);
    assertThat(release.closedAt()).isNotNull();
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    TicketDocument report = documents.latest(pi.getBusinessKey(), ReleaseProcess.REPORT_KIND).orElseThrow();
    assertThat(report.fileName()).isEqualTo(pi.getBusinessKey() + ReleaseReport.FILE_SUFFIX);
    assertThat(text(report)).contains("补丁升级报告", "TIPS-V3.2.1-P05", "升级成功，发布检验通过", "批量扣款 3 笔测试正常", problem);
    assertThat(driver.notificationTemplates(pi.getBusinessKey()))
        .containsExactlyInAnyOrder("release-announcement", "release-report");
    assertThat(register.problems(pi.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.notifyResult()).isEqualTo(NotifyReleaseProblemsDelegate.TOLD_ENDED));
    assertThat(tickets.events(problem)).anyMatch(e -> "release-deployed".equals(e.eventType())
        && e.detail().contains(pi.getBusinessKey()));
    assertThat(driver.notificationTemplates(problem)).containsExactly("release-problem-fixed");
  }

  /**
   * B-2.4.4.1(7)「版本或补丁的下发需按相关流程进行，由广西国税统一发布」: publishing is the bureau's decision — it may
   * postpone with a reason; the release goes back to the release team, whose revised plan is tested, approved and
   * brought to the bureau again. Nothing is announced or upgraded meanwhile.
   */
  @Test
  void shouldSendThePlanBackToTheReleaseTeamWhenTheBureauPostponesThePublication() {
    ProcessInstance pi = start(patch(""));
    review(pi, "low");
    test(pi, "passed");
    approval.approveAll(pi);

    driver.completeAs(pi, PUBLISH, "demo-bureau-it", "bureau-it", Var.PUBLISH_OUTCOME, ReleaseProcess.POSTPONED,
        Var.PUBLISH_NOTE, "月末征期内暂缓发布，请改在征期结束后的窗口");

    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW).hasNotPassed(ANNOUNCE, WINDOW);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).isEmpty();
    assertThat(tickets.events(pi.getBusinessKey())).anyMatch(e -> "release-publish-postponed".equals(e.eventType())
        && "demo-bureau-it".equals(e.actor()) && e.detail().contains("月末征期内暂缓发布"));
    review(pi, "low");
    test(pi, "passed");
    approval.approveAll(pi);
    publish(pi);
    BpmnAwareTests.assertThat(pi).hasPassed(ANNOUNCE).isWaitingAt(WINDOW);
  }

  /** B-2.4.4.1(7): the bureau may refuse to publish; the release ends not published, the reason on the ticket. */
  @Test
  void shouldCloseTheReleaseAsNotPublishedWhenTheBureauRefusesToPublish() {
    ProcessInstance pi = start(patch(""));
    review(pi, "low");
    test(pi, "passed");
    approval.approveAll(pi);

    driver.completeAs(pi, PUBLISH, "demo-bureau-it", "bureau-it", Var.PUBLISH_OUTCOME, ReleaseProcess.REFUSED,
        Var.PUBLISH_NOTE, "总局已发布替代补丁，本补丁不再下发");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_NOT_PUBLISHED, NOTIFY_NOT_PUBLISHED, NOT_PUBLISHED)
        .hasNotPassed(ANNOUNCE, UPGRADE);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ReleaseProcess.NOT_PUBLISHED);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(tickets.events(pi.getBusinessKey())).anyMatch(e -> "release-publish-refused".equals(e.eventType())
        && "demo-bureau-it".equals(e.actor()) && e.detail().contains("替代补丁"));
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("release-not-published");
  }

  /** Publishing needs the bureau's decision: no outcome is refused, never taken as "published". */
  @Test
  void shouldRefuseAPublicationStepWithoutADecision() {
    ProcessInstance pi = start(patch(""));
    review(pi, "low");
    test(pi, "passed");
    approval.approveAll(pi);

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> driver.completeAs(pi, PUBLISH, "demo-bureau-it", "bureau-it",
        Var.PUBLISH_NOTE, "省局统一下发"))).hasRootCauseInstanceOf(com.opsflow.intake.InvalidInputException.class)
        .hasMessageContaining("publishOutcome");
    BpmnAwareTests.assertThat(pi).isWaitingAt(PUBLISH);
  }

  /**
   * B-2.3.12「在新系统上线，或应用系统技术、业务发生重大变更时必须进行」(B-2.2 item 4「新版本升级、开通、培训」): a new version
   * live in production starts the team's training by itself; its plan is the team lead's.
   */
  @Test
  void shouldStartATrainingWhenANewVersionGoesLive() {
    Map<String, Object> version = patch("");
    version.put(Var.KIND, "version");
    version.put(Var.VERSION, "TIPS-V3.3.0");
    ProcessInstance pi = start(version);
    approvedUpToTheWindow(pi);
    driver.fireTimer(pi, WINDOW);
    driver.completeAs(pi, UPGRADE, ENGINEER, "second-line", Var.UPGRADE_RESULT, "done", Var.UPGRADE_NOTE, "完成");
    driver.completeAs(pi, VERIFY, ENGINEER, "second-line", Var.VERIFY_RESULT, "passed", Var.VERIFY_NOTE, "全部功能检验正常");
    runAsyncSteps(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(NEW_VERSION_LIVE, START_TRAINING, CLOSED);
    ProcessInstance training = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(com.opsflow.training.TrainingProcess.KEY)
        .variableValueEquals(com.opsflow.training.TrainingProcess.Var.SOURCE_TICKET, pi.getBusinessKey()).singleResult();
    assertThat(training).isNotNull();
    BpmnAwareTests.assertThat(training).isWaitingAt(com.opsflow.training.TrainingProcess.Element.PLAN);
    assertThat((String) engine.getRuntimeService().getVariable(training.getId(),
        com.opsflow.training.TrainingProcess.Var.TRAINING_REASON)).contains("TIPS-V3.3.0", pi.getBusinessKey(), "B-2.3.12");
    assertThat(tickets.events(pi.getBusinessKey())).anyMatch(e -> "training-started".equals(e.eventType()));
  }

  @Test
  void shouldEndWithoutUpgradeWhenTheReviewWithdrawsThePatch() {
    ProcessInstance pi = start(patch(""));

    driver.completeAs(pi, REVIEW, ENGINEER, "second-line", Var.REVIEW_OUTCOME, "withdraw", Var.REVIEW_NOTE, "补丁不适用于本省版本");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(WITHDRAW, WITHDRAWN).hasNotPassed(TEST);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ReleaseProcess.WITHDRAWN);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
  }

  @Test
  void shouldReviseThePlanAfterAFailedTestAndAfterReworkThenRollBackAFailedUpgrade() throws Exception {
    String problem = openProblem();
    ProcessInstance pi = start(patch(problem));
    review(pi, "low");
    test(pi, "failed");
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW);
    review(pi, "low");
    test(pi, "passed");
    approval.sendBack(pi, "回退方案缺少数据库脚本的回退");
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW);
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), ApprovalProcess.Out.REASON)).contains("回退方案缺少数据库脚本的回退");
    approvedUpToTheWindow(pi);
    driver.fireTimer(pi, WINDOW);

    driver.completeAs(pi, UPGRADE, ENGINEER, "second-line", Var.UPGRADE_RESULT, "failed", Var.UPGRADE_NOTE, "替换补丁后应用无法启动");
    BpmnAwareTests.assertThat(pi).isWaitingAt(ROLL_BACK).hasNotPassed(VERIFY);
    driver.completeAs(pi, ROLL_BACK, ENGINEER, "second-line", Var.ROLLBACK_NOTE, "已恢复原应用包，21:10 业务恢复");
    runAsyncSteps(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_ROLLED_BACK, NOTIFY_ROLLED_BACK, REPORT, CLOSED)
        .hasNotPassed(NOTIFY_PROBLEMS);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ReleaseProcess.ROLLED_BACK);
    assertThat(text(documents.latest(pi.getBusinessKey(), ReleaseProcess.REPORT_KIND).orElseThrow()))
        .contains("升级失败，已回退", "已恢复原应用包", "升级已回退，问题未解决");
    assertThat(driver.notificationTemplates(pi.getBusinessKey()))
        .contains("release-announcement", "release-rolled-back", "release-report");
    assertThat(register.problems(pi.getBusinessKey())).singleElement().satisfies(p -> assertThat(p.notifiedAt()).isNull());
    assertThat(tickets.events(problem)).noneMatch(e -> "release-deployed".equals(e.eventType()));
  }

  @Test
  void shouldRollBackWhenTheVerificationFails() {
    ProcessInstance pi = start(patch(""));
    approvedUpToTheWindow(pi);
    driver.fireTimer(pi, WINDOW);
    driver.completeAs(pi, UPGRADE, ENGINEER, "second-line", Var.UPGRADE_RESULT, "done", Var.UPGRADE_NOTE, "升级完成");

    driver.completeAs(pi, VERIFY, ENGINEER, "second-line", Var.VERIFY_RESULT, "failed", Var.VERIFY_NOTE, "回执查询报错");
    driver.completeAs(pi, ROLL_BACK, ENGINEER, "second-line", Var.ROLLBACK_NOTE, "已回退");
    runAsyncSteps(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(VERIFY, ROLL_BACK, REPORT, CLOSED).hasNotPassed(RECORD_RELEASED);
    assertThat(tickets.events(pi.getBusinessKey())).extracting(e -> e.eventType()).contains("release-rolled-back", "closed");
  }

  @Test
  void shouldEndAndTellTheAuthorWhenTheApprovalRejects() {
    ProcessInstance pi = start(patch(""));
    review(pi, "low");
    test(pi, "passed");

    approval.reject(pi, "与年度结算时段冲突，不同意本月升级");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_REJECTED, NOTIFY_REJECTED, REJECTED).hasNotPassed(ANNOUNCE);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ReleaseProcess.REJECTED);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("release-rejected");
  }

  @Test
  void shouldNeverLetThePlansAuthorApproveItEvenAsAMemberOfTheApproverGroup() {
    String lead = "zhao.lead";
    List<String> both = List.of("second-line", "team-lead");
    ProcessInstance pi = start(patch(""));
    driver.as(lead, both, () -> engine.getTaskService().complete(driver.task(pi, REVIEW).getId(), Map.of(
        Var.REVIEW_OUTCOME, "proceed", Var.REVIEW_NOTE, "适用", Var.IMPACT_LEVEL, "low", Var.IMPACT_ANALYSIS, "低",
        Var.RELEASE_PLAN, "替换补丁", Var.ROLLBACK_PLAN, "恢复", Var.WINDOW_START, "2031-05-13T20:00+08:00",
        Var.WINDOW_END, "2031-05-13T21:00+08:00")));
    test(pi, "passed");
    assertThat(approval.calledWith(pi, ApprovalProcess.In.AUTHOR)).isEqualTo(lead);
    Task own = engine.getTaskService().createTaskQuery().processInstanceId(approval.called(pi).getId()).singleResult();

    driver.as(lead, both, () -> {
      assertThatThrownBy(() -> engine.getTaskService().claim(own.getId(), lead)).hasMessageContaining("作者不能认领或审批自己的方案");
      assertThatThrownBy(() -> engine.getTaskService().complete(own.getId(),
          Map.of(ApprovalProcess.Var.DECISION, ApprovalProcess.APPROVE))).hasMessageContaining("作者不能认领或审批自己的方案");
    });
    BpmnAwareTests.assertThat(pi).isWaitingAt(APPROVE);

    approval.approveAll(pi);
    publish(pi);
    BpmnAwareTests.assertThat(pi).isWaitingAt(WINDOW);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().approvedBy()).isEqualTo("demo-team-lead");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseAPlanWhoseWindowEndsBeforeItStarts() {
    ProcessInstance pi = start(patch(""));

    assertThatThrownBy(() -> driver.completeAs(pi, REVIEW, ENGINEER, "second-line", Var.REVIEW_OUTCOME, "proceed",
        Var.REVIEW_NOTE, "适用", Var.IMPACT_LEVEL, "low", Var.IMPACT_ANALYSIS, "低", Var.RELEASE_PLAN, "替换",
        Var.ROLLBACK_PLAN, "恢复", Var.WINDOW_START, "2031-05-13T22:00+08:00", Var.WINDOW_END, "2031-05-13T20:00+08:00"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("upgradeWindowEnd");
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseAStartNamingAProblemThatDoesNotExist() {
    assertThatThrownBy(() -> start(patch("PRB-20310101-9999")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("problemNumbers");
    assertThatThrownBy(() -> start(patch("INC-20310101-0001")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("problemNumbers");
  }
}
