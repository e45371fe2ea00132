package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.opsflow.OpsFlowApplication;
import com.opsflow.support.Acting;
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
  void shouldShowEachGroupItsOwnTaskFilterAndTheSharedOnesOnly() {
    List<String> visible = Acting.as(engine.getIdentityService(), "demo-second-line", List.of("second-line"),
        () -> engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList());

    assertThat(visible).containsExactlyInAnyOrder("二线技术支持任务", AccessSetup.MY_TASKS_FILTER,
        TasklistFilters.OVERDUE, TasklistFilters.MAJOR_INCIDENTS, "财税库银横向联网缴税系统任务", "税务综合办公信息系统任务",
        "发票系统任务");
  }

  /** Issue 16: the list shows what a desk sorts its work by, not only task names. */
  @Test
  void shouldShowTicketNumberSystemPriorityAndSummaryInEveryFilterList() {
    List<Filter> all = engine.getFilterService().createFilterQuery().list();
    assertThat(all).hasSizeGreaterThanOrEqualTo(TasklistFilters.all().size());
    for (Filter filter : all) {
      List<?> columns = (List<?>) filter.getProperties().get("variables");
      assertThat(columns.stream().map(column -> String.valueOf(((java.util.Map<?, ?>) column).get("name"))).toList())
          .as(filter.getName()).containsExactly("ticketNumber", "system", "priority", "summary");
    }
  }

  /** Issue 16: "逾期任务" lists the user's own and their groups' tasks whose due date has passed, nothing else. */
  @Test
  void shouldListOnlyOverdueTasksOfTheUsersGroupsInTheOverdueFilter() {
    String overdue = newGroupTask("service-desk", new java.util.Date(System.currentTimeMillis() - 3_600_000L));
    String notYetDue = newGroupTask("service-desk", new java.util.Date(System.currentTimeMillis() + 3_600_000L));
    String otherGroup = newGroupTask("second-line", new java.util.Date(System.currentTimeMillis() - 3_600_000L));
    try {
      assertThat(listAs("demo-service-desk", "service-desk", TasklistFilters.OVERDUE))
          .contains(overdue).doesNotContain(notYetDue, otherGroup);
      assertThat(listAs("demo-second-line", "second-line", TasklistFilters.OVERDUE))
          .contains(otherGroup).doesNotContain(overdue, notYetDue);
    } finally {
      List.of(overdue, notYetDue, otherGroup).forEach(id -> engine.getTaskService().deleteTask(id, true));
    }
  }

  /** Issue 16: one filter per supported system, by the instance's {@code system} variable. */
  @Test
  void shouldListATicketsTasksInItsSystemsFilterOnly() {
    org.camunda.bpm.engine.runtime.ProcessInstance invoice = new com.opsflow.support.ProcessDriver(engine)
        .startIncident(com.opsflow.support.ProcessDriver.incidentVariables("invoice", "individual", "medium"));
    List<String> invoiceTasks = engine.getTaskService().createTaskQuery().processInstanceId(invoice.getId()).list()
        .stream().map(org.camunda.bpm.engine.task.Task::getId).toList();
    assertThat(invoiceTasks).isNotEmpty();
    assertThat(listAs("demo-service-desk", "service-desk", "发票系统任务")).containsAll(invoiceTasks);
    assertThat(listAs("demo-service-desk", "service-desk", "税务综合办公信息系统任务")).doesNotContainAnyElementsOf(invoiceTasks);
    engine.getRuntimeService().deleteProcessInstance(invoice.getId(), "test done");
  }

  private String newGroupTask(String group, java.util.Date due) {
    org.camunda.bpm.engine.task.Task task = engine.getTaskService().newTask();
    task.setName("测试任务");
    task.setDueDate(due);
    engine.getTaskService().saveTask(task);
    engine.getTaskService().addCandidateGroup(task.getId(), group);
    return task.getId();
  }

  private List<String> listAs(String user, String group, String filterName) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return Acting.as(engine.getIdentityService(), user, List.of(group),
        () -> engine.getFilterService().<org.camunda.bpm.engine.task.Task>list(filter.getId()).stream()
            .map(org.camunda.bpm.engine.task.Task::getId).toList());
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
