package com.opsflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.OpsFlowApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.mock.env.MockEnvironment;

/** Issue 14: production never runs silently on the embedded H2 database. */
class ProductionDatabaseCheckTest {

  private static MockEnvironment environment(String url, String... profiles) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profiles);
    if (url != null) {
      environment.setProperty("spring.datasource.url", url);
    }
    return environment;
  }

  @Test
  void shouldRefuseTheProdProfileOnH2NamingTheSettingsToGive() {
    ProductionDatabaseCheck check = new ProductionDatabaseCheck();
    assertThatThrownBy(() -> check.postProcessEnvironment(environment("jdbc:h2:file:./data/opsflow", "prod"), null))
        .hasMessageContaining("OPSFLOW_DB_URL").hasMessageContaining("SPRING_PROFILES_ACTIVE=prod,postgres")
        .hasMessageContaining("jdbc:h2:file:./data/opsflow");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment(null, "prod"), null))
        .hasMessageContaining("OPSFLOW_DB_URL");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment("jdbc:h2:tcp://db/opsflow", "prod"), null))
        .hasMessageContaining("OPSFLOW_DB_URL");
  }

  @Test
  void shouldAcceptPostgresInProdAndH2OutsideProd() {
    ProductionDatabaseCheck check = new ProductionDatabaseCheck();
    assertThatCode(() -> check.postProcessEnvironment(environment("jdbc:postgresql://db:5432/opsflow", "prod",
        "postgres"), null)).doesNotThrowAnyException();
    assertThatCode(() -> check.postProcessEnvironment(environment("jdbc:h2:file:./data/opsflow", "default"), null))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldStopTheApplicationBeforeAnythingIsCreatedWhenProdHasNoDatabase() {
    SpringApplication application = new SpringApplication(OpsFlowApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setAdditionalProfiles("prod");
    assertThatThrownBy(() -> application.run("--spring.datasource.url=jdbc:h2:file:./target/prod-probe"))
        .hasMessageContaining("OPSFLOW_DB_URL");
    assertThat(new java.io.File("target/prod-probe.mv.db")).doesNotExist();
  }
}
