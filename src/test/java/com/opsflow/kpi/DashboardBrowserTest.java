package com.opsflow.kpi;

import static com.opsflow.support.TicketRows.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import com.opsflow.ticket.SupportedSystems;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13: the managers' dashboard 运维指标 in the Chinese Cockpit. The project manager opens it from Cockpit's
 * menu, picks a system and a month, sees Chinese headings and the figures /api/kpis computes for seeded tickets
 * (May 2039, invoice, where no other test writes), follows a figure to the tickets behind it and exports them; the
 * service desk gets no figures, and a Cockpit user outside the reading groups sees a Chinese message instead.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class DashboardBrowserTest extends TasklistBrowserSupport {

  private static final String SYSTEM = "invoice";
  private static final YearMonth MONTH = YearMonth.of(2039, 5);
  private static final By NAV = By.cssSelector("a.opsflow-kpi-nav");
  private static final By GRID_LOADED = By.cssSelector(".opsflow-kpis .kpi-card[data-kpi='escalationRate']");

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Kpis kpis;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;

  @Test
  void shouldShowTheManagerTheKpisOfASystemAndMonthInChineseWithTheTicketsBehindAFigure() {
    String fast = seed("0001", 2, false, true);
    String escalated = seed("0002", 3, true, false);
    String open = ticket(jdbc, "INC-20390506-0003").system(SYSTEM).summary("发票查验缓慢")
        .created(MONTH.atDay(6).atTime(9, 0)).insert();
    KpiFigures expected = kpis.figures(SYSTEM, MONTH.atDay(1), MONTH.atEndOfMonth());
    assertThat(expected.incidentsCreated()).isGreaterThanOrEqualTo(3);

    logInToCockpit("demo-project-manager");
    screenshot("dashboard-cockpit-start.png");
    assertThat(driver.findElement(By.cssSelector(".opsflow-kpi-pointer h3")).getText()).isEqualTo("运维指标");
    click(NAV);
    wait.until(ExpectedConditions.visibilityOfElementLocated(GRID_LOADED));
    WebElement month = driver.findElement(By.cssSelector(".opsflow-kpis input[name='month']"));
    assertThat(month.getDomProperty("value")).as("the current month by default")
        .isEqualTo(YearMonth.now().toString());
    assertThat(driver.findElement(By.cssSelector(".opsflow-kpis h2")).getText()).isEqualTo("运维指标");
    List<String> systems = new Select(driver.findElement(By.cssSelector(".opsflow-kpis select[name='system']")))
        .getOptions().stream().map(WebElement::getText).toList();
    assertThat(systems).containsExactlyElementsOf(
        Stream.concat(Stream.of("全部系统"), SupportedSystems.NAMES.values().stream()).toList());

    new Select(driver.findElement(By.cssSelector(".opsflow-kpis select[name='system']")))
        .selectByVisibleText(SupportedSystems.name(SYSTEM));
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", month, MONTH.toString());
    String period = SYSTEM + "|" + MONTH.atDay(1) + "|" + MONTH.atEndOfMonth();
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".opsflow-kpis"), "data-loaded", period));
    screenshot("dashboard-kpis.png");

    assertThat(headings()).contains("本期事件", "本级解决率", "上升率", "响应时限达标率", "解决时限达标率",
        "积压工单（期末未解决）", "平均响应 / 解决时间（工作时间）", "重大事件与职责履行", "变更与回退", "发布与回退");
    assertThat(figure("incidentsCreated")).isEqualTo(String.valueOf(expected.incidentsCreated()));
    assertThat(figure("firstLevelResolutionRate")).isEqualTo(percent(expected.firstLevelResolutionRate()));
    assertThat(figure("escalationRate")).isEqualTo(percent(expected.escalationRate()));
    assertThat(figure("responseSlaCompliance")).isEqualTo(percent(expected.responseSlaCompliance()));
    assertThat(figure("resolutionSlaCompliance")).isEqualTo(percent(expected.resolutionSlaCompliance()));
    assertThat(figure("backlog")).isEqualTo(String.valueOf(expected.backlog().total()));
    assertThat(text(card("firstLevelResolutionRate"))).contains("目标 ≥ 80%");
    assertThat(text(card("escalationRate"))).contains("目标 ≤ 20%");
    assertThat(card("firstLevelResolutionRate").findElements(By.cssSelector("svg.kpi-chart"))).hasSize(1);

    card("escalationRate").findElement(By.cssSelector("a.kpi-tickets-link")).click();
    By listed = By.cssSelector(".kpi-ticket-list tr.kpi-ticket");
    wait.until(ExpectedConditions.presenceOfElementLocated(listed));
    List<String> numbers = driver.findElements(listed).stream()
        .map(row -> text(row.findElement(By.tagName("td")))).toList();
    assertThat(numbers).contains(escalated).doesNotContain(fast, open);
    assertThat(text(driver.findElement(By.cssSelector(".kpi-ticket-total"))))
        .isEqualTo(String.valueOf(numbers.size()));
    WebElement listHeading = driver.findElement(By.cssSelector(".kpi-ticket-list h3"));
    assertThat(text(listHeading)).isEqualTo("工单清单：查看本期上升的事件");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", listHeading);
    String export = driver.findElement(By.cssSelector("a.kpi-ticket-export")).getDomAttribute("href");
    assertThat(export).contains("format=xlsx").contains("escalated=true").contains("system=" + SYSTEM);
    Object download = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
        + " + r.headers.get('content-type'))).catch(e => done(String(e)));", export);
    assertThat(String.valueOf(download)).startsWith("200 application/vnd.openxmlformats");
    screenshot("dashboard-tickets.png");
  }

  @Test
  void shouldGiveTheServiceDeskNoFigures() {
    logIn("demo-service-desk", "demo", By.cssSelector("a.navbar-brand, .tasks-list, .cam-tasklist-navbar"));
    driver.get(cockpit() + "#/opsflow-kpis");
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opsflow-forbidden h1")))
        .getText()).isEqualTo("没有访问权限");
    Object answer = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " fetch('/api/kpis', {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status + ' ' + t)))"
        + ".catch(e => done(String(e)));");
    assertThat(String.valueOf(answer)).startsWith("403").contains("只有项目经理");
    assertThat(driver.findElements(GRID_LOADED)).isEmpty();
    screenshot("dashboard-service-desk.png");
  }

  @Test
  void shouldTellACockpitUserOutsideTheReadingGroupsInChinese() {
    String outsider = "demo-dashboard-outsider";
    User user = identity.newUser(outsider);
    user.setPassword("demo");
    identity.saveUser(user);
    Authorization cockpitAccess = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    cockpitAccess.setUserId(outsider);
    cockpitAccess.setResource(Resources.APPLICATION);
    cockpitAccess.setResourceId("cockpit");
    cockpitAccess.addPermission(Permissions.ACCESS);
    authorizations.saveAuthorization(cockpitAccess);
    try {
      logInToCockpit(outsider);
      click(NAV);
      WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".opsflow-kpis .kpi-denied")));
      assertThat(message.getText()).startsWith("您没有查看运维指标的权限").contains("项目经理");
      assertThat(driver.findElements(GRID_LOADED)).isEmpty();
      screenshot("dashboard-denied.png");
    } finally {
      authorizations.deleteAuthorization(cockpitAccess.getId());
      identity.deleteUser(outsider);
    }
  }

  private String seed(String serial, int day, boolean escalate, boolean inTime) {
    LocalDateTime created = MONTH.atDay(day).atTime(9, 0);
    var row = ticket(jdbc, "INC-2039050" + day + "-" + serial).system(SYSTEM).priority("P2").summary("开票失败")
        .created(created)
        .responded(created.plusMinutes(inTime ? 10 : 50), created.plusMinutes(30))
        .resolved(created.plusHours(inTime ? 2 : 30), created.plusHours(8), "已处理");
    if (escalate) {
      row.escalated();
    }
    return row.insert();
  }

  private void logInToCockpit(String user) {
    driver.get(cockpit() + "#/login");
    type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))), user);
    type(driver.findElement(By.cssSelector("input[ng-model='password']")), "demo");
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(NAV));
    assertThat(driver.findElement(NAV).getText()).isEqualTo("运维指标");
  }

  private String cockpit() {
    return "http://localhost:" + port + "/camunda/app/cockpit/default/";
  }

  private List<String> headings() {
    return driver.findElements(By.cssSelector(".opsflow-kpis .kpi-card h3")).stream()
        .map(DashboardBrowserTest::text).toList();
  }

  /** The text also of an element scrolled out of Cockpit's view (getText() answers "" for those). */
  private static String text(WebElement element) {
    return element.getDomProperty("textContent").trim();
  }

  private WebElement card(String kpi) {
    return driver.findElement(By.cssSelector(".opsflow-kpis .kpi-card[data-kpi='" + kpi + "']"));
  }

  private String figure(String kpi) {
    return text(card(kpi).findElement(By.cssSelector(".kpi-value")));
  }

  /** As the dashboard writes a rate: one decimal and a per-cent sign, 无数据 without a rate. */
  private static String percent(Double rate) {
    return rate == null ? "无数据" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }
}
