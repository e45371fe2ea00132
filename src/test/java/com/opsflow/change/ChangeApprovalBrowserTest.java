package com.opsflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.change.ChangeProcess.Element;
import com.opsflow.change.ChangeProcess.Outcome;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.TasklistBrowserSupport;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A major change as the system owner meets it: second line takes a multi-system database change through
 * the API up to 审批变更方案; demo-system-owner logs into the Chinese Tasklist, finds 会签审批 under
 * "应用系统负责人任务", reads the subject and the plan (read-only), chooses 批准 and completes. The approval
 * is then on the ticket and in the history with who and when. Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class ChangeApprovalBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-system-owner";
  private static final String PASSWORD = "demo";
  private static final String OWNER_FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.SYSTEM_OWNER) + "任务";
  private static final String SUMMARY = "税库银前置数据库参数调整";
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TicketService tickets;

  @Test
  void shouldLetTheSystemOwnerApproveAMajorChangeInTheChineseTasklist() {
    ProcessInstance change = majorChangeAtApproval();
    ProcessInstance approval = runtime.createProcessInstanceQuery().superProcessInstanceId(change.getId()).singleResult();
    Task ownerTask = taskService.createTaskQuery().processInstanceId(approval.getId()).taskCandidateGroup("system-owner")
        .singleResult();
    assertThat(ownerTask).as("会签审批 of %s for system-owner", change.getBusinessKey()).isNotNull();

    logIn(USER, PASSWORD, filterLink(OWNER_FILTER));
    click(filterLink(OWNER_FILTER));
    click(taskLink(ownerTask));
    wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator("approvalDocument")));
    claimIfNeeded(ownerTask, USER);

    assertThat(field("approvalSubject").getDomProperty("value")).isEqualTo("重大变更 " + change.getBusinessKey() + "：" + SUMMARY);
    assertThat(field("approvalDocument").getDomProperty("value")).contains("变更方案", "回退方案", "恢复参数备份");
    assertThat(field("approvalDocument").getDomProperty("readOnly")).isEqualTo("true");
    assertThat(field("approvalAuthor").getDomProperty("value")).isEqualTo("demo-second-line");
    By approve = By.xpath("//div[contains(@class,'fjs-form-field-radio')][label[starts-with(normalize-space(),'审批意见')]]"
        + "//label[normalize-space()='批准']/input");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        driver.findElement(approve));
    click(approve);
    WebElement complete = driver.findElement(COMPLETE);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    screenshot("change-approval-task-form.png");
    click(COMPLETE);

    wait.until(d -> taskService.createTaskQuery().taskId(ownerTask.getId()).count() == 0);
    assertThat(history.createHistoricTaskInstanceQuery().taskId(ownerTask.getId()).singleResult().getAssignee())
        .isEqualTo(USER);
    assertThat(history.createHistoricTaskInstanceQuery().taskId(ownerTask.getId()).singleResult().getEndTime()).isNotNull();
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(ownerTask.getId())
        .variableName(ApprovalProcess.Var.DECISION).singleResult().getValue()).isEqualTo(ApprovalProcess.APPROVE);
    List<TicketEventRecord> approved = tickets.events(change.getBusinessKey()).stream()
        .filter(e -> e.eventType().equals("approval-approved")).toList();
    assertThat(approved).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo(USER);
      assertThat(e.occurredAt()).isNotNull();
    });
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(ownerTask)));
    screenshot("change-approval-after-complete.png");

    // the bureau's IT department approves too: the change is approved and waits for its window
    Task bureauTask = taskService.createTaskQuery().processInstanceId(approval.getId()).taskCandidateGroup("bureau-it")
        .singleResult();
    new ProcessDriver(engine).as("demo-bureau-it", "bureau-it", () -> {
      taskService.claim(bureauTask.getId(), "demo-bureau-it");
      taskService.complete(bureauTask.getId(), Map.of(ApprovalProcess.Var.DECISION, ApprovalProcess.APPROVE));
    });
    assertThat(runtime.getVariable(change.getId(), ApprovalProcess.Out.APPROVED_BY)).isEqualTo(USER + ",demo-bureau-it");
  }

  /** Second line's part, through the engine API as its REST clients would do it. */
  private ProcessInstance majorChangeAtApproval() {
    Map<String, Object> start = new HashMap<>();
    start.put(Var.SYSTEM, "tips");
    start.put(Var.CHANGE_TYPE, "database");
    start.put(Var.SUMMARY, SUMMARY);
    start.put(Var.DESCRIPTION, "全省扣款量增长，调整数据库连接和内存参数");
    start.put(Var.REPORTER, "自治区税务局信息中心");
    ProcessInstance[] pi = new ProcessInstance[1];
    new ProcessDriver(engine).as("demo-second-line", "second-line", () -> {
      pi[0] = runtime.createProcessInstanceByKey(ChangeProcess.KEY).setVariables(start).execute();
      complete(pi[0], Element.ASSESS, Var.FEASIBILITY, Outcome.FEASIBLE, Var.IMPACT_SCOPE, "multi-system", Var.SERVICE_INTERRUPTION, true,
          Var.ASSESSMENT, "可行，影响全省扣款，需夜间窗口");
      complete(pi[0], Element.WRITE_PLAN, Var.PLAN, "调整数据库连接数和内存参数并重启实例", Var.ROLLBACK_PLAN, "恢复参数备份并重启实例");
    });
    complete(pi[0], Element.TEST_REVIEW, Var.TEST_OUTCOME, Outcome.PASSED, Var.TEST_RESULT, "测试库压测通过",
        Var.REVIEW_NOTE, "同意");
    complete(pi[0], Element.PLAN_IMPLEMENTATION, Var.WINDOW_START, "2031-03-07T22:00:00+08:00", Var.WINDOW_END,
        "2031-03-08T02:00:00+08:00", Var.IMPLEMENTERS, "demo-second-line，数据库厂商工程师", Var.RESOURCES, "数据库厂商现场支持");
    return pi[0];
  }

  private void complete(ProcessInstance pi, String taskDefinitionKey, Object... keyValues) {
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      vars.put((String) keyValues[i], keyValues[i + 1]);
    }
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
    taskService.complete(task.getId(), vars);
  }
}
