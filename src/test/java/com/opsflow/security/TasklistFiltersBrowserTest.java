package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.incident.IncidentProcess;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.TasklistBrowserSupport;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, in the Chinese Tasklist: the desk opens "逾期任务" and finds the incident task whose SLA deadline has
 * passed, flagged as overdue, with the ticket number, system, priority and summary beside the task name.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class TasklistFiltersBrowserTest extends TasklistBrowserSupport {

  private static final String SUMMARY = "办公系统公文流转卡在签收环节";

  @Autowired
  ProcessEngine engine;

  @Test
  void shouldListAnOverdueIncidentTaskFlaggedWithItsTicketColumns() {
    Map<String, Object> variables = ProcessDriver.incidentVariables("oa", "individual", "medium");
    variables.put(IncidentProcess.Var.SUMMARY, SUMMARY);
    ProcessInstance incident = new ProcessDriver(engine).startIncident(variables);
    Task lookup = taskService.createTaskQuery().processInstanceId(incident.getId()).singleResult();
    assertThat(lookup.getDueDate()).as("the response deadline as due date").isNotNull();
    // the response deadline has passed meanwhile
    lookup.setDueDate(new Date(System.currentTimeMillis() - 3_600_000L));
    taskService.saveTask(lookup);

    logIn("demo-service-desk", "demo", filterLink("逾期任务"));
    click(filterLink("逾期任务"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(lookup)));
    WebElement card = driver.findElement(By.xpath("//li[contains(@class,'task')][.//a[@href='#/?task="
        + lookup.getId() + "']]"));
    wait.until(d -> card.getText().contains(incident.getBusinessKey()));
    assertThat(card.getText()).as("shown at once").contains("工单号", incident.getBusinessKey(), "系统", "oa");
    // the further columns are in the card, folded until the user opens it
    assertThat(card.getAttribute("textContent")).contains("优先级", "P4", "摘要", SUMMARY);
    assertThat(card.findElements(By.cssSelector(".due-date.overdue"))).as("flagged overdue").isNotEmpty();
    screenshot("tasklist-overdue-filter.png");
  }
}
