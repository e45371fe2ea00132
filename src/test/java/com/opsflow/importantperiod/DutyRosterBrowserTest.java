package com.opsflow.importantperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.opsflow.calendar.ImportantPeriod;
import com.opsflow.calendar.ImportantPeriods;
import com.opsflow.importantperiod.ImportantPeriodProcess.Var;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.Acting;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The duty roster of an important period as a project manager draws it up in the Chinese Tasklist: one dynamic-list
 * row per shift with start and end as date and time fields, the on-duty user and a phone
 * (docs/adr/0010-lists-in-forms.md); a row naming no user is refused by the server naming the row, the corrected
 * roster reaches the register. Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class DutyRosterBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-project-manager";
  private static final String FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.PROJECT_MANAGER) + "任务";
  private static final By SAVE = By.cssSelector(".task-details button.btn-default[ng-click='save($event)']");
  private static final By ADD_ROW = By.cssSelector("button.fjs-repeat-render-add");
  /** A period far ahead, of a system no other test declares periods for in this year. */
  private static final LocalDateTime FROM = LocalDateTime.of(2048, 3, 4, 8, 0);

  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  HistoryService history;
  @Autowired
  ImportantPeriods periods;
  @Autowired
  JdbcTemplate jdbc;
  private ProcessInstance declared;

  @AfterEach
  void forgetThePeriod() {
    if (declared != null) {
      runtime.createProcessInstanceQuery().processInstanceId(declared.getId()).list()
          .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test done"));
      jdbc.update("DELETE FROM duty_roster WHERE important_period_id IN (SELECT id FROM important_period WHERE"
          + " period_number = ?)", declared.getBusinessKey());
      jdbc.update("DELETE FROM important_period WHERE period_number = ?", declared.getBusinessKey());
    }
  }

  @Test
  void shouldLetAManagerDrawUpTheRosterShiftByShift() {
    Acting.as(identity, "demo-system-owner", List.of(OpsFlowGroups.SYSTEM_OWNER), () -> {
      declared = runtime.startProcessInstanceByKey(ImportantPeriodProcess.KEY, Map.of(Var.SYSTEM, "tips",
          Var.FROM, FROM.toString(), Var.TO, FROM.plusDays(1).toString(), Var.REASON, "年终决算"));
    });
    Task draft = taskService.createTaskQuery().processInstanceId(declared.getId())
        .taskDefinitionKey(ImportantPeriodProcess.TASK_DRAFT_ROSTER).singleResult();

    logIn(USER, "demo", filterLink(FILTER));
    click(filterLink(FILTER));
    click(taskLink(draft));
    field("periodSummary");
    claimIfNeeded(draft, USER);
    assertThat(field("periodSummary").getDomProperty("value")).contains("2048-03-04 08:00 至 2048-03-05 08:00");
    wait.until(d -> rows().size() == 1);
    addRow(2);

    fillRow(0, "3/4/2048", "08:00", "3/4/2048", "20:00", "demo-service-desk", "13800000001");
    fillRow(1, "3/4/2048", "20:00", "3/5/2048", "08:00", "", "13800000002");
    // form-js takes typed values a moment later, and a row rendered again may lose a text typed just before:
    // type again what a field lost and complete only once the form would submit it all
    saveUntil(draft, saved -> {
      retypeUnlessSaved(saved, "shiftUser", "user", 0, "demo-service-desk");
      retypeUnlessSaved(saved, "shiftPhone", "phone", 0, "13800000001");
      retypeUnlessSaved(saved, "shiftPhone", "phone", 1, "13800000002");
    }, saved -> saved.contains("\"start\":\"2048-03-04T08:00\"") && saved.contains("\"end\":\"2048-03-05T08:00\"")
        && saved.contains("demo-service-desk") && saved.contains("13800000001") && saved.contains("13800000002"));
    completeInForm("duty-roster-refused.png");
    wait.until(d -> d.getPageSource().contains("字段 dutyShifts（值班表）第 2 行：缺少值班人"));
    assertThat(periods.byNumber(declared.getBusinessKey()).roster()).as("nothing stored from a refused roster").isEmpty();
    ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('.page-notifications .alert')"
        + ".forEach(a => a.remove());");

    saveUntil(draft, saved -> retypeUnlessSaved(saved, "shiftUser", "user", 1, "demo-second-line"),
        saved -> saved.contains("demo-second-line"));
    completeInForm("duty-roster-list.png");

    wait.until(d -> taskService.createTaskQuery().taskId(draft.getId()).singleResult() == null);
    ImportantPeriod period = periods.byNumber(declared.getBusinessKey());
    assertThat(period.roster()).extracting(ImportantPeriod.DutyShift::userId, ImportantPeriod.DutyShift::from,
        ImportantPeriod.DutyShift::to, ImportantPeriod.DutyShift::phone).containsExactly(
        tuple("demo-service-desk", FROM, FROM.plusHours(12), "13800000001"),
        tuple("demo-second-line", FROM.plusHours(12), FROM.plusDays(1), "13800000002"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(declared.getId())
        .variableName(Var.SHIFTS).singleResult().getTypeName()).as("Tasklist submits the list as a Json variable")
        .isEqualTo("json");
  }

  private List<WebElement> rows() {
    return driver.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  private void addRow(int expected) {
    scrollTo(driver.findElement(ADD_ROW));
    click(ADD_ROW);
    wait.until(d -> rows().size() == expected);
  }

  private void fillRow(int row, String startDate, String startTime, String endDate, String endTime, String user,
      String phone) {
    typeDateTime("shiftStart", row, startDate, startTime);
    typeDateTime("shiftEnd", row, endDate, endTime);
    typeInRow("shiftUser", row, user);
    typeInRow("shiftPhone", row, phone);
  }

  /** The inputs of one field of the list, one per row in row order (form-js suffixes their ids per row). */
  private List<WebElement> inRows(String id, String suffix) {
    return driver.findElements(By.cssSelector(".fjs-repeat-row-container input[id*='-Field_" + id + "']")).stream()
        .filter(e -> e.getDomAttribute("id").matches(".*-Field_" + id + "(\\D.*)?" + suffix + "$")).toList();
  }

  /**
   * A form-js datetime field is a date input with a date picker that reads and shows month/day/year (3/4/2048) and a
   * time input that reads HH:mm when it loses the focus; typed again until both show it (form-js renders a row again while it takes a value).
   */
  private void typeDateTime(String id, int row, String monthDayYear, String time) {
    wait.until(d -> {
      WebElement date = inRows(id, "-date").get(row);
      if (!monthDayYear.equals(date.getDomProperty("value"))) {
        scrollTo(date);
        date.click();
        type(date, monthDayYear);
        date.sendKeys(Keys.ENTER);
        d.findElement(By.cssSelector("body")).click();
      }
      return monthDayYear.equals(inRows(id, "-date").get(row).getDomProperty("value"));
    });
    wait.until(d -> {
      WebElement input = inRows(id, "-time").get(row);
      if (!time.equals(input.getDomProperty("value"))) {
        scrollTo(input);
        input.click();
        type(input, time);
        input.sendKeys(Keys.TAB);
      }
      return time.equals(inRows(id, "-time").get(row).getDomProperty("value"));
    });
  }

  /** Types into one text field of one row until the field shows it. */
  private void typeInRow(String id, int row, String text) {
    if (text.isEmpty()) {
      return;
    }
    wait.until(d -> {
      WebElement input = inRows(id, "").get(row);
      if (!text.equals(input.getDomProperty("value"))) {
        scrollTo(input);
        type(input, text);
      }
      return text.equals(inRows(id, "").get(row).getDomProperty("value"));
    });
  }

  /**
   * Types the text into the row's field again, whatever the field shows, when the last saved form lacks it: form-js may
   * keep an older value than the input shows after it renders a row again. TAB leaves the field, so form-js takes it.
   */
  private void retypeUnlessSaved(String saved, String id, String key, int row, String text) {
    if (saved != null && saved.contains("\"" + key + "\":\"" + text + "\"")) {
      return;
    }
    wait.until(d -> {
      WebElement input = inRows(id, "").get(row);
      scrollTo(input);
      input.click();
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
      return text.equals(inRows(id, "").get(row).getDomProperty("value"));
    });
  }

  /**
   * Types again what a field lost and saves the form (Tasklist's 保存 keeps what the form would submit) until the saved
   * draft satisfies {@code holds}.
   */
  private void saveUntil(Task task, Consumer<String> retype, Predicate<String> holds) {
    String[] last = {null};
    try {
      wait.until(d -> {
        retype.accept(last[0]);
        JavascriptExecutor js = (JavascriptExecutor) d;
        js.executeScript("arguments[0].click();", d.findElement(SAVE));
        Object saved = js.executeScript("return localStorage.getItem('camunda-form:' + arguments[0]);", task.getId());
        last[0] = saved == null ? null : saved.toString();
        return saved != null && holds.test(saved.toString());
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the saved form never held what was typed; last saved: " + last[0], e);
    }
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private void completeInForm(String shot) {
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
    scrollTo(complete);
    screenshot(shot);
    // at the very end of the form the button cannot scroll clear of Tasklist's fixed footer
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", complete);
  }
}
