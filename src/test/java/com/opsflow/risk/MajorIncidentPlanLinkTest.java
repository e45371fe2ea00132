package com.opsflow.risk;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.major.MajorIncidentProcess;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * C 系统故障响应要求 2「当系统发生故障时第一时间启动应急预案」: second line names, when it responds to a major incident, the
 * contingency plan it started; the plan must exist, approved, for the incident's system (the register, not the form),
 * and its last rehearsal date is kept with the incident, shown on the restore form and in the ticket history.
 */
@OpsFlowIntegrationTest
class MajorIncidentPlanLinkTest {

  static final String RESPOND = MajorIncidentProcess.Element.RESPOND;

  @Autowired
  ProcessEngine engine;
  @Autowired
  TicketService tickets;
  @Autowired
  ContingencyPlanRegister plans;
  @Autowired
  TestRestTemplate http;

  ProcessInstance majorIncident(String system) {
    String number = String.format("INC-20401123-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    tickets.register(new NewTicket(number, "incident", null, system, "hotline", "某市税务局第一税务分局", null,
        "全市无法开具发票", "开票服务返回超时", "city", "high", false, "demo-service-desk"));
    return engine.getRuntimeService().createProcessInstanceByKey(MajorIncidentProcess.KEY)
        .setVariable("ticketNumber", number).setVariable("majorReason", "全市开票中断").execute();
  }

  /** An approved invoice plan rehearsed on {@code rehearsed}, with a newer draft that is not approved. */
  String approvedPlan(String system, LocalDate rehearsed) {
    String key = "link-" + Long.toString(System.nanoTime(), 36);
    plans.addVersion(key, system, "P1", "开票服务中断专项应急预案", "1. 切换备用开票节点；2. 通知指定联系人", "demo-second-line",
        null);
    plans.approve(key, 1, "demo-team-lead", null);
    if (rehearsed != null) {
      plans.rehearse(key, 1, null, rehearsed, "二线 2 人", "passed", null, "demo-second-line");
    }
    plans.addVersion(key, system, "P1", "开票服务中断专项应急预案", "修订中", "demo-second-line", null);
    return key;
  }

  @Test
  void shouldRecordTheApprovedPlanTheIncidentStartedAndShowItsLastRehearsal() {
    String key = approvedPlan("invoice", LocalDate.of(2040, 9, 20));
    ProcessInstance pi = majorIncident("invoice");
    ProcessDriver driver = new ProcessDriver(engine);
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), ContingencyPlanUse.OPTIONS))
        .contains(key + " 第 1 版", "上次演练：2040-09-20").doesNotContain(key + " 第 2 版");

    driver.claimAndCompleteAs(pi, RESPOND, "demo-second-line", "second-line", "responseNote", "开票节点不可用",
        ContingencyPlanUse.PLAN_KEY, key);

    BpmnAwareTests.assertThat(pi).isWaitingAt(MajorIncidentProcess.Element.RESTORE_SERVICE);
    ContingencyPlanRegister.IncidentPlan used = plans.incidentPlan(pi.getBusinessKey()).orElseThrow();
    assertThat(used.planKey()).isEqualTo(key);
    assertThat(used.planVersion()).as("the newest approved version, not the draft").isEqualTo(1);
    assertThat(used.rehearsedOn()).isEqualTo(LocalDate.of(2040, 9, 20));
    assertThat(used.recordedBy()).isEqualTo("demo-second-line");
    Task restore = driver.task(pi, MajorIncidentProcess.Element.RESTORE_SERVICE);
    assertThat(engine.getTaskService().getVariable(restore.getId(), ContingencyPlanUse.PLAN_REHEARSED))
        .isEqualTo("2040-09-20");
    assertThat((String) engine.getTaskService().getVariable(restore.getId(), ContingencyPlanUse.PLAN_USED))
        .contains(key, "第 1 版");
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> "contingency-plan-used".equals(e.eventType()))
        .singleElement().extracting(TicketEventRecord::detail).asString().contains(key, "上次演练：2040-09-20");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldShowANeverRehearsedPlanAsSuch() {
    String key = approvedPlan("invoice", null);
    ProcessInstance pi = majorIncident("invoice");

    new ProcessDriver(engine).claimAndCompleteAs(pi, RESPOND, "demo-second-line", "second-line", "responseNote", "x",
        ContingencyPlanUse.PLAN_KEY, key, ContingencyPlanUse.PLAN_VERSION, 1L);

    assertThat(engine.getRuntimeService().getVariable(pi.getId(), ContingencyPlanUse.PLAN_REHEARSED))
        .isEqualTo("尚未演练");
    assertThat(plans.incidentPlan(pi.getBusinessKey()).orElseThrow().rehearsedOn()).isNull();
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseAPlanThatIsUnknownOfAnotherSystemOrNotApproved() {
    String tipsKey = approvedPlan("tips", LocalDate.of(2040, 9, 1));
    String invoiceKey = approvedPlan("invoice", LocalDate.of(2040, 9, 1));
    ProcessInstance pi = majorIncident("invoice");
    ProcessDriver driver = new ProcessDriver(engine);

    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, RESPOND, "demo-second-line", "second-line",
        "responseNote", "x", ContingencyPlanUse.PLAN_KEY, tipsKey)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ContingencyPlanUse.PLAN_KEY).hasMessageContaining("发票系统没有应急预案");
    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, RESPOND, "demo-second-line", "second-line",
        "responseNote", "x", ContingencyPlanUse.PLAN_KEY, "no-such-plan")).hasRootCauseInstanceOf(
        InvalidInputException.class).hasMessageContaining(ContingencyPlanUse.PLAN_KEY);
    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, RESPOND, "demo-second-line", "second-line",
        "responseNote", "x", ContingencyPlanUse.PLAN_KEY, invoiceKey, ContingencyPlanUse.PLAN_VERSION, 2L))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(ContingencyPlanUse.PLAN_VERSION)
        .hasMessageContaining("尚未审批");
    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, RESPOND, "demo-second-line", "second-line",
        "responseNote", "x", ContingencyPlanUse.PLAN_VERSION, 1L)).hasRootCauseInstanceOf(
        InvalidInputException.class).hasMessageContaining(ContingencyPlanUse.PLAN_KEY);

    // through the engine REST API: 400 naming the field, nothing recorded
    Task respond = driver.task(pi, RESPOND);
    RestClient secondLine = RestClient.demo(http, "second-line");
    ResponseEntity<String> refused = secondLine.raw(HttpMethod.POST, "/engine-rest/task/" + respond.getId()
        + "/complete", variables(Map.of("responseNote", "x", ContingencyPlanUse.PLAN_KEY, tipsKey)));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(ContingencyPlanUse.PLAN_KEY);
    BpmnAwareTests.assertThat(pi).isWaitingAt(RESPOND);
    assertThat(plans.incidentPlan(pi.getBusinessKey())).isEmpty();
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }
}
