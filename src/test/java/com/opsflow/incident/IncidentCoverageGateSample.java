package com.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test of its own (surefire does not pick it up by name): CoverageGateTest runs it to prove
 * that one path alone does not pass the 90 % gate.
 */
@OpsFlowProcessTest
class IncidentCoverageGateSample {

  @Autowired
  ProcessEngine engine;

  @Test
  void startsAnIncidentOnly() {
    assertThat(new ProcessDriver(engine).startIncident(ProcessDriver.incidentVariables("tips", "individual", "low"))
        .getBusinessKey()).startsWith("INC-");
  }
}
