package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.opsflow.OpsFlowApplication;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Groups, demo users, filters and the first administrator, as startup creates them. */
@OpsFlowIntegrationTest
class AccessSetupTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void shouldCreateEverySpecGroupWithItsDemoUser() {
    for (String group : OpsFlowGroups.WORK_GROUPS.keySet()) {
      assertThat(engine.getIdentityService().createGroupQuery().groupId(group).singleResult().getName())
          .isEqualTo(OpsFlowGroups.WORK_GROUPS.get(group));
      assertThat(engine.getIdentityService().createUserQuery().userId("demo-" + group).memberOfGroup(group).count())
          .isEqualTo(1);
      assertThat(engine.getIdentityService().checkPassword("demo-" + group, "demo")).isTrue();
    }
    assertThat(engine.getIdentityService().createUserQuery().userId("admin").memberOfGroup("camunda-admin").count())
        .isEqualTo(1);
  }

  @Test
  void shouldShowEachGroupItsOwnTaskFilterOnly() {
    try {
      engine.getIdentityService().setAuthentication("demo-second-line", List.of("second-line"));
      List<String> visible = engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
      assertThat(visible).containsExactlyInAnyOrder("二线技术支持任务", AccessSetup.MY_TASKS_FILTER);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void shouldRefuseToStartWithoutAnAdministratorOutsideTheDemoProfile() {
    Throwable refused = catchThrowable(() -> start("prod-" + UUID.randomUUID()).close());

    assertThat(refused).hasRootCauseMessage("OpsFlow has no administrator: set OPSFLOW_ADMIN_USER and"
        + " OPSFLOW_ADMIN_PASSWORD for the first start (the prod profile creates no user with a known password)");
  }

  @Test
  void shouldCreateTheFirstAdministratorFromTheEnvironmentAndNoDemoUsers() {
    try (ConfigurableApplicationContext prod = start("prod-" + UUID.randomUUID(),
        "--opsflow.security.admin.id=ops-admin", "--opsflow.security.admin.password=s3cret-Passw0rd")) {
      ProcessEngine prodEngine = prod.getBean(ProcessEngine.class);
      assertThat(prodEngine.getIdentityService().checkPassword("ops-admin", "s3cret-Passw0rd")).isTrue();
      assertThat(prodEngine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(1);
      assertThat(prodEngine.getIdentityService().createUserQuery().userIdIn("admin", "demo-service-desk").count())
          .isZero();
    }
  }

  /** Issue 14: in production the engine schema is installed deliberately, not by whichever node starts first. */
  @Test
  void shouldRefuseToCreateTheEngineSchemaInProdUnlessTold() {
    Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(OpsFlowApplication.class).profiles("prod")
        .run("--spring.datasource.url=jdbc:h2:mem:prod-noschema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--spring.datasource.username=sa",
            "--opsflow.test.own-datasource=true", "--opsflow.security.admin.id=ops-admin",
            "--opsflow.security.admin.password=s3cret-Passw0rd").close());
    assertThat(refused).isNotNull();
    assertThat(refused).rootCause().hasMessageContaining("tables");
  }

  private static ConfigurableApplicationContext start(String database, String... args) {
    String[] all = new String[args.length + 6];
    all[0] = "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    all[1] = "--server.port=0";
    all[2] = "--camunda.bpm.job-execution.enabled=false";
    all[3] = "--spring.datasource.username=sa";
    all[4] = "--opsflow.test.own-datasource=true"; // its own empty database, also in the PostgreSQL suite
    all[5] = "--camunda.bpm.database.schema-update=true"; // prod installs the engine schema only when told to
    System.arraycopy(args, 0, all, 6, args.length);
    return new SpringApplicationBuilder(OpsFlowApplication.class).profiles("prod").run(all);
  }
}
