package com.opsflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The desk's first minutes with an incident, in Tasklist as a Chinese-speaking user meets it: log in,
 * start 事件管理 from its Camunda Form (a missing summary is refused first), pick the task from the
 * group filter, claim it, fill the form-js task form, complete it. The engine and the ticket register
 * then show that the browser really drove the process. Needs Debian's chromium and chromium-driver
 * (scripts/install-browser.sh); screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class TasklistBrowserTest {

  private static final String CHROMIUM = System.getProperty("opsflow.browser.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("opsflow.browser.chromedriver", "/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
  private static final By COMPLETE = By.cssSelector(".task-details button.btn-primary[ng-click='complete()']");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService history;
  @Autowired
  TicketService tickets;

  private WebDriver driver;
  private WebDriverWait wait;
  private WebDriverWait clickWait;
  private Path profile;
  private Map<String, String> labels;

  @RegisterExtension
  final AfterTestExecutionCallback keepEvidenceOnFailure = context -> {
    if (context.getExecutionException().isPresent() && driver != null) {
      String name = "failure-" + context.getRequiredTestMethod().getName();
      screenshot(name + ".png");
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }
  };

  @BeforeEach
  void openBrowser() throws IOException {
    for (String executable : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!new File(executable).canExecute()) {
        throw new IllegalStateException(executable + " is missing: run scripts/install-browser.sh (as root) first");
      }
    }
    Files.createDirectories(SCREENSHOTS);
    profile = Files.createTempDirectory("opsflow-chromium-");
    labels = tasklistLabels("zh");

    // both paths given explicitly: Selenium Manager must not try to download a browser or driver
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, TIMEOUT);
    clickWait = new WebDriverWait(driver, TIMEOUT);
    clickWait.ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }

  @Test
  void shouldRegisterAndAcceptAnIncidentThroughTheChineseTasklist() {
    logIn();
    assertChineseTasklistWithoutBanner();

    openStartForm();
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
    claimIfNeeded(lookup);

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
  }

  private void logIn() {
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
    type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))), USER);
    type(driver.findElement(By.cssSelector("input[ng-model='password']")), PASSWORD);
    WebElement signIn = driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    assertThat(signIn.getText()).isEqualTo(labels.get("PAGE_LOGIN_SIGN_IN_ACTION"));
    signIn.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action a")));
  }

  private void assertChineseTasklistWithoutBanner() {
    assertThat(driver.findElement(By.cssSelector(".start-process-action a")).getText())
        .isEqualTo(labels.get("START_PROCESS"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(filterLink()));
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
    assertThat(error.getText()).isNotBlank();
    screenshot("tasklist-start-form-invalid.png");
    assertThat(driver.findElement(By.cssSelector(".modal")).isDisplayed()).isTrue();
    assertThat(incidentsEverStarted()).isEqualTo(instancesBefore);
    assertThat(tickets.count()).isEqualTo(ticketsBefore);
  }

  private long incidentsEverStarted() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count();
  }

  private void openTaskFromDeskFilter(Task task) {
    click(filterLink());
    click(taskLink(task));
    wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator("knowledgeArticleUsed")));
  }

  private void claimIfNeeded(Task task) {
    By claim = By.cssSelector(".task-details button.claim");
    if (driver.findElements(claim).stream().anyMatch(WebElement::isDisplayed)) {
      assertThat(driver.findElement(claim).getText()).isEqualTo(labels.get("CLAIM_TASK"));
      click(claim);
    }
    wait.until(d -> USER.equals(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()));
    wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
  }

  /** The lookup step offers knowledge articles in a read-only field; the desk names the one it used. */
  private String firstSuggestedArticle() {
    String hits = field("knowledgeHits").getDomProperty("value");
    Matcher matcher = ARTICLE_ID.matcher(hits == null ? "" : hits);
    assertThat(matcher.find()).as("knowledge hits offered for '%s': %s", SUMMARY, hits).isTrue();
    return matcher.group();
  }

  private By filterLink() {
    return By.xpath("//h4[contains(@class,'name')]/a[contains(normalize-space(),'" + DESK_FILTER + "')]");
  }

  private static By taskLink(Task task) {
    return By.cssSelector("li.task h4.task a[href='#/?task=" + task.getId() + "']");
  }

  /** form-js renders a field with id {@code fjs-form-<random>-<component id>}; our component ids are Field_<key>. */
  private static By fieldLocator(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  private WebElement field(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator(key)));
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

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  /** Clicks once the element can take it; a fading notification or modal backdrop only delays the click. */
  private void click(By locator) {
    clickWait.until(d -> {
      WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
      if (element == null) {
        return false;
      }
      element.click();
      return true;
    });
  }

  private void screenshot(String name) {
    try {
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("could not keep screenshot " + name, e);
    }
  }

  private static Map<String, String> tasklistLabels(String locale) throws IOException {
    String resource = "META-INF/resources/webjars/camunda/app/tasklist/locales/" + locale + ".json";
    try (InputStream in = TasklistBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the classpath");
      }
      ObjectMapper json = new ObjectMapper();
      JsonNode labels = json.readTree(in).get("labels");
      return json.convertValue(labels, new TypeReference<Map<String, String>>() { });
    }
  }
}
