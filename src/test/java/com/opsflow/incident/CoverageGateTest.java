package com.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The coverage gate is real: a process test class that covers too little fails the build. */
class CoverageGateTest {

  @Test
  void shouldFailAProcessTestClassBelowNinetyPercentCoverage() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(IncidentCoverageGateSample.class))
        .execute();

    results.testEvents().assertStatistics(stats -> stats.succeeded(1));
    assertThat(results.containerEvents().failed().list()).singleElement().satisfies(event ->
        assertThat(event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable()
            .orElseThrow()).hasMessageContaining("coverage ratio is at least 0.9"));
  }
}
