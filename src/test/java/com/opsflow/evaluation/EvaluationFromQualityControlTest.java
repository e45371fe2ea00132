package com.opsflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.evaluation.EvaluationRegister.Line;
import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.support.Acting;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quality control feeds the evaluation (B-2.3.13, issue: "complaints about an engineer are visible in that
 * engineer's evaluation"): a started evaluation's pre-filled sheet carries the complaints of the period.
 */
@OpsFlowIntegrationTest
class EvaluationFromQualityControlTest {

  static final String ENGINEER = "demo-service-desk";
  /** A month no other test uses. */
  static final String PERIOD = "2009-06";

  @Autowired
  ProcessEngine engine;
  @Autowired
  EvaluationRegister register;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  void complaint(String number, Boolean substantiated, String item, LocalDateTime at) {
    jdbc.update("""
        INSERT INTO complaint (complaint_number, system_id, channel, reporter, summary, engineer, category, substantiated,
          evaluation_item, callbacks, status, received_at) VALUES (?, 'oa', 'hotline', '某分局 王五', '接线员态度生硬', ?,
          'attitude', ?, ?, 1, 'closed', ?)""", number, ENGINEER, substantiated, item, Timestamp.valueOf(at));
  }

  @Test
  void shouldPrefillASubstantiatedAttitudeComplaintAsPoorAttitudeWithItsNumber() {
    complaint("CMP-20090610-0001", true, ScoreItem.POOR_ATTITUDE.code(), LocalDateTime.of(2009, 6, 10, 10, 0));
    complaint("CMP-20090612-0001", false, null, LocalDateTime.of(2009, 6, 12, 10, 0));
    complaint("CMP-20090702-0001", true, ScoreItem.POOR_ATTITUDE.code(), LocalDateTime.of(2009, 7, 2, 10, 0));

    ProcessInstance pi = Acting.as(engine.getIdentityService(), "demo-bureau-it", List.of("bureau-it"),
        () -> engine.getRuntimeService().createProcessInstanceByKey(ServiceEvaluationProcess.KEY)
            .setVariables(Map.of(Var.CONTRACT, "oa", Var.ENGINEER, ENGINEER, Var.PERIOD, PERIOD)).execute());

    Line poorAttitude = register.lines(pi.getBusinessKey()).stream()
        .filter(l -> ScoreItem.POOR_ATTITUDE.code().equals(l.item())).findFirst().orElseThrow();
    assertThat(poorAttitude.prefilledCount()).as("July's complaint belongs to the next period").isEqualTo(1);
    assertThat(poorAttitude.references()).containsExactly("CMP-20090610-0001");
    assertThat(register.lines(pi.getBusinessKey())).filteredOn(l -> l.item() == null)
        .anySatisfy(l -> assertThat(l.references()).containsExactly("CMP-20090612-0001"));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), Var.count(ScoreItem.POOR_ATTITUDE))).isEqualTo(1);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }
}
