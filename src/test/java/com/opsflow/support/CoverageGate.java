package com.opsflow.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Process test classes must cover at least 90 % of the flow nodes and sequence flows they touch. */
@TestConfiguration(proxyBeanMethods = false)
public class CoverageGate {

  public static final double MINIMUM = 0.9;

  @Bean
  @Primary
  ProcessEngineCoverageProperties opsflowCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(MINIMUM).build();
  }
}
