package com.opsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Headless Chromium (Debian's chromium and chromedriver) on the Chinese Tasklist, for the browser tests:
 * a fresh profile per test, login, claiming, form-js fields by key, screenshots (and page source on
 * failure) under target/screenshots/.
 */
public abstract class TasklistBrowserSupport {

  protected static final String CHROMIUM = System.getProperty("opsflow.browser.chromium", "/usr/bin/chromium");
  protected static final String CHROMEDRIVER = System.getProperty("opsflow.browser.chromedriver", "/usr/bin/chromedriver");
  protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
  protected static final Duration TIMEOUT = Duration.ofSeconds(30);
  protected static final By COMPLETE = By.cssSelector(".task-details button.btn-primary[ng-click='complete()']");

  @LocalServerPort
  protected int port;
  @Autowired
  protected TaskService taskService;

  protected WebDriver driver;
  protected WebDriverWait wait;
  protected WebDriverWait clickWait;
  protected Map<String, String> labels;
  private Path profile;

  @RegisterExtension
  protected final AfterTestExecutionCallback keepEvidenceOnFailure = context -> {
    if (context.getExecutionException().isPresent() && driver != null) {
      String name = "failure-" + context.getRequiredTestMethod().getName();
      screenshot(name + ".png");
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }
  };

  @BeforeEach
  protected void openBrowser() throws IOException {
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
  protected void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }

  /** Logs in through Tasklist's Chinese login page and waits until {@code landmark} shows. */
  protected void logIn(String user, String password, By landmark) {
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
    type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))), user);
    type(driver.findElement(By.cssSelector("input[ng-model='password']")), password);
    WebElement signIn = driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    assertThat(signIn.getText()).isEqualTo(labels.get("PAGE_LOGIN_SIGN_IN_ACTION"));
    signIn.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(landmark));
  }

  protected void claimIfNeeded(Task task, String user) {
    By claim = By.cssSelector(".task-details button.claim");
    if (driver.findElements(claim).stream().anyMatch(WebElement::isDisplayed)) {
      assertThat(driver.findElement(claim).getText()).isEqualTo(labels.get("CLAIM_TASK"));
      click(claim);
    }
    wait.until(d -> user.equals(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()));
    wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
  }

  protected static By filterLink(String filterName) {
    return By.xpath("//h4[contains(@class,'name')]/a[contains(normalize-space(),'" + filterName + "')]");
  }

  protected static By taskLink(Task task) {
    return By.cssSelector("li.task h4.task a[href='#/?task=" + task.getId() + "']");
  }

  /** form-js renders a field with id {@code fjs-form-<random>-<component id>}; our component ids are Field_<key>. */
  protected static By fieldLocator(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  protected WebElement field(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator(key)));
  }

  protected static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  /** Clicks once the element can take it; a fading notification or modal backdrop only delays the click. */
  protected void click(By locator) {
    clickWait.until(d -> {
      WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
      if (element == null) {
        return false;
      }
      element.click();
      return true;
    });
  }

  protected void screenshot(String name) {
    try {
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("could not keep screenshot " + name, e);
    }
  }

  protected static Map<String, String> tasklistLabels(String locale) throws IOException {
    String resource = "META-INF/resources/webjars/camunda/app/tasklist/locales/" + locale + ".json";
    try (InputStream in = TasklistBrowserSupport.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the classpath");
      }
      ObjectMapper json = new ObjectMapper();
      JsonNode labels = json.readTree(in).get("labels");
      return json.convertValue(labels, new TypeReference<Map<String, String>>() { });
    }
  }
}
