package com.opsflow.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.backup.BackupProcess;
import com.opsflow.backup.BackupRegister;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
 * Scheduled operations in the Chinese Tasklist: first line records a daily backup check (B-2.2 item 8), second
 * line records a health-check checklist whose finding opens an incident (A-3.2.1.1, B-2.3.10). Screenshots go to
 * target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class ScheduledOperationsBrowserTest extends TasklistBrowserSupport {

  @Autowired
  RuntimeService runtime;
  @Autowired
  BackupRegister backups;
  @Autowired
  HealthCheckRegister healthChecks;
  @Autowired
  ManagementService managementService;

  ProcessInstance startByHand(String process, String system, String schedule) {
    runtime.startProcessInstanceByKey(process, Map.of(ScheduleVariables.SYSTEM, system, ScheduleVariables.SCHEDULE,
        schedule));
    return runtime.createProcessInstanceQuery().processDefinitionKey(process)
        .variableValueEquals(ScheduleVariables.SCHEDULE, schedule).variableValueEquals(ScheduleVariables.SYSTEM, system)
        .list().stream().max(Comparator.comparing(ProcessInstance::getBusinessKey)).orElseThrow();
  }

  Task task(ProcessInstance run, String key) {
    return taskService.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(key).singleResult();
  }

  @Test
  void shouldLetTheDeskRecordADailyBackupCheck() {
    ProcessInstance run = startByHand(BackupProcess.KEY, "tips", BackupProcess.DAILY_CHECK);
    Task check = task(run, BackupProcess.Element.CHECK);
    String filter = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.SERVICE_DESK) + "任务";

    logIn("demo-service-desk", "demo", filterLink(filter));
    click(filterLink(filter));
    click(taskLink(check));
    field("backupNote");
    claimIfNeeded(check, "demo-service-desk");
    assertThat(driver.getPageSource()).contains("每日备份检查", "当天备份已完成");
    click(fieldLocator("backupDone"));
    select("verification", "校验通过（备份可用）");
    typeAndKeep("backupSizeMb", "3072");
    typeAndKeep("backupLocation", "备份服务器 /backup/tips/今日");
    wait.until(d -> "3072".equals(field("backupSizeMb").getDomProperty("value"))
        && !field("backupLocation").getDomProperty("value").isBlank());
    completeInForm("backup-daily-check.png");

    wait.until(d -> backups.check(run.getBusinessKey()).map(c -> "ok".equals(c.status())).orElse(false));
    BackupRegister.Check recorded = backups.check(run.getBusinessKey()).orElseThrow();
    assertThat(recorded.checkedBy()).isEqualTo("demo-service-desk");
    assertThat(recorded.sizeMb()).isEqualByComparingTo("3072");
    assertThat(recorded.location()).isEqualTo("备份服务器 /backup/tips/今日");
  }

  @Test
  void shouldLetSecondLineRecordAHealthCheckFindingThatOpensAnIncident() {
    ProcessInstance run = startByHand(HealthCheckProcess.KEY, "oa", HealthCheckProcess.SPECIAL_APPLICATION);
    taskService.complete(task(run, HealthCheckProcess.Element.PLAN).getId(), Map.of());
    Task perform = task(run, HealthCheckProcess.Element.PERFORM);
    String filter = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.SECOND_LINE) + "任务";

    logIn("demo-second-line", "demo", filterLink(filter));
    click(filterLink(filter));
    click(taskLink(perform));
    field("runState");
    claimIfNeeded(perform, "demo-second-line");
    assertThat(driver.findElements(fieldLocator("mDbTablespace"))).as("database items are not in this check's scope")
        .noneMatch(WebElement::isDisplayed);
    type(field("mMwOsCpu"), "30");
    type(field("mMwAppFolder"), "40");
    type(field("mMwHeap"), "91");
    type(field("mMwThreads"), "20");
    type(field("mAppAdminData"), "0");
    type(field("mAppBusinessData"), "0");
    typeAndKeep("runState", "应用运行正常，高峰期中间件堆内存偏高");
    typeAndKeep("problems", "中间件 JVM 堆内存使用率 91%");
    typeAndKeep("advice", "调整堆内存参数并排查会话缓存");
    wait.until(d -> List.of("runState", "problems", "advice").stream()
        .noneMatch(key -> field(key).getDomProperty("value").isBlank()));
    completeInForm("health-check-finding.png");

    wait.until(d -> task(run, HealthCheckProcess.Element.PERFORM) == null);
    // the findings open their tickets behind an asynchronous boundary (retried); tests run the jobs themselves
    managementService.createJobQuery().processInstanceId(run.getId()).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    assertThat(healthChecks.items(run.getBusinessKey())).filteredOn(HealthCheckRegister.Item::finding)
        .singleElement().satisfies(i -> assertThat(i.linkedTicket()).startsWith("INC-"));
  }

  /**
   * Types into a field until form-js keeps the text: the debounced update of a number typed just before may render
   * the form once more with the values it had, wiping what was typed meanwhile.
   */
  private void typeAndKeep(String key, String text) {
    wait.until(d -> {
      if (!text.equals(field(key).getDomProperty("value"))) {
        type(field(key), text);
        return false;
      }
      return true;
    });
  }

  private void select(String key, String label) {
    // a field at the bottom edge sits under Tasklist's fixed footer, which would take the click
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='-Field_" + key + "-display']"))));
    click(By.cssSelector("[id$='-Field_" + key + "-display']"));
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[id$='-Field_" + key + "-display']"), label));
  }

  private void completeInForm(String shot) {
    WebElement complete = driver.findElement(COMPLETE);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    screenshot(shot);
    click(COMPLETE);
  }
}
