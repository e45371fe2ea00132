package com.opsflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link OpsFlowProcessTest}, in one context shared by the scheduled operations' process tests, where the
 * incidents, problems and changes their findings open run for real but count toward their own tests' coverage
 * ({@link CoverageGate.MeasuredScheduled}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, CoverageGate.MeasuredScheduled.class})
@Tag("integration")
public @interface ScheduledOperationsProcessTest {
}
