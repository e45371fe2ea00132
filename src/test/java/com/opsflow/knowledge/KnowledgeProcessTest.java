package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.Acting;
import com.opsflow.support.IsolatedProcessTest;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IsolatedProcessTest
class KnowledgeProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  KnowledgeBase base;
  @Autowired
  KnowledgeDrafts drafts;
  @Autowired
  KnowledgeSearch search;
  @Autowired
  TicketService tickets;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  static Map<String, Object> article(String title, String symptom, String solution) {
    Map<String, Object> v = new HashMap<>();
    v.put("system", "oa");
    v.put("category", "operation");
    v.put("title", title);
    v.put("symptom", symptom);
    v.put("cause", "附件控件未注册");
    v.put("solution", solution);
    v.put("keywords", "附件,上传");
    return v;
  }

  ProcessInstance startByHand(Map<String, Object> vars) {
    return engine.getRuntimeService().createProcessInstanceByKey(KnowledgeProcess.KEY).setVariables(vars).execute();
  }

  /** Claims the instance's open task for the user and completes it as that user. */
  void completeAs(ProcessInstance pi, String taskKey, String user, Object... keyValues) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      vars.put((String) keyValues[i], keyValues[i + 1]);
    }
    engine.getTaskService().claim(task.getId(), user);
    Acting.as(engine.getIdentityService(), user, java.util.List.of("knowledge"), () ->
        engine.getTaskService().complete(task.getId(), vars));
  }

  @Test
  void shouldPublishAnArticleDraftedByHandAfterReviewBySomeoneElse() {
    ProcessInstance pi = startByHand(article("公文附件无法上传", "上传公文附件时提示控件加载失败，附件列表为空。",
        "以管理员身份重新注册附件上传控件，清理浏览器缓存。"));

    assertThat(pi.getBusinessKey()).matches("KB-\\d{4,}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(DRAFT).hasPassed(START_BY_HAND);
    assertThat(base.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(KnowledgeBase.DRAFT);

    completeAs(pi, DRAFT, "zhang.wei");
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW).hasPassed(SUBMIT);
    assertThat(base.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(KnowledgeBase.IN_REVIEW);
    assertThat(search.search("附件上传", "oa", 5)).extracting(KnowledgeSearch.Hit::articleId)
        .doesNotContain(pi.getBusinessKey());

    completeAs(pi, REVIEW, "li.na", "reviewOutcome", "approved");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(PUBLISH, END_PUBLISHED);
    KnowledgeBase.Article published = base.find(pi.getBusinessKey()).orElseThrow();
    assertThat(published.status()).isEqualTo(KnowledgeBase.PUBLISHED);
    assertThat(published.publishedVersion()).isEqualTo(1);
    KnowledgeBase.ArticleVersion v1 = base.version(pi.getBusinessKey(), 1).orElseThrow();
    assertThat(v1.author()).isEqualTo("zhang.wei");
    assertThat(v1.reviewer()).isEqualTo("li.na");
    assertThat(v1.cause()).isEqualTo("附件控件未注册");
    assertThat(search.search("附件上传", "oa", 5).get(0).articleId()).isEqualTo(pi.getBusinessKey());
  }

  @Test
  void shouldDraftAnArticleFromAClosedIncidentCarryingTheTicket() {
    if (tickets.find("INC-20261123-0042").isEmpty()) { // the draft's source ticket must exist
      tickets.register(new NewTicket("INC-20261123-0042", "incident", null, "tips", "hotline", "征管科", null,
          "批量扣款文件导入失败", "导入批量扣款文件时提示格式错误。", "office", "high", false, "demo-service-desk"));
    }
    KnowledgeDrafts.Draft draft = drafts.fromIncident("INC-20261123-0042", "tips", "批量扣款文件导入失败",
        "导入批量扣款文件时提示格式错误。", "按新版接口规范转换文件编码为 UTF-8 后重新导入。", "demo-service-desk");
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(
        draft.processInstanceId()).singleResult();

    // the instance waits at its asynchronous start: the incident never waits for the knowledge process
    Job start = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(start).isNotNull();
    engine.getManagementService().executeJob(start.getId());

    BpmnAwareTests.assertThat(pi).isWaitingAt(DRAFT).hasPassed(START_REQUESTED);
    assertThat(pi.getBusinessKey()).isEqualTo(draft.articleId());
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).containsEntry("sourceTicket", "INC-20261123-0042")
        .containsEntry("title", "批量扣款文件导入失败").containsEntry("symptom", "导入批量扣款文件时提示格式错误。")
        .containsEntry("solution", "按新版接口规范转换文件编码为 UTF-8 后重新导入。");
    assertThat(base.find(draft.articleId()).orElseThrow().sourceTicket()).isEqualTo("INC-20261123-0042");

    completeAs(pi, DRAFT, "zhang.wei", "category", "data", "keywords", "批量扣款,导入,编码");
    completeAs(pi, REVIEW, "li.na", "reviewOutcome", "approved");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(PUBLISH);
    assertThat(base.find(draft.articleId()).orElseThrow().category()).isEqualTo("data");
    assertThat(search.search("扣款文件导入", "tips", 3).get(0).articleId()).isEqualTo(draft.articleId());
  }

  @Test
  void shouldReturnARejectedDraftWithTheReasonAndPublishTheReworkedVersion() {
    ProcessInstance pi = startByHand(article("公文打印缺页", "打印多页公文时只打印出第一页。", "更换打印模板。"));
    completeAs(pi, DRAFT, "zhang.wei");
    completeAs(pi, REVIEW, "li.na", "reviewOutcome", "rejected", "reviewNote", "解决方法不够具体，请写明模板路径");

    BpmnAwareTests.assertThat(pi).isWaitingAt(DRAFT).hasPassed(RECORD_REJECTION);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reviewNote")).isEqualTo("解决方法不够具体，请写明模板路径");
    assertThat(base.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(KnowledgeBase.DRAFT);

    completeAs(pi, DRAFT, "zhang.wei", "solution", "在“系统设置-打印模板”中选择“多页公文”模板后重新打印。");
    completeAs(pi, REVIEW, "li.na", "reviewOutcome", "approved");

    BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(base.versions(pi.getBusinessKey())).singleElement().satisfies(v -> {
      assertThat(v.status()).isEqualTo(KnowledgeBase.PUBLISHED);
      assertThat(v.solution()).contains("多页公文");
    });
    assertThat(base.reviews(pi.getBusinessKey())).extracting(r -> r.get("OUTCOME") != null ? r.get("OUTCOME") : r.get("outcome"))
        .containsExactly("rejected", "approved");
  }

  @Test
  void shouldNeverLetTheAuthorCompleteTheReviewOfTheirOwnArticle() {
    ProcessInstance pi = startByHand(article("待办消息重复推送", "同一份公文的待办被推送两次。", "清理重复的待办队列记录。"));
    completeAs(pi, DRAFT, "zhang.wei");

    assertThatThrownBy(() -> completeAs(pi, REVIEW, "zhang.wei", "reviewOutcome", "approved"))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining("作者不能审核自己的条目");
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW);
    assertThat(base.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(KnowledgeBase.IN_REVIEW);

    // claimed by the author, completed by someone else: still the author's review
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    engine.getTaskService().setAssignee(review.getId(), "zhang.wei");
    assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), Map.of("reviewOutcome", "approved")))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class);

    engine.getTaskService().setAssignee(review.getId(), null);
    completeAs(pi, REVIEW, "li.na", "reviewOutcome", "approved");
    BpmnAwareTests.assertThat(pi).isEnded();
  }

  @Test
  void shouldRefuseADraftStartedByHandWithoutTheTemplateFields() {
    Map<String, Object> vars = article("标题", "现象", "方法");
    vars.put("category", "weather");
    assertThatThrownBy(() -> startByHand(vars)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("category");
    vars.put("category", "data");
    vars.remove("symptom");
    assertThatThrownBy(() -> startByHand(vars)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("symptom");
  }
}
