package com.opsflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A problem's vendor hand-off as the vendor meets it: a program problem is taken through the API up to
 * 提交厂商, then demo-vendor logs into the Chinese Tasklist, finds 厂商处理并答复 under the filter
 * "软件厂商任务", claims it, fills the Camunda Form (fix version, planned date, answer) and completes it.
 * The engine and the problem register then show the answer and the process at 跟踪处理.
 * Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class ProblemVendorHandoffBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-vendor";
  private static final String PASSWORD = "demo";
  /** The vendor group's filter: its Chinese group name + "任务" (AccessSetup). */
  private static final String VENDOR_FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.VENDOR) + "任务";
  private static final String SUMMARY = "发票红冲后统计报表金额未扣减";
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  ProblemService problems;

  @Test
  void shouldLetTheVendorAnswerAHandedOverProblemInTheChineseTasklist() {
    ProcessInstance problem = problemHandedOverToVendor();
    Task vendorTask = taskService.createTaskQuery().processInstanceId(problem.getId())
        .taskDefinitionKey(ProblemProcess.Element.VENDOR_ANSWER).singleResult();
    assertThat(vendorTask).as("厂商处理并答复 of %s", problem.getBusinessKey()).isNotNull();

    logIn(USER, PASSWORD, filterLink(VENDOR_FILTER));
    click(filterLink(VENDOR_FILTER));
    click(taskLink(vendorTask));
    wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator("fixVersion")));
    claimIfNeeded(vendorTask, USER);

    assertThat(field("ticketNumber").getDomProperty("value")).isEqualTo(problem.getBusinessKey());
    assertThat(field("summary").getDomProperty("value")).isEqualTo(SUMMARY);
    assertThat(field("rootCause").getDomProperty("value")).isEqualTo("红冲发票未进入统计口径");
    type(field("vendorReference"), "FP-2026-077");
    type(field("fixVersion"), "发票系统 2.8.4");
    typeDate("plannedDate", "12/20/2026");
    type(field("vendorAnswer"), "统计任务补充红冲发票处理，2.8.4 版本修复");
    WebElement complete = driver.findElement(COMPLETE);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    screenshot("problem-vendor-task-form.png");
    assertThat(complete.getText()).isEqualTo(labels.get("COMPLETE"));
    click(COMPLETE);

    Task tracking = wait.until(d -> taskService.createTaskQuery().processInstanceId(problem.getId())
        .taskDefinitionKey(ProblemProcess.Element.TRACK_FIX).singleResult());
    assertThat(tracking.getName()).isEqualTo("问题跟踪");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(vendorTask.getId()).singleResult().getAssignee())
        .isEqualTo(USER);
    Problem answered = problems.find(problem.getBusinessKey()).orElseThrow();
    assertThat(answered.vendorFixVersion()).isEqualTo("发票系统 2.8.4");
    assertThat(answered.vendorReference()).isEqualTo("FP-2026-077");
    assertThat(answered.vendorPlannedDate()).hasToString("2026-12-20");
    assertThat(answered.vendorAnswer()).isEqualTo("统计任务补充红冲发票处理，2.8.4 版本修复");
    assertThat(answered.vendorAnsweredBy()).isEqualTo(USER);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(vendorTask)));
    screenshot("problem-vendor-after-complete.png");
  }

  /** Second line's part, through the engine API as its REST clients would do it. */
  private ProcessInstance problemHandedOverToVendor() {
    Map<String, Object> start = new HashMap<>();
    start.put("problemType", "program");
    start.put("system", "invoice");
    start.put("summary", SUMMARY);
    start.put("description", "红冲后的月度统计报表金额未扣减红冲金额");
    ProcessInstance pi = runtime.createProcessInstanceByKey(ProblemProcess.KEY).setVariables(start).execute();
    complete(pi, ProblemProcess.Element.COMMUNICATE_PROGRAM, "communicationNote", "与统计科确认");
    complete(pi, ProblemProcess.Element.REPRODUCE, "testEnvironment", "发票测试环境", "reproduceSteps", "开票后红冲再统计",
        "reproduceOutcome", "reproduced");
    complete(pi, ProblemProcess.Element.ANALYSE_PROGRAM, "rootCause", "红冲发票未进入统计口径");
    complete(pi, ProblemProcess.Element.WORKAROUND, "workaround", "手工调整报表");
    complete(pi, ProblemProcess.Element.HAND_OVER, "vendorChannel", "tasklist", "handOverNote", "附统计 SQL 与样例");
    return pi;
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

  /** form-js date fields are a text input with a date picker that reads what is typed as month/day/year. */
  private void typeDate(String key, String monthDayYear) {
    WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[id$='-Field_" + key + "'] input, input[id$='-Field_" + key + "'], input[id*='-Field_" + key + "-']")));
    input.click();
    input.sendKeys(monthDayYear);
    input.sendKeys(Keys.ENTER);
    driver.findElement(By.cssSelector("body")).click();
  }

}
