package com.opsflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.survey.SatisfactionSurveyProcess;
import com.opsflow.survey.SatisfactionSurveyProcess.Element;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import com.opsflow.survey.SurveyRegister;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A batch of survey answers as the desk enters it in the Chinese Tasklist: the questions are shown, a line
 * with a missing rating is refused naming the line, the corrected batch is stored and the next batch starts
 * empty. Screenshots go to target/screenshots/.
 */
@OpsFlowIntegrationTest
@Tag("browser")
class SurveyAnswersBrowserTest extends TasklistBrowserSupport {

  private static final String USER = "demo-service-desk";
  private static final String FILTER = OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.SERVICE_DESK) + "任务";
  @Autowired
  RuntimeService runtime;
  @Autowired
  SurveyRegister register;

  @Test
  void shouldLetTheDeskEnterABatchOfAnswers() {
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
    field("answers");
    claimIfNeeded(collect, USER);
    assertThat(field("questionList").getDomProperty("value")).isEqualTo("1. 服务态度\n2. 解决效果\n");

    type(field("answers"), "南宁市局 张三,5,4,很满意\n柳州市局 李四,4");
    completeInForm("survey-answers-refused.png");
    wait.until(d -> d.getPageSource().contains("第 2 行"));
    ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('.page-notifications .alert')"
        + ".forEach(a => a.remove());");

    type(field("answers"), "南宁市局 张三,5,4,很满意\n柳州市局 李四,4,3");
    completeInForm("survey-answers-form.png");

    wait.until(d -> register.answers(pi.getBusinessKey()).size() == 2);
    assertThat(register.answers(pi.getBusinessKey())).extracting(SurveyRegister.StoredAnswer::enteredBy)
        .containsOnly(USER);
    Task next = wait.until(d -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.COLLECT).singleResult());
    assertThat(taskService.getVariable(next.getId(), Var.ANSWERS)).isEqualTo("");
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }

  private void completeInForm(String shot) {
    WebElement complete = driver.findElement(COMPLETE);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    screenshot(shot);
    click(COMPLETE);
  }
}
