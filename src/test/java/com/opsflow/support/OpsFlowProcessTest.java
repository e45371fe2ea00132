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
 * Process-path tests: the whole application (real delegates, decisions, database) with coverage
 * listeners in the engine; each class named *ProcessTest must cover at least {@link CoverageGate#MINIMUM}
 * of the flow nodes and sequence flows of the processes it runs. One shared context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, CoverageGate.Measured.class})
@Tag("integration")
public @interface OpsFlowProcessTest {
}
