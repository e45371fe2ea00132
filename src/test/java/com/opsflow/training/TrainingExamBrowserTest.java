package com.opsflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TasklistBrowserSupport;
import com.opsflow.training.TrainingProcess.Element;
import com.opsflow.training.TrainingProcess.Var;
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
 * The exam results as the team lead enters them in the Chinese Tasklist: a dynamic list pre-filled with the round's
 * names, one score per row (docs/adr/0010-lists-in-forms.md); a task opened before the list still shows the text and
 * refuses a bad line naming it. Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class TrainingExamBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-team-lead";
  private static final String FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.TEAM_LEAD) + "任务";
  private static final By SAVE = By.cssSelector(".task-details button.btn-default[ng-click='save($event)']");
  @Autowired
  RuntimeService runtime;
  @Autowired
  TrainingRegister register;

  private ProcessInstance examWaiting() {
    Map<String, Object> plan = new HashMap<>();
    plan.put(Var.SYSTEM, "oa");
    plan.put(Var.TOPIC, "公文流转模块运维培训");
    plan.put(Var.TRAINING_AT, "2031-11-03T09:00");
    plan.put(Var.PLACE, "培训室");
    plan.put(Var.TEACHER, "林工");
    plan.put(Var.MATERIAL, "课件");
    plan.put(Var.TRAINEES, "张三\n李四");
    ProcessInstance pi = runtime.startProcessInstanceByKey(TrainingProcess.KEY, plan);
    taskService.complete(exam(pi, Element.DELIVER).getId(), Map.of(Var.DELIVERY_NOTE, "按计划完成"));
    return pi;
  }

  private void openExam(Task exam) {
    logIn(USER, "demo", filterLink(FILTER));
    click(filterLink(FILTER));
    click(taskLink(exam));
    field("examRound");
    claimIfNeeded(exam, USER);
  }

  @Test
  void shouldLetTheTeamLeadEnterOneScorePerPrefilledTraineeRow() {
    ProcessInstance pi = examWaiting();
    Task exam = exam(pi, Element.RECORD_EXAM);

    openExam(exam);
    wait.until(d -> inRows("trainee").size() == 2);
    assertThat(inRows("trainee")).extracting(e -> e.getDomProperty("value")).containsExactly("张三", "李四");
    assertThat(driver.findElements(By.cssSelector("button.fjs-repeat-render-add"))).as("the round decides who sits")
        .isEmpty();
    assertThat(driver.findElements(fieldLocator("examResults"))).as("the old text field is hidden").isEmpty();

    List<String> scores = List.of("90", "85.5");
    wait.until(d -> {
      boolean kept = true;
      for (int row = 0; row < scores.size(); row++) {
        if (!scores.get(row).equals(inRows("score").get(row).getDomProperty("value"))) {
          type(inRows("score").get(row), scores.get(row));
          kept = false;
        }
      }
      return kept;
    });
    // form-js takes a typed number a moment later: save the form until what it would submit holds both scores
    wait.until(d -> {
      JavascriptExecutor js = (JavascriptExecutor) d;
      js.executeScript("arguments[0].click();", d.findElement(SAVE));
      Object saved = js.executeScript("return localStorage.getItem('camunda-form:' + arguments[0]);", exam.getId());
      return saved != null && saved.toString().contains("85.5") && saved.toString().contains("90");
    });
    completeInForm("training-exam-list.png");

    wait.until(d -> register.find(pi.getBusinessKey()).map(t -> t.rounds() == 1).orElse(false));
    assertThat(register.results(pi.getBusinessKey())).extracting(TrainingRegister.Result::trainee, r -> r.score()
        .stripTrailingZeros().toPlainString(), TrainingRegister.Result::recordedBy)
        .containsExactly(tuple("张三", "90", USER), tuple("李四", "85.5", USER));
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldStillCompleteAnExamTaskOpenedBeforeTheListWithTheTextLineByLine() {
    ProcessInstance pi = examWaiting();
    runtime.removeVariable(pi.getId(), Var.EXAM_SCORES); // as a task created before the list has it
    Task exam = exam(pi, Element.RECORD_EXAM);

    openExam(exam);
    assertThat(field("examResults").getDomProperty("value")).isEqualTo("张三,\n李四,\n");
    assertThat(inRows("trainee")).as("no list rows").isEmpty();

    typeAndKeep("examResults", "张三,90\n李四,八十五");
    completeInForm("training-exam-refused.png");
    wait.until(d -> d.getPageSource().contains("第 2 行"));
    assertThat(exam(pi, Element.RECORD_EXAM)).as("still open").isNotNull();
    // the error stays on screen over the buttons until closed
    ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('.page-notifications .alert')"
        + ".forEach(a => a.remove());");

    typeAndKeep("examResults", "张三,90\n李四,85");
    completeInForm("training-exam-form.png");

    wait.until(d -> register.find(pi.getBusinessKey()).map(t -> t.rounds() == 1).orElse(false));
    assertThat(register.results(pi.getBusinessKey())).extracting(TrainingRegister.Result::recordedBy)
        .containsOnly(USER);
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }

  /** Types until form-js keeps the text: a render of the form just after it opened may restore the value it had. */
  private void typeAndKeep(String key, String text) {
    wait.until(d -> {
      if (!text.equals(field(key).getDomProperty("value"))) {
        type(field(key), text);
        return false;
      }
      return true;
    });
  }

  private Task exam(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** The inputs of one field of the list, one per row in row order (form-js suffixes their ids per row). */
  private List<WebElement> inRows(String key) {
    // without add/remove form-js renders the rows without a row container
    return driver.findElements(By.cssSelector("[id*='-Field_" + key + "_']")).stream()
        .filter(e -> "input".equals(e.getTagName())).toList();
  }

  private void completeInForm(String shot) {
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    screenshot(shot);
    // at the very end of the form the button cannot scroll clear of Tasklist's fixed footer
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", complete);
  }
}
