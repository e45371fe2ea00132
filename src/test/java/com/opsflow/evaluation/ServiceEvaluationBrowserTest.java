package com.opsflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evaluator (demo-bureau-it) opens a pre-filled evaluation in the Chinese Tasklist under
 * "信息技术部门任务", sees the count OpsFlow pre-filled with the ticket behind it, corrects it with a reason
 * (the reason field appears only when the count differs), and completes. The register then keeps the
 * pre-filled count next to the corrected one, and the period score follows the correction. On the invoice sheet
 * the evaluator fills in the pre-filled configured lines and the score is their sum.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class ServiceEvaluationBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-bureau-it";
  private static final String ENGINEER = "demo-second-line";
  private static final String FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.BUREAU_IT) + "任务";
  private static final String TICKET = "INC-20250812-0042";
  private static final String REASON = "超时系用户停电所致，经核实不计";

  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  EvaluationRegister register;

  @Test
  void shouldLetTheEvaluatorCorrectAPrefilledCountWithAReasonInTheChineseTasklist() {
    jdbc.update("""
        INSERT INTO ticket (ticket_number, ticket_type, system_id, summary, important_period, status, created_at, handler,
          escalation_level, reopen_count, updated_at, resolve_breached_at) VALUES (?, 'incident', 'tips', '扣款状态不明',
          FALSE, 'closed', ?, ?, 0, 0, ?, ?)""", TICKET, Timestamp.valueOf(LocalDateTime.of(2025, 8, 12, 9, 0)), ENGINEER,
        Timestamp.valueOf(LocalDateTime.of(2025, 8, 12, 15, 0)), Timestamp.valueOf(LocalDateTime.of(2025, 8, 12, 12, 0)));
    ProcessInstance pi = runtime.createProcessInstanceByKey(ServiceEvaluationProcess.KEY).setVariables(Map.of(
        Var.CONTRACT, "tips", Var.ENGINEER, ENGINEER, Var.PERIOD, "2025-Q3")).execute();
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ServiceEvaluationProcess.Element.SCORE_ITEMS);
    String count = Var.count(ScoreItem.FAULT_SLOW);

    logIn(USER, "demo", filterLink(FILTER));
    click(filterLink(FILTER));
    click(taskLink(task));
    wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator(count)));
    claimIfNeeded(task, USER);

    assertThat(field("ticketNumber").getDomProperty("value")).isEqualTo(pi.getBusinessKey());
    assertThat(field(Var.prefilled(ScoreItem.FAULT_SLOW)).getDomProperty("value")).isEqualTo("1");
    assertThat(field(count).getDomProperty("value")).isEqualTo("1");
    assertThat(field(Var.evidence(ScoreItem.FAULT_SLOW)).getDomProperty("value")).contains(TICKET);
    assertThat(driver.findElements(fieldLocator(Var.reason(ScoreItem.FAULT_SLOW))))
        .as("no reason asked while the count is the pre-filled one").isEmpty();
    scrollTo(field(count));
    screenshot("evaluation-prefilled.png");

    WebElement input = field(count);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
    type(field(Var.reason(ScoreItem.FAULT_SLOW)), REASON);
    type(field(Var.EVALUATOR_NOTE), "本季度工作正常");
    WebElement complete = driver.findElement(COMPLETE);
    scrollTo(complete);
    screenshot("evaluation-corrected.png");
    click(COMPLETE);

    Job scoring = wait.until(d -> management.createJobQuery().processInstanceId(pi.getId()).singleResult());
    management.executeJob(scoring.getId());
    EvaluationRegister.Evaluation scored = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(scored.score()).isEqualByComparingTo("80");
    assertThat(scored.evaluator()).isEqualTo(USER);
    assertThat(scored.evaluatorNote()).isEqualTo("本季度工作正常");
    EvaluationRegister.Line slow = register.lines(pi.getBusinessKey()).stream()
        .filter(l -> ScoreItem.FAULT_SLOW.code().equals(l.item())).findFirst().orElseThrow();
    assertThat(slow.prefilledCount()).isEqualTo(1);
    assertThat(slow.count()).isZero();
    assertThat(slow.correctionReason()).isEqualTo(REASON);
    assertThat(slow.references()).containsExactly(TICKET);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(task)));
  }

  @Test
  void shouldLetTheEvaluatorScoreTheInvoiceSheetLineByLineInTheChineseTasklist() {
    ProcessInstance pi = runtime.createProcessInstanceByKey(ServiceEvaluationProcess.KEY).setVariables(Map.of(
        Var.CONTRACT, "invoice", Var.ENGINEER, "demo-service-desk", Var.PERIOD, "2025-09")).execute();
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ServiceEvaluationProcess.Element.RATE_INVOICE);

    logIn(USER, "demo", filterLink(FILTER));
    click(filterLink(FILTER));
    click(taskLink(task));
    wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator(Var.INVOICE_SHEET)));
    claimIfNeeded(task, USER);

    assertThat(field(Var.INVOICE_SHEET_GUIDE).getDomProperty("value")).isEqualTo("overall 考核评级表总分：满分 100");
    WebElement sheet = field(Var.INVOICE_SHEET);
    assertThat(sheet.getDomProperty("value")).as("pre-filled with the configured lines").startsWith("overall,考核评级表总分,");
    sheet.sendKeys(Keys.chord(Keys.CONTROL, "a"), "overall,考核评级表总分,88.5");
    type(field(Var.EVALUATOR_NOTE), "按九月评级表");
    scrollTo(sheet);
    screenshot("evaluation-invoice-sheet.png");
    click(COMPLETE);

    Job scoring = wait.until(d -> management.createJobQuery().processInstanceId(pi.getId()).singleResult());
    management.executeJob(scoring.getId());
    EvaluationRegister.Evaluation scored = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(scored.score()).isEqualByComparingTo("88.5");
    assertThat(register.lines(pi.getBusinessKey())).filteredOn(EvaluationRegister.Line::sheetLine).singleElement()
        .satisfies(l -> assertThat(l.sheetPoints()).isEqualByComparingTo("88.5"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(task)));
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

}
