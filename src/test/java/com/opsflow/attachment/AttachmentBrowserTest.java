package com.opsflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.incident.IncidentProcess;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import com.opsflow.ticket.TicketService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
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
import org.springframework.util.FileSystemUtils;

/**
 * Issue 16, docs/adr/0011, in the Chinese Tasklist: the desk opens 事件管理's start form, follows its 上传附件 link to
 * the attachment page in a new tab (which says how long the file waits, from the configuration) and uploads an error
 * screenshot there (with the webapps' session and CSRF token), submits the report, and the ticket has the screenshot;
 * from the ticket's first task the link opens the ticket's
 * attachments, a file that is not what its name says is refused with the Chinese reason, and the screenshot downloads
 * byte for byte as an attachment. Screenshots in target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class AttachmentBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-service-desk";
  private static final String DESK_FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.SERVICE_DESK) + "任务";
  private static final String SUMMARY = "公文系统打开待办时报错（附截图）";
  private static final String SCREENSHOT = "待办报错截图.png";
  private static final By START = By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']");
  private static final By ATTACHMENT_LINK = By.cssSelector("a[href*='/attachments/index.html']");

  @Autowired
  RuntimeService runtime;
  @Autowired
  TicketService tickets;
  @Autowired
  AttachmentProperties properties;

  @Test
  void shouldAttachAScreenshotAtIntakeAndDownloadItFromTheTicket() throws IOException {
    byte[] png = TestFiles.png();
    Path folder = Files.createTempDirectory("opsflow-upload-");
    try {
      Path screenshot = Files.write(folder.resolve(SCREENSHOT), png);
      Path disguised = Files.writeString(folder.resolve("假截图.png"), "这不是图片", StandardCharsets.UTF_8);
      logIn(USER, "demo", By.cssSelector(".start-process-action a"));
      click(By.cssSelector(".start-process-action a"));
      click(By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space()='事件管理']"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator("summary")));

      String tasklist = driver.getWindowHandle();
      WebElement intakeLink = wait.until(ExpectedConditions.visibilityOfElementLocated(ATTACHMENT_LINK));
      assertThat(intakeLink.getText()).isEqualTo("上传附件");
      intakeLink.click();
      switchToOtherWindow(tasklist);
      wait.until(ExpectedConditions.textToBe(By.id("title"), "事件报告的附件"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intro"),
          "（" + properties.draftHours() + " 小时内有效）"));
      upload(screenshot);
      wait.until(ExpectedConditions.textToBe(By.id("message"), "已上传：" + SCREENSHOT));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#list tbody"), SCREENSHOT));
      screenshot("attachment-intake-draft.png");
      driver.close();
      driver.switchTo().window(tasklist);
      assertThat(field("summary").isDisplayed()).as("the start form stays open in Tasklist").isTrue();

      select("system", "税务综合办公信息系统");
      select("channel", "热线电话");
      type(field("reporter"), "王芳 / 办公室");
      type(field("summary"), SUMMARY);
      type(field("description"), "点击待办事项后页面提示系统错误，截图已上传。");
      radio("影响范围", "个人");
      radio("紧急程度", "中");
      click(START);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));

      ProcessInstance incident = wait.until(d -> runtime.createProcessInstanceQuery()
          .processDefinitionKey(IncidentProcess.KEY).variableValueEquals(IncidentProcess.Var.SUMMARY, SUMMARY)
          .singleResult());
      String ticket = incident.getBusinessKey();
      assertThat(tickets.events(ticket)).filteredOn(e -> Attachments.EVENT.equals(e.eventType())).singleElement()
          .satisfies(e -> assertThat(e.detail()).startsWith(SCREENSHOT));

      Task lookup = taskService.createTaskQuery().processInstanceId(incident.getId())
          .taskDefinitionKey(IncidentProcess.Element.LOOKUP_KNOWLEDGE).singleResult();
      click(filterLink(DESK_FILTER));
      click(taskLink(lookup));
      wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator("knowledgeArticleUsed")));
      claimIfNeeded(lookup, USER);
      WebElement ticketLink = wait.until(ExpectedConditions.visibilityOfElementLocated(ATTACHMENT_LINK));
      assertThat(ticketLink.getText()).isEqualTo("查看和上传工单 " + ticket + " 的附件");
      ticketLink.click();
      switchToOtherWindow(tasklist);
      wait.until(ExpectedConditions.textToBe(By.id("title"), "工单 " + ticket + " 的附件"));

      upload(disguised);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "与扩展名 .png 不符"));
      screenshot("attachment-ticket-refused.png");

      WebElement download = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//table[@id='list']//a[normalize-space()='" + SCREENSHOT + "']")));
      assertThat(driver.findElements(By.cssSelector("#list tbody tr"))).hasSize(1);
      Map<String, Object> fetched = fetch(download.getDomProperty("href"));
      assertThat(fetched.get("status")).isEqualTo(200L);
      assertThat((String) fetched.get("disposition")).startsWith("attachment;");
      assertThat(fetched.get("type")).isEqualTo("image/png");
      assertThat(Base64.getDecoder().decode((String) fetched.get("base64"))).as("downloaded bytes").isEqualTo(png);
      screenshot("attachment-ticket.png");
    } finally {
      FileSystemUtils.deleteRecursively(folder);
    }
  }

  private void switchToOtherWindow(String current) {
    wait.until(d -> d.getWindowHandles().size() == 2);
    Set<String> handles = driver.getWindowHandles();
    driver.switchTo().window(handles.stream().filter(h -> !h.equals(current)).findFirst().orElseThrow());
  }

  private void upload(Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(file.toString());
    click(By.id("submit"));
  }

  /** The download as the link makes it (same session), read in the page: status, headers and bytes. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> fetch(String href) {
    return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {
          return r.arrayBuffer().then(function (buffer) {
            var bytes = new Uint8Array(buffer), text = '';
            for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
            done({status: r.status, disposition: r.headers.get('Content-Disposition'),
              type: r.headers.get('Content-Type'), base64: btoa(text)});
          });
        });
        """, href);
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
