package com.opsflow.survey;

import com.opsflow.support.TestSmtp;
import static com.opsflow.survey.SatisfactionSurveyProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.document.TicketDocument;
import com.opsflow.document.TicketDocuments;
import com.icegreen.greenmail.util.GreenMail;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import com.opsflow.ticket.TicketService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
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

@OpsFlowProcessTest
class SatisfactionSurveyProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2031, 6, 2);

  @Autowired
  ProcessEngine engine;
  @Autowired
  SurveyRegister register;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  @Autowired
  Surveys surveys;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).atZone(SHANGHAI).toInstant()));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> plan() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "oa");
    v.put(Var.TITLE, "2031 年第二季度服务台满意度调查");
    v.put(Var.PERIOD_FROM, TODAY.toString());
    v.put(Var.PERIOD_TO, TODAY.plusDays(6).toString());
    v.put(Var.RESPONDENTS, "各市局办公室 OA 用户，每局 5 人");
    v.put(Var.SURVEYOR, "质检人员 王芳");
    v.put(Var.QUESTIONS, "1. 服务态度\n2. 响应速度\n\n3. 问题解决效果\n");
    return v;
  }

  ProcessInstance start(Map<String, Object> variables) {
    return driver.startAs(SatisfactionSurveyProcess.KEY, "demo-project-manager", "project-manager", variables);
  }

  void runAsync(ProcessInstance pi, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("async job before %s", activityId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  Object var(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  String reportText(String number) throws Exception {
    TicketDocument doc = documents.latest(number, SatisfactionSurveyProcess.REPORT_KIND).orElseThrow();
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(doc.content()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      return extractor.getText();
    }
  }

  @Test
  void shouldCollectBatchesSummariseAndTrackEveryImprovementActionUntilDone() throws Exception {
    ProcessInstance pi = start(plan());
    String number = pi.getBusinessKey();

    assertThat(number).matches("SVY-20310602-\\d{4}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(COLLECT);
    assertThat(var(pi, Var.QUESTION_COUNT)).isEqualTo(3);
    assertThat(var(pi, Var.QUESTION_LIST)).isEqualTo("1. 服务态度\n2. 响应速度\n3. 问题解决效果\n");
    assertThat(register.find(number).orElseThrow().questions()).containsExactly("服务态度", "响应速度", "问题解决效果");
    assertThat(tickets.find(number).orElseThrow().ticketType()).isEqualTo(SatisfactionSurveyProcess.TICKET_TYPE);
    assertThat(candidateGroups(driver.task(pi, COLLECT))).containsExactly("service-desk");

    driver.completeAs(driver.task(pi, COLLECT), "demo-service-desk", "service-desk", Var.ANSWERS,
        "南宁市局办公室 张三,5,4,5,回复及时\n柳州市局 李四，4，3，4，希望电话更容易接通，最好有回拨", Var.COLLECTION_COMPLETE, false);

    BpmnAwareTests.assertThat(pi).isWaitingAt(COLLECT);
    assertThat(var(pi, Var.ANSWER_COUNT)).isEqualTo(2);
    assertThat(var(pi, Var.ANSWERS)).as("the next batch starts empty").isEqualTo("");

    driver.completeAs(driver.task(pi, COLLECT), "demo-service-desk", "service-desk", Var.ANSWERS, "桂林市局 王五,2,3,3",
        Var.COLLECTION_COMPLETE, true);

    BpmnAwareTests.assertThat(pi).isWaitingAt(SUMMARISE);
    runAsync(pi, SUMMARISE);
    BpmnAwareTests.assertThat(pi).isWaitingAt(DECIDE_ACTIONS);
    // ratings 5,4,5 / 4,3,4 / 2,3,3: averages 3.67, 3.33, 4.00; 5 of 9 ratings are 4 or 5
    assertThat(var(pi, Var.SATISFACTION_RATE)).isEqualTo(55.6);
    assertThat((String) var(pi, Var.SUMMARY)).contains("回收答卷：3 份", "55.6%", "1. 服务态度：平均 3.67 分",
        "2. 响应速度：平均 3.33 分", "3. 问题解决效果：平均 4.00 分", "柳州市局 李四：希望电话更容易接通，最好有回拨");
    assertThat(register.find(number).orElseThrow().status()).isEqualTo(SurveyRegister.SUMMARISED);
    assertThat(candidateGroups(driver.task(pi, DECIDE_ACTIONS))).containsExactly("project-manager");

    driver.completeAs(driver.task(pi, DECIDE_ACTIONS), "demo-project-manager", "project-manager", Var.IMPROVEMENT_ACTIONS,
        "二线技术支持：缩短疑难问题的回复时间\n- 增加回拨服务\n", Var.ACTION_GROUP_DEFAULT, "service-desk");

    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_REPORT);
    runAsync(pi, WRITE_REPORT);
    assertThat(driver.notificationTemplates(number)).containsExactly("survey-report");
    List<Task> actions = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(ACTION).orderByTaskCreateTime().asc().list();
    assertThat(actions).hasSize(2);
    Map<String, Task> byText = new HashMap<>();
    for (Task t : actions) {
      byText.put((String) engine.getTaskService().getVariableLocal(t.getId(), Var.ACTION_TEXT), t);
    }
    assertThat(byText).containsOnlyKeys("缩短疑难问题的回复时间", "增加回拨服务");
    assertThat(candidateGroups(byText.get("缩短疑难问题的回复时间"))).containsExactly("second-line");
    assertThat(candidateGroups(byText.get("增加回拨服务"))).containsExactly("service-desk");
    assertThat(reportText(number)).contains("满意度调查报告", "55.6%", "缩短疑难问题的回复时间", "落实中");

    driver.completeAs(byText.get("缩短疑难问题的回复时间"), "demo-second-line", "second-line", Var.ACTION_RESULT,
        "疑难问题 4 小时内给出初步答复");
    BpmnAwareTests.assertThat(pi).isWaitingAt(ACTION);
    assertThat(register.actions(number)).extracting(SurveyRegister.StoredAction::status)
        .containsExactly(SurveyRegister.DONE, SurveyRegister.OPEN);
    driver.completeAs(byText.get("增加回拨服务"), "demo-service-desk", "service-desk", Var.ACTION_RESULT, "已开通回拨");

    BpmnAwareTests.assertThat(pi).isWaitingAt(UPDATE_REPORT);
    runAsync(pi, UPDATE_REPORT);
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(CLOSE, END);
    assertThat(register.actions(number)).extracting(SurveyRegister.StoredAction::doneBy)
        .containsExactly("demo-second-line", "demo-service-desk");
    assertThat(register.find(number).orElseThrow().status()).isEqualTo(SurveyRegister.CLOSED);
    assertThat(tickets.find(number).orElseThrow().status()).isEqualTo("closed");
    assertThat(reportText(number)).contains("已落实：疑难问题 4 小时内给出初步答复", "已落实：已开通回拨");
    assertThat(tickets.events(number)).extracting(e -> e.eventType())
        .contains("survey-answers", "survey-summarised", "survey-actions", "survey-action-done", "report-issued", "closed");
  }

  @Test
  void shouldCloseTheCollectionWhenThePeriodEndsAndCloseWithoutActions() throws Exception {
    ProcessInstance pi = start(plan());
    Job timer = driver.timerJob(pi, COLLECTION_ENDS);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(TODAY.plusDays(7).atStartOfDay(SHANGHAI).toInstant()));

    driver.fireTimer(pi, COLLECTION_ENDS);

    BpmnAwareTests.assertThat(pi).isWaitingAt(SUMMARISE).hasNotPassed(COLLECTION_COMPLETE);
    runAsync(pi, SUMMARISE);
    assertThat((String) var(pi, Var.SUMMARY)).contains("回收答卷：0 份", "未回收到答卷");
    driver.completeAs(driver.task(pi, DECIDE_ACTIONS), "demo-project-manager", "project-manager", Var.IMPROVEMENT_ACTIONS, "",
        Var.ACTION_GROUP_DEFAULT, "team-lead");
    runAsync(pi, WRITE_REPORT);
    runAsync(pi, UPDATE_REPORT);

    BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(register.actions(pi.getBusinessKey())).isEmpty();
    assertThat(reportText(pi.getBusinessKey())).contains("回收答卷 0 份");

    GreenMail smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    try {
      driver.notifications().deliver(pi.getBusinessKey());
      assertThat(smtp.getReceivedMessages()).isNotEmpty().allSatisfy(m -> assertThat(m.getSubject())
          .isEqualTo("【OpsFlow】满意度调查报告（" + pi.getBusinessKey() + "）：满意度调查：2031 年第二季度服务台满意度调查"));
    } finally {
      smtp.stop();
    }
  }

  @Test
  void shouldKeepTheSummaryVariableShortAndLeaveLongCommentsToTheReport() throws Exception {
    ProcessInstance pi = start(plan());
    for (int i = 0; i < 6; i++) {
      surveys.addAnswer(pi.getBusinessKey(), new SurveyAnswers.Answer("受访人" + i, List.of(4, 4, 5), "意见".repeat(450)),
          "demo-service-desk");
    }
    driver.completeAs(driver.task(pi, COLLECT), "demo-service-desk", "service-desk", Var.COLLECTION_COMPLETE, true);
    runAsync(pi, SUMMARISE);

    String summary = (String) var(pi, Var.SUMMARY);
    assertThat(summary).hasSizeLessThanOrEqualTo(Surveys.NOTE_LIMIT).startsWith("回收答卷：6 份")
        .endsWith("（其余意见和建议见调查报告）");
    assertThat(register.answers(pi.getBusinessKey())).allSatisfy(a -> assertThat(a.comment()).hasSize(900));
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseAnswersWithAClearReasonNamingTheLine() {
    ProcessInstance pi = start(plan());
    Task task = driver.task(pi, COLLECT);

    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWERS, "张三,5,4,5\n李四,5,4"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("第 2 行")
        .hasMessageContaining("应有 3 个评分");
    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWERS, "张三,5,6,5"))
        .hasMessageContaining("第 1 行").hasMessageContaining("第 2 题的评分“6”");
    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWERS, "张三,5,4,5\n\n,5,4,5"))
        .hasMessageContaining("第 3 行").hasMessageContaining("缺少受访人");

    BpmnAwareTests.assertThat(pi).isWaitingAt(COLLECT);
    assertThat(register.answers(pi.getBusinessKey())).isEmpty();
  }

  static Map<String, Object> row(String respondent, Object q1, Object q2, Object q3, String comment) {
    Map<String, Object> row = new HashMap<>();
    row.put("respondent", respondent);
    row.put("q1", q1);
    row.put("q2", q2);
    row.put("q3", q3);
    row.put("comment", comment);
    return row;
  }

  @Test
  void shouldTakeImprovementActionsFromListRowsAndPastedLinesAndRefuseABadRowNamingIt() throws Exception {
    ProcessInstance pi = start(plan());
    driver.fireTimer(pi, COLLECTION_ENDS);
    runAsync(pi, SUMMARISE);
    Task decide = driver.task(pi, DECIDE_ACTIONS);

    assertThatThrownBy(() -> driver.completeAs(decide, "demo-project-manager", "project-manager", Var.ACTION_ROWS,
        List.of(action("second-line", "缩短疑难问题的回复时间"), action("second-line", " ")), Var.ACTION_GROUP_DEFAULT,
        "team-lead")).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("字段 actionRows（改进措施）第 2 行：缺少措施");
    assertThatThrownBy(() -> driver.completeAs(decide, "demo-project-manager", "project-manager", Var.ACTION_ROWS,
        "[{\"group\":\"nobody\",\"action\":\"增加回拨服务\"}]", Var.ACTION_GROUP_DEFAULT, "team-lead"))
        .hasMessageContaining("第 1 行：负责组“nobody”无效");
    assertThat(register.actions(pi.getBusinessKey())).as("nothing refused is kept").isEmpty();

    Map<String, Object> untouched = new HashMap<>();
    untouched.put("group", null);
    untouched.put("action", "");
    driver.completeAs(decide, "demo-project-manager", "project-manager", Var.ACTION_ROWS,
        List.of(action("second-line", "缩短疑难问题的回复时间"), untouched, action(null, "增加回拨服务")),
        Var.IMPROVEMENT_ACTIONS, "知识库岗：补充常见问题", Var.ACTION_GROUP_DEFAULT, "service-desk");

    assertThat(register.actions(pi.getBusinessKey()))
        .extracting(SurveyRegister.StoredAction::group, SurveyRegister.StoredAction::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("second-line", "缩短疑难问题的回复时间"),
            org.assertj.core.groups.Tuple.tuple("service-desk", "增加回拨服务"),
            org.assertj.core.groups.Tuple.tuple("knowledge", "补充常见问题"));
    runAsync(pi, WRITE_REPORT);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ACTION)
        .list()).as("one task per action for its group").extracting(t -> candidateGroups(t).get(0))
        .containsExactlyInAnyOrder("second-line", "service-desk", "knowledge");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  static Map<String, Object> action(String group, String text) {
    Map<String, Object> row = new HashMap<>();
    row.put("group", group);
    row.put("action", text);
    return row;
  }

  @Test
  void shouldStoreABatchOfListRowsAndStartTheNextBatchWithAnEmptyList() {
    ProcessInstance pi = start(plan());
    assertThat(engine.getRuntimeService().getVariableTyped(pi.getId(), Var.ANSWER_ROWS).getType().getName())
        .as("a Json variable, which Tasklist fills the dynamic list from").isEqualTo("json");

    Map<String, Object> untouched = new HashMap<>();
    untouched.put("respondent", "");
    driver.completeAs(driver.task(pi, COLLECT), "demo-service-desk", "service-desk", Var.ANSWER_ROWS,
        List.of(row("南宁市局 张三", 5, 4, 5, "回复及时"), untouched, row("柳州市局 李四", 4, 3.0, "4", null)));

    assertThat(var(pi, Var.ANSWER_COUNT)).isEqualTo(2);
    assertThat(var(pi, Var.ANSWER_ROWS).toString()).as("the next batch starts empty").isEqualTo("[]");
    assertThat(register.answers(pi.getBusinessKey())).extracting(SurveyRegister.StoredAnswer::respondent)
        .containsExactly("南宁市局 张三", "柳州市局 李四");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseListRowsWithAClearReasonNamingTheRow() {
    ProcessInstance pi = start(plan());
    Task task = driver.task(pi, COLLECT);

    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWER_ROWS,
        List.of(row("张三", 5, 4, 5, null), row("李四", 5, null, 4, null))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("answerRows")
        .hasMessageContaining("第 2 行").hasMessageContaining("第 2 题缺少评分");
    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWER_ROWS,
        List.of(row("张三", 5, 6, 5, null)))).hasMessageContaining("第 1 行").hasMessageContaining("第 2 题的评分“6”");
    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWER_ROWS,
        List.of(row("张三", 5, 4, 5, null), row(" ", 5, 4, 5, null)))).hasMessageContaining("第 2 行")
        .hasMessageContaining("缺少受访人");
    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWER_ROWS,
        List.of(row("张".repeat(101), 5, 4, 5, null)))).hasMessageContaining("第 1 行").hasMessageContaining("100");
    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWER_ROWS,
        List.of(row("张三", 5, 4, 5, "意".repeat(1001))))).hasMessageContaining("第 1 行").hasMessageContaining("1000");
    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWER_ROWS, List.of("张三")))
        .hasMessageContaining("第 1 行");
    assertThatThrownBy(() -> driver.completeAs(task, "demo-service-desk", "service-desk", Var.ANSWER_ROWS, "不是列表"))
        .hasMessageContaining("须为列表");

    BpmnAwareTests.assertThat(pi).isWaitingAt(COLLECT);
    assertThat(register.answers(pi.getBusinessKey())).isEmpty();
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldCompleteACollectTaskOpenedBeforeTheListWithTheTextItHolds() {
    ProcessInstance pi = start(plan());
    // a task created before the list: only the text variable exists
    engine.getRuntimeService().removeVariable(pi.getId(), Var.ANSWER_ROWS);

    driver.completeAs(driver.task(pi, COLLECT), "demo-service-desk", "service-desk", Var.ANSWERS, "南宁市局 张三,5,4,5");

    assertThat(register.answers(pi.getBusinessKey())).extracting(SurveyRegister.StoredAnswer::respondent)
        .containsExactly("南宁市局 张三");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseABadPlanNamingTheField() {
    Map<String, Object> noQuestions = plan();
    noQuestions.put(Var.QUESTIONS, "\n  \n");
    assertThatThrownBy(() -> start(noQuestions)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("questions");
    Map<String, Object> backwards = plan();
    backwards.put(Var.PERIOD_TO, TODAY.minusDays(1).toString());
    assertThatThrownBy(() -> start(backwards)).hasMessageContaining("periodTo");
    Map<String, Object> badSystem = plan();
    badSystem.put(Var.SYSTEM, "crm");
    assertThatThrownBy(() -> start(badSystem)).hasMessageContaining("system");
  }

  @Test
  void shouldParseActionsWithGroupPrefixesAndRefuseOverlongOnes() {
    assertThat(ImprovementActions.parse("质检人员：每周抽查录音\nquality: 复盘差评\n注意：加强沟通\n1. 更新知识库", "knowledge"))
        .containsExactly(new ImprovementActions.Action("quality", "每周抽查录音"),
            new ImprovementActions.Action("quality", "复盘差评"),
            new ImprovementActions.Action("knowledge", "注意：加强沟通"),
            new ImprovementActions.Action("knowledge", "更新知识库"));
    assertThatThrownBy(() -> ImprovementActions.parse("好\n" + "很".repeat(501), "team-lead"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("第 2 行");
  }
}
