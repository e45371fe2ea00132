package com.opsflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Spring context of the integration tests: the whole application on a random port, test profile
 * (jobs run by the tests, demo users, GreenMail port). Tagged "integration": the PostgreSQL suite runs
 * these. Process-path tests use {@link OpsFlowProcessTest} instead, whose engine measures coverage. The two cannot
 * share one context (tried for issue 11): the coverage listeners in that engine fail every engine call made outside a
 * measured test class ("Coverage state must be initialized"), e.g. the REST requests of these tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CoverageGate.NotMeasured.class)
@Tag("integration")
public @interface OpsFlowIntegrationTest {
}
