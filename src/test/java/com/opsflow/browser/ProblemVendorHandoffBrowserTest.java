package com.opsflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.problem.Problem;
import com.opsflow.problem.ProblemProcess;
import com.opsflow.problem.ProblemService;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * A problem's vendor hand-off as the vendor meets it: a program problem is taken through the API up to
 * 提交厂商, then demo-vendor logs into the Chinese Tasklist, finds 厂商处理并答复 under the filter
 * "软件厂商任务", claims it, fills the Camunda Form (fix version, planned date, answer) and completes it.
 * The engine and the problem register then show the answer and the process at 跟踪处理.
 * Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class ProblemVendorHandoffBrowserTest {

  private static final String CHROMIUM = System.getProperty("opsflow.browser.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("opsflow.browser.chromedriver", "/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final String USER = "demo-vendor";
  private static final String PASSWORD = "demo";
  /** The vendor group's filter: its Chinese group name + "任务" (AccessSetup). */
  private static final String VENDOR_FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.VENDOR) + "任务";
  private static final String SUMMARY = "发票红冲后统计报表金额未扣减";
  private static final By COMPLETE = By.cssSelector(".task-details button.btn-primary[ng-click='complete()']");

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService history;
  @Autowired
  ProblemService problems;

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
  void shouldLetTheVendorAnswerAHandedOverProblemInTheChineseTasklist() {
    ProcessInstance problem = problemHandedOverToVendor();
    Task vendorTask = taskService.createTaskQuery().processInstanceId(problem.getId())
        .taskDefinitionKey(ProblemProcess.Element.VENDOR_ANSWER).singleResult();
    assertThat(vendorTask).as("厂商处理并答复 of %s", problem.getBusinessKey()).isNotNull();

    logIn();
    click(filterLink());
    click(taskLink(vendorTask));
    wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator("fixVersion")));
    claimIfNeeded(vendorTask);

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

  private void logIn() {
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
    type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))), USER);
    type(driver.findElement(By.cssSelector("input[ng-model='password']")), PASSWORD);
    WebElement signIn = driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    assertThat(signIn.getText()).isEqualTo(labels.get("PAGE_LOGIN_SIGN_IN_ACTION"));
    signIn.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(filterLink()));
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

  private By filterLink() {
    return By.xpath("//h4[contains(@class,'name')]/a[contains(normalize-space(),'" + VENDOR_FILTER + "')]");
  }

  private static By taskLink(Task task) {
    return By.cssSelector("li.task h4.task a[href='#/?task=" + task.getId() + "']");
  }

  private static By fieldLocator(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  private WebElement field(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator(key)));
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

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

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
    try (InputStream in = ProblemVendorHandoffBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the classpath");
      }
      ObjectMapper json = new ObjectMapper();
      JsonNode labels = json.readTree(in).get("labels");
      return json.convertValue(labels, new TypeReference<Map<String, String>>() { });
    }
  }
}
