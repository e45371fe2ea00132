package com.opsflow.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The process coverage gate: at least 90 % for every *ProcessTest class. */
public final class CoverageGate {

  public static final double MINIMUM = 0.9;
  /** Test classes whose coverage is measured and asserted. */
  public static final String MEASURED_CLASSES = "*ProcessTest";
  /**
   * Processes that other processes start on the side (the incident starts major-incident handling and,
   * for a knowledge candidate, a knowledge draft whose start checks run in the incident's transaction; a major
   * change starts a training, B-2.3.12) or
   * call (change, release, migration and data maintenance call approval):
   * measured only in their own context ({@link IsolatedProcessTest}), where no other process starts them.
   */
  static final String[] MEASURED_IN_OWN_CONTEXT = {"major-incident", "approval", "knowledge", "training"};

  private CoverageGate() {
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Measured {

    @Bean
    @Primary
    ProcessEngineCoverageProperties opsflowCoverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder()
          .assertClassCoverageAtLeast(MINIMUM)
          .addInclusionPatternForTestClasses(MEASURED_CLASSES)
          .addInclusionPatternForTestClasses("*CoverageGateSample")
          .excludeProcessDefinitionKeys(MEASURED_IN_OWN_CONTEXT)
          .build();
    }
  }

  /** For {@link IsolatedProcessTest}: everything the class runs counts. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class MeasuredAll {

    @Bean
    @Primary
    ProcessEngineCoverageProperties opsflowCoverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder()
          .assertClassCoverageAtLeast(MINIMUM)
          .addInclusionPatternForTestClasses(MEASURED_CLASSES)
          .build();
    }
  }

  /**
   * For {@link ScheduledOperationsProcessTest}: the scheduled processes open incidents, problems and changes for what
   * they find; those processes are measured by their own tests, so here only what the scheduled processes run counts.
   */
  static final String[] STARTED_BY_SCHEDULED_OPERATIONS = {"incident", "problem", "change", "approval", "major-incident",
      "knowledge", "training"};

  @TestConfiguration(proxyBeanMethods = false)
  public static class MeasuredScheduled {

    @Bean
    @Primary
    ProcessEngineCoverageProperties opsflowCoverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder()
          .assertClassCoverageAtLeast(MINIMUM)
          .addInclusionPatternForTestClasses(MEASURED_CLASSES)
          .excludeProcessDefinitionKeys(STARTED_BY_SCHEDULED_OPERATIONS)
          .build();
    }
  }

  /** The coverage listener is on the test classpath for every Spring test; outside process tests it measures nothing. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class NotMeasured {

    @Bean
    ProcessEngineCoverageProperties opsflowCoverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder().addInclusionPatternForTestClasses("none").build();
    }
  }
}
