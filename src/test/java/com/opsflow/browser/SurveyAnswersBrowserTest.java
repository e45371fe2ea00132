package com.opsflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.survey.SatisfactionSurveyProcess;
import com.opsflow.survey.SatisfactionSurveyProcess.Element;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import com.opsflow.survey.SurveyRegister;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A batch of survey answers as the desk enters it in the Chinese Tasklist: one dynamic-list row per respondent with
 * a rating field for each of the survey's questions only (docs/adr/0010-lists-in-forms.md); rows are added and
 * removed, a missing rating is refused by the server naming the row, the corrected batch is stored and the next batch
 * starts with an empty list. Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class SurveyAnswersBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-service-desk";
  private static final String FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.SERVICE_DESK) + "任务";
  private static final By SAVE = By.cssSelector(".task-details button.btn-default[ng-click='save($event)']");
  private static final By ADD_ROW = By.cssSelector("button.fjs-repeat-render-add");
  private static final By REMOVE_ROW = By.cssSelector("button.fjs-repeat-row-remove");
  @Autowired
  RuntimeService runtime;
  @Autowired
  SurveyRegister register;

  @Test
  void shouldLetTheDeskEnterABatchOfAnswersRowByRow() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Map<String, Object> plan = new HashMap<>();
    plan.put(Var.SYSTEM, "oa");
    plan.put(Var.TITLE, "OA 用户满意度调查");
    plan.put(Var.PERIOD_FROM, today.toString());
    plan.put(Var.PERIOD_TO, today.plusDays(5).toString());
    plan.put(Var.RESPONDENTS, "各市局 OA 用户");
    plan.put(Var.SURVEYOR, "驻场支持岗");
    plan.put(Var.QUESTIONS, "服务态度\n解决效果");
    ProcessInstance pi = runtime.startProcessInstanceByKey(SatisfactionSurveyProcess.KEY, plan);
    Task collect = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.COLLECT)
        .singleResult();

    logIn(USER, "demo", filterLink(FILTER));
    click(filterLink(FILTER));
    click(taskLink(collect));
    field("questionList");
    claimIfNeeded(collect, USER);
    assertThat(field("questionList").getDomProperty("value")).isEqualTo("1. 服务态度\n2. 解决效果\n");
    assertThat(field("answers").getDomProperty("value")).as("text lines may still be pasted").isEmpty();

    for (int i = 1; i <= 3; i++) {
      addRow(i);
    }
    wait.until(ExpectedConditions.textToBePresentInElementLocated(ADD_ROW, "添加一行"));
    wait.until(d -> d.findElements(REMOVE_ROW).stream().map(b -> b.getDomAttribute("aria-label")).toList()
        .equals(List.of("删除第 1 行", "删除第 2 行", "删除第 3 行")));
    assertThat(inRows("q2")).as("a rating field per question of this survey").hasSize(3);
    assertThat(inRows("q3")).as("no field for questions the survey does not have").isEmpty();
    fillRow(0, "南宁市局 张三", "5", "4", "很满意");
    fillRow(1, "临时行", "1", "1", "");
    fillRow(2, "柳州市局 李四", "4", "", "");
    scrollTo(driver.findElements(REMOVE_ROW).get(1));
    driver.findElements(REMOVE_ROW).get(1).click();
    wait.until(d -> rows().size() == 2);
    completeInForm("survey-answers-refused.png");
    wait.until(d -> d.getPageSource().contains("第 2 行：第 2 题缺少评分"));
    assertThat(register.answers(pi.getBusinessKey())).as("nothing stored from a refused batch").isEmpty();
    ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('.page-notifications .alert')"
        + ".forEach(a => a.remove());");

    type(inRows("q2").get(1), "3");
    wait.until(d -> "3".equals(inRows("q2").get(1).getDomProperty("value")));
    // form-js takes a typed number a moment later: save the form until what it would submit holds it
    wait.until(d -> {
      JavascriptExecutor js = (JavascriptExecutor) d;
      js.executeScript("arguments[0].click();", d.findElement(SAVE));
      Object saved = js.executeScript("return localStorage.getItem('camunda-form:' + arguments[0]);", collect.getId());
      return saved != null && saved.toString().contains("\"q2\":3");
    });
    completeInForm("survey-answers-list.png");

    wait.until(d -> register.answers(pi.getBusinessKey()).size() == 2);
    assertThat(register.answers(pi.getBusinessKey())).extracting(SurveyRegister.StoredAnswer::respondent,
        SurveyRegister.StoredAnswer::ratings, SurveyRegister.StoredAnswer::enteredBy)
        .containsExactly(tuple("南宁市局 张三", List.of(5, 4), USER), tuple("柳州市局 李四", List.of(4, 3), USER));
    Task next = wait.until(d -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.COLLECT).singleResult());
    assertThat(taskService.getVariable(next.getId(), Var.ANSWER_ROWS).toString()).isEqualTo("[]");
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }

  private List<WebElement> rows() {
    return driver.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  /** The inputs of one field of the list, one per row in row order (form-js suffixes their ids per row). */
  private List<WebElement> inRows(String key) {
    return driver.findElements(By.cssSelector(".fjs-repeat-row-container [id*='-Field_" + key + "']")).stream()
        .filter(e -> List.of("input", "textarea").contains(e.getTagName())
            && e.getDomAttribute("id").matches(".*-Field_" + key + "(\\D.*)?$")).toList();
  }

  private void addRow(int expected) {
    scrollTo(driver.findElement(ADD_ROW));
    click(ADD_ROW);
    wait.until(d -> rows().size() == expected);
  }

  private void fillRow(int row, String respondent, String q1, String q2, String comment) {
    type(inRows("respondent").get(row), respondent);
    type(inRows("q1").get(row), q1);
    type(inRows("q2").get(row), q2);
    if (!comment.isEmpty()) {
      type(inRows("comment").get(row), comment);
    }
    wait.until(d -> respondent.equals(inRows("respondent").get(row).getDomProperty("value"))
        && q1.equals(inRows("q1").get(row).getDomProperty("value")));
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
