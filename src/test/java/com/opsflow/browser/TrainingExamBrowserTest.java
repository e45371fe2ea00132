package com.opsflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.training.TrainingProcess;
import com.opsflow.training.TrainingProcess.Element;
import com.opsflow.training.TrainingProcess.Var;
import com.opsflow.training.TrainingRegister;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exam results as the team lead enters them in the Chinese Tasklist: the textarea comes pre-filled with
 * the round's names, a bad line is refused with the reason naming the line, the corrected text completes
 * the task. Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class TrainingExamBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-team-lead";
  private static final String FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.TEAM_LEAD) + "任务";
  @Autowired
  RuntimeService runtime;
  @Autowired
  TrainingRegister register;

  @Test
  void shouldLetTheTeamLeadEnterTheExamResultsLineByLine() {
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
    Task exam = exam(pi, Element.RECORD_EXAM);

    logIn(USER, "demo", filterLink(FILTER));
    click(filterLink(FILTER));
    click(taskLink(exam));
    field("examResults");
    claimIfNeeded(exam, USER);
    assertThat(field("examResults").getDomProperty("value")).isEqualTo("张三,\n李四,\n");

    type(field("examResults"), "张三,90\n李四,八十五");
    completeInForm("training-exam-refused.png");
    wait.until(d -> d.getPageSource().contains("第 2 行"));
    assertThat(exam(pi, Element.RECORD_EXAM)).as("still open").isNotNull();
    // the error stays on screen over the buttons until closed
    ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('.page-notifications .alert')"
        + ".forEach(a => a.remove());");

    type(field("examResults"), "张三,90\n李四,85");
    completeInForm("training-exam-form.png");

    wait.until(d -> register.find(pi.getBusinessKey()).map(t -> t.rounds() == 1).orElse(false));
    assertThat(register.results(pi.getBusinessKey())).extracting(TrainingRegister.Result::recordedBy)
        .containsOnly(USER);
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }

  private Task exam(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private void completeInForm(String shot) {
    WebElement complete = driver.findElement(COMPLETE);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    screenshot(shot);
    click(COMPLETE);
  }
}
