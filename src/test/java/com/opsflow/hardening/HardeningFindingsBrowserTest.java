package com.opsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.hardening.SecurityHardeningProcess.Element;
import com.opsflow.hardening.SecurityHardeningProcess.Var;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
 * A Camunda Forms dynamic list in the Chinese Tasklist 7.24 (docs/adr/0010-lists-in-forms.md): second line records
 * the findings of a security-hardening check (seed C 安全加固 item 1) row by row, adds three rows, removes one, and
 * the two left arrive as one JSON list the process turns into register rows. Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class HardeningFindingsBrowserTest extends TasklistBrowserSupport {

  static final String USER = "demo-second-line";
  static final By ADD_ROW = By.cssSelector("button.fjs-repeat-render-add");
  static final By REMOVE_ROW = By.cssSelector("button.fjs-repeat-row-remove");

  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService managementService;
  @Autowired
  HardeningRegister register;

  @Test
  void shouldSubmitTheFindingsRowsAsOneJsonListWhenSecondLineAddsAndRemovesRows() {
    runtime.startProcessInstanceByKey(SecurityHardeningProcess.KEY, Map.of(ScheduleVariables.SYSTEM, "invoice",
        ScheduleVariables.SCHEDULE, SecurityHardeningProcess.PERIODIC_CHECK));
    ProcessInstance run = runtime.createProcessInstanceQuery().processDefinitionKey(SecurityHardeningProcess.KEY)
        .variableValueEquals(ScheduleVariables.SYSTEM, "invoice").list().stream()
        .max(Comparator.comparing(ProcessInstance::getBusinessKey)).orElseThrow();
    Task check = taskService.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(Element.CHECK)
        .singleResult();
    String filter = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.SECOND_LINE) + "任务";

    logIn(USER, "demo", filterLink(filter));
    click(filterLink(filter));
    click(taskLink(check));
    field(Var.REASON);
    claimIfNeeded(check, USER);
    assertThat(driver.getPageSource()).contains("发现项");
    assertThat(rows()).as("no finding row until one is added").isEmpty();

    type(field(Var.REASON), "局安全通报（临时检查）");
    type(field(Var.SCOPE), "发票系统应用服务器、中间件");
    type(field(Var.METHOD), "漏洞扫描 + 补丁清单比对");
    for (int i = 1; i <= 3; i++) {
      addRow(i);
    }
    wait.until(ExpectedConditions.textToBePresentInElementLocated(ADD_ROW, "添加一行"));
    wait.until(d -> d.findElements(REMOVE_ROW).stream().map(b -> b.getDomAttribute("aria-label")).toList()
        .equals(List.of("删除第 1 行", "删除第 2 行", "删除第 3 行")));
    fillRow(0, "高危", "WebLogic 12c", "存在已公开的反序列化漏洞", "安装厂商补丁");
    fillRow(1, "低危", "临时行", "将被删除", "无");
    fillRow(2, "中危", "OpenSSH 7.4", "版本过旧", "升级到 9.x");
    screenshot("hardening-findings-three-rows.png");
    scrollTo(driver.findElements(REMOVE_ROW).get(1));
    driver.findElements(REMOVE_ROW).get(1).click();
    wait.until(d -> rows().size() == 2);
    assertThat(inRows("component")).extracting(e -> e.getDomProperty("value"))
        .containsExactly("WebLogic 12c", "OpenSSH 7.4");
    WebElement complete = driver.findElement(COMPLETE);
    scrollTo(complete);
    screenshot("hardening-findings-two-rows.png");
    // at the very end of the form the button cannot scroll clear of Tasklist's fixed footer
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", wait.until(
        ExpectedConditions.elementToBeClickable(COMPLETE)));

    wait.until(d -> taskService.createTaskQuery().taskId(check.getId()).singleResult() == null);
    managementService.createJobQuery().processInstanceId(run.getId()).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    List<HardeningRegister.Finding> findings = register.findings(run.getBusinessKey());
    assertThat(findings).extracting(HardeningRegister.Finding::component).containsExactly("WebLogic 12c", "OpenSSH 7.4");
    assertThat(findings).extracting(HardeningRegister.Finding::severity).containsExactly("high", "medium");
    HistoricVariableInstance submitted = history.createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName(Var.FINDINGS).singleResult();
    assertThat(submitted.getTypeName()).as("Tasklist submits a dynamic list as a Json (Spin) variable")
        .isEqualTo("json");
    assertThat(submitted.getValue().toString()).contains("WebLogic 12c").doesNotContain("临时行");
    runtime.deleteProcessInstance(run.getId(), "test done");
  }

  private List<WebElement> rows() {
    return driver.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  /** The inputs of one field of the list, one per row in row order (form-js suffixes their ids per row). */
  private List<WebElement> inRows(String key) {
    return driver.findElements(By.cssSelector(".fjs-repeat-row-container [id*='-Field_" + key + "']"))
        .stream().filter(e -> !e.getDomAttribute("id").endsWith("-display")
            && List.of("input", "textarea").contains(e.getTagName())).toList();
  }

  private void addRow(int expected) {
    scrollTo(driver.findElement(ADD_ROW));
    click(ADD_ROW);
    wait.until(d -> rows().size() == expected);
  }

  private void fillRow(int row, String severity, String component, String description, String remedy) {
    WebElement container = rows().get(row);
    WebElement display = container.findElement(By.cssSelector("[id*='-Field_severity'][id$='-display']"));
    scrollTo(display);
    display.click();
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + severity + "']"));
    wait.until(d -> severity.equals(rows().get(row)
        .findElement(By.cssSelector("[id*='-Field_severity'][id$='-display']")).getText()));
    type(inRows("component").get(row), component);
    type(inRows("description").get(row), description);
    type(inRows("remedy").get(row), remedy);
    wait.until(d -> component.equals(inRows("component").get(row).getDomProperty("value"))
        && remedy.equals(inRows("remedy").get(row).getDomProperty("value")));
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
