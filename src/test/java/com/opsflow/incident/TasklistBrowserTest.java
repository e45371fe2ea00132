package com.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's first minutes with an incident, in Tasklist as a Chinese-speaking user meets it: log in,
 * start 事件管理 from its Camunda Form (a missing summary is refused first), pick the task from the
 * group filter, claim it, fill the form-js task form, complete it. form-js's own texts (the select placeholder,
 * "Field is required.") and the relative times of the task list appear in Chinese too. The engine and the ticket register
 * then show that the browser really drove the process. Needs Debian's chromium and chromium-driver
 * (scripts/install-browser.sh); screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class TasklistBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-service-desk";
  private static final String PASSWORD = "demo";
  private static final String PROCESS_NAME = "事件管理";
  /** The startup filter of the service desk group: its Chinese group name + "任务" (AccessSetup). */
  private static final String DESK_FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.SERVICE_DESK) + "任务";
  /** Chosen to match the invoice system's knowledge articles, so the lookup step has hits to offer. */
  private static final String SUMMARY = "发票系统无法开具电子发票";
  private static final String REPORTER = "张三 / 第一税务所办税服务厅";
  private static final Pattern ARTICLE_ID = Pattern.compile("KB-\\d{4,}");
  private static final By START = By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']");
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  TicketService tickets;

  @Test
  void shouldRegisterAndAcceptAnIncidentThroughTheChineseTasklist() {
    logIn(USER, PASSWORD, By.cssSelector(".start-process-action a"));
    assertChineseTasklistWithoutBanner();

    openStartForm();
    assertThat(driver.findElement(By.cssSelector("[id$='-Field_system-display']")).getText())
        .as("form-js's select placeholder in Chinese").isEqualTo("请选择");
    fillStartFormExceptSummary();
    assertStartRefusedWithoutSummary();

    type(field("summary"), SUMMARY);
    wait.until(ExpectedConditions.elementToBeClickable(START));
    screenshot("tasklist-start-form.png");
    click(START);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));

    ProcessInstance incident = wait.until(d -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(IncidentProcess.KEY).variableValueEquals(IncidentProcess.Var.SUMMARY, SUMMARY)
        .singleResult());
    String ticketNumber = incident.getBusinessKey();
    Ticket registered = tickets.find(ticketNumber).orElseThrow();
    assertThat(registered.summary()).isEqualTo(SUMMARY);
    assertThat(registered.reporter()).isEqualTo(REPORTER);
    assertThat(registered.system()).isEqualTo("invoice");
    assertThat(registered.channel()).isEqualTo("hotline");
    assertThat(registered.impact()).isEqualTo("individual");
    assertThat(registered.urgency()).isEqualTo("medium");
    assertThat(registered.createdBy()).isEqualTo(USER);

    Task lookup = taskService.createTaskQuery().processInstanceId(incident.getId())
        .taskDefinitionKey(IncidentProcess.Element.LOOKUP_KNOWLEDGE).singleResult();
    assertThat(lookup).as("task 查阅知识库并受理 of %s", ticketNumber).isNotNull();
    openTaskFromDeskFilter(lookup);
    claimIfNeeded(lookup, USER);

    assertThat(field("ticketNumber").getDomProperty("value")).isEqualTo(ticketNumber);
    assertThat(field("summary").getDomProperty("value")).isEqualTo(SUMMARY);
    String article = firstSuggestedArticle();
    type(field("knowledgeArticleUsed"), article);
    screenshot("tasklist-task-form.png");
    WebElement complete = driver.findElement(COMPLETE);
    assertThat(complete.getText()).isEqualTo(labels.get("COMPLETE"));
    click(COMPLETE);

    Task analyse = wait.until(d -> taskService.createTaskQuery().processInstanceId(incident.getId())
        .taskDefinitionKey(IncidentProcess.Element.ANALYSE).singleResult());
    assertThat(analyse.getName()).isEqualTo("一线分析处理");
    HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(lookup.getId()).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getAssignee()).isEqualTo(USER);
    Ticket accepted = tickets.find(ticketNumber).orElseThrow();
    assertThat(accepted.respondedAt()).isNotNull();
    assertThat(accepted.handler()).isEqualTo(USER);
    assertThat(accepted.knowledgeArticleUsed()).isEqualTo(article);

    wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(analyse)));
    screenshot("tasklist-after-complete.png");
    assertRelativeTimesInChinese();
    // a second visit takes the locale files from the browser's storage, in another order
    driver.navigate().refresh();
    assertRelativeTimesInChinese();
  }

  /** moment's relative times in the webapp's language too (DateLocalePatch): "几秒前", never "a few seconds ago". */
  private void assertRelativeTimesInChinese() {
    WebElement created = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".creation-date [am-time-ago]")));
    wait.until(d -> !created.getText().isBlank());
    assertThat(created.getText()).as("the task's creation time in the list").endsWith("前").doesNotContain("ago");
  }

  private void assertChineseTasklistWithoutBanner() {
    assertThat(driver.findElement(By.cssSelector(".start-process-action a")).getText())
        .isEqualTo(labels.get("START_PROCESS"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(filterLink(DESK_FILTER)));
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
  }

  private void openStartForm() {
    click(By.cssSelector(".start-process-action a"));
    click(By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space()='"
        + PROCESS_NAME + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator("summary")));
  }

  private void fillStartFormExceptSummary() {
    select("system", "发票系统");
    select("channel", "热线电话");
    type(field("reporter"), REPORTER);
    type(field("description"), "开票时提示税控设备异常，已重启开票软件，问题依旧。");
    radio("影响范围", "个人");
    radio("紧急程度", "中");
  }

  /** form-js validates before Tasklist sends anything: the field shows its error and no instance appears. */
  private void assertStartRefusedWithoutSummary() {
    long instancesBefore = incidentsEverStarted();
    int ticketsBefore = tickets.count();
    click(START);
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[id$='-Field_summary-error-message']")));
    wait.until(ExpectedConditions.textToBePresentInElement(error, "此项为必填项"));
    assertThat(error.getText()).as("form-js's validation message in Chinese").isEqualTo("此项为必填项。");
    screenshot("tasklist-start-form-invalid.png");
    assertThat(driver.findElement(By.cssSelector(".modal")).isDisplayed()).isTrue();
    assertThat(incidentsEverStarted()).isEqualTo(instancesBefore);
    assertThat(tickets.count()).isEqualTo(ticketsBefore);
  }

  private long incidentsEverStarted() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count();
  }

  private void openTaskFromDeskFilter(Task task) {
    click(filterLink(DESK_FILTER));
    click(taskLink(task));
    wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator("knowledgeArticleUsed")));
  }

  /** The lookup step offers knowledge articles in a read-only field; the desk names the one it used. */
  private String firstSuggestedArticle() {
    String hits = field("knowledgeHits").getDomProperty("value");
    Matcher matcher = ARTICLE_ID.matcher(hits == null ? "" : hits);
    assertThat(matcher.find()).as("knowledge hits offered for '%s': %s", SUMMARY, hits).isTrue();
    return matcher.group();
  }

  private void select(String key, String label) {
    click(By.cssSelector("[id$='-Field_" + key + "-display']"));
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[id$='-Field_" + key + "-display']"), label));
  }

  private void radio(String group, String label) {
    click(By.xpath("//div[contains(@class,'fjs-form-field-radio')][label[starts-with(normalize-space(),'" + group
        + "')]]//label[normalize-space()='" + label + "']/input"));
  }

}
