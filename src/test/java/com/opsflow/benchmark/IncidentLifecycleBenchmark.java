package com.opsflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.opsflow.incident.IncidentFollowupProcess;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.mail.NotificationProcess;
import com.opsflow.major.MajorIncidentProcess;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Drives N incident lifecycles through the real application (engine, DMN, delegates, ticket register,
 * authorization checks on, history level full as in production) and prints lifecycles per second and
 * task-completion latency at 1 and N threads, side by side with {@link BareEngineTwin} (the same models on a
 * plain engine with stub beans) and the ratios; see docs/benchmark.md. Not part of the test run: tagged "benchmark", run
 * with {@code ./mvnw -B test -Pbenchmark}. It asserts correctness only, never speed.
 *
 * <p>Its own context rather than {@code @OpsFlowIntegrationTest}: the coverage listeners of the shared
 * context would add work to every step, and the coverage gate would fail a class that only walks the
 * main paths.
 */
@Tag("benchmark")
@ExcludeFromProcessCoverage
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// closes the engine before the JVM's shutdown hooks run, so it does not race TestDatabase dropping the database
@DirtiesContext
class IncidentLifecycleBenchmark {

  /** Counts OpsFlow's statements, commits and engine commands per thread (WorkCounter), as the twin's are. */
  @TestConfiguration(proxyBeanMethods = false)
  static class WorkCounting {

    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource ? WorkCounter.wrap(dataSource) : bean;
        }
      };
    }

    @Bean
    ProcessEnginePlugin countingCommands() {
      return new AbstractProcessEnginePlugin() {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
          if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
          }
          configuration.getCustomPreCommandInterceptorsTxRequired().add(WorkCounter.commandInterceptor());
        }
      };
    }
  }

  private static final Path JSON_REPORT = Path.of("target", "benchmark", "incident-lifecycle.json");
  private static final String DESK_USER = "demo-" + OpsFlowGroups.SERVICE_DESK;
  private static final String SECOND_LINE_USER = "demo-" + OpsFlowGroups.SECOND_LINE;

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private IdentityService identity;
  @Autowired
  private HistoryService history;
  @Autowired
  private ManagementService management;
  @Autowired
  private TicketService tickets;
  @Autowired
  private DataSource dataSource;

  @Test
  void drivesIncidentLifecyclesToClosedTickets() throws Exception {
    Settings settings = Settings.fromSystemProperties();
    assertThat(management.getHistoryLevel()).as("history level (production: full)")
        .isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).as("authorization checks").isTrue();
    String database = database();
    Driver opsflow = new Driver("OpsFlow", runtime, tasks, identity, history);

    // the reference: the same models and lifecycle shapes on a bare engine on a database of its own
    BareEngineTwin bare = settings.twin() ? BareEngineTwin.start() : null;
    try {
      Driver reference = bare == null ? null : new Driver("bare twin", bare.engine().getRuntimeService(),
          bare.engine().getTaskService(), bare.engine().getIdentityService(), bare.engine().getHistoryService());
      // both warm up first; then the measured runs alternate (OpsFlow, twin at 1 thread; OpsFlow, twin at N) so
      // that neither side profits alone from the JIT work of the other and load drift hits both alike
      Run ourWarmup = run(opsflow, settings, settings.threads(), 0, settings.warmup());
      Run twinWarmup = reference == null ? null : run(reference, settings, settings.threads(), 0, settings.warmup());
      long ourNotifications = notificationInstances(opsflow);
      long twinNotifications = reference == null ? 0 : notificationInstances(reference);
      double loadBefore = loadAverage();
      int first = settings.warmup();
      int second = settings.warmup() + settings.lifecycles();
      Run our1 = run(opsflow, settings, 1, first, settings.lifecycles());
      Run twin1 = reference == null ? null : run(reference, settings, 1, first, settings.lifecycles());
      Run ourN = settings.threads() > 1 ? run(opsflow, settings, settings.threads(), second, settings.lifecycles()) : null;
      Run twinN = settings.threads() > 1 && reference != null
          ? run(reference, settings, settings.threads(), second, settings.lifecycles()) : null;
      double[] load = {loadBefore, loadAverage()};
      Runs ours = new Runs(ourWarmup, our1, ourN, notificationInstances(opsflow) - ourNotifications, load);
      Runs twin = reference == null ? null
          : new Runs(twinWarmup, twin1, twinN, notificationInstances(reference) - twinNotifications, load);

      Map<String, Integer> priorityMix = verify(ours.all());
      verifyEngine(opsflow, ours.all());
      if (twin != null) {
        verifyEngine(reference, twin.all());
      }

      Run detailed = ourN != null ? ourN : our1;
      Map<String, Object> report = report(settings, database, detailed, priorityMix, ours.notificationsCreated(), load);
      report.put("comparison", comparison(ours, twin, bare == null ? null : bare.database()));
      print(report);
      writeJson(report);
    } finally {
      if (bare != null) {
        bare.close();
      }
    }
  }

  private Run run(Driver driver, Settings settings, int threads, int firstIndex, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long begin = System.nanoTime();
      List<Future<Lifecycle>> futures = new ArrayList<>();
      for (int i = firstIndex; i < firstIndex + count; i++) {
        Scenario scenario = Scenario.of(i, settings.escalateEvery());
        futures.add(pool.submit(() -> lifecycle(driver, scenario)));
      }
      List<Lifecycle> done = new ArrayList<>();
      for (Future<Lifecycle> future : futures) {
        done.add(future.get());
      }
      return new Run(done, System.nanoTime() - begin, threads);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One incident from the desk's start to closure, its database and engine work counted (WorkCounter). */
  private Lifecycle lifecycle(Driver d, Scenario s) {
    WorkCounter.Counted<Lifecycle> counted = WorkCounter.count(() -> drive(d, s));
    return counted.result().withWork(counted.tally());
  }

  /** One incident from the desk's start to closure, as the users would click through it in Tasklist. */
  private Lifecycle drive(Driver d, Scenario s) {
    List<Timing> timings = new ArrayList<>();
    try {
      actAs(d, DESK_USER, OpsFlowGroups.SERVICE_DESK);
      long t0 = System.nanoTime();
      WorkCounter.Counted<ProcessInstance> started = WorkCounter.count(() ->
          d.runtime().createProcessInstanceByKey(IncidentProcess.KEY)
              .setVariables(s.startVariables())
              .execute());
      long startNanos = System.nanoTime() - t0;
      ProcessInstance instance = started.result();
      String ticket = instance.getBusinessKey();
      assertThat(ticket).as("ticket number of lifecycle %d", s.index()).isNotBlank();

      complete(d, ticket, IncidentProcess.Element.LOOKUP_KNOWLEDGE,
          Map.of(IncidentProcess.Var.KNOWLEDGE_ARTICLE_USED, s.knowledgeArticle()), timings);
      if (s.escalate()) {
        complete(d, ticket, IncidentProcess.Element.ANALYSE, Map.of(
            IncidentProcess.Var.ANALYSIS, "一线排查：" + s.summary() + "，按知识库步骤处理后仍未恢复。",
            IncidentProcess.Var.FIRST_LINE_OUTCOME, IncidentProcess.Outcome.ESCALATE,
            IncidentProcess.Var.ESCALATION_REASON, "需查看服务端日志与配置，一线无权限。"), timings);
        actAs(d, SECOND_LINE_USER, OpsFlowGroups.SECOND_LINE);
        complete(d, ticket, IncidentFollowupProcess.Element.HANDLE_ESCALATED, Map.of(
            IncidentFollowupProcess.Var.SECOND_LINE_ANALYSIS, "服务端接口超时，连接池耗尽。",
            IncidentProcess.Var.SOLUTION, "扩大连接池并重启应用服务，已恢复。"), timings);
        actAs(d, DESK_USER, OpsFlowGroups.SERVICE_DESK);
        complete(d, ticket, IncidentFollowupProcess.Element.VERIFY_SOLUTION, Map.of(
            IncidentFollowupProcess.Var.VERIFICATION_OUTCOME, IncidentFollowupProcess.Outcome.VERIFIED,
            IncidentFollowupProcess.Var.VERIFICATION_NOTE, "测试环境复现后验证通过。"), timings);
        complete(d, ticket, IncidentFollowupProcess.Element.CALL_BACK, Map.of(
            IncidentFollowupProcess.Var.CALLBACK_NOTE, "已电话回访" + s.reporter() + "，告知处理结果。"), timings);
        complete(d, ticket, IncidentFollowupProcess.Element.CONFIRM_APPLIED, Map.of(
            IncidentFollowupProcess.Var.SATISFACTION_OUTCOME, IncidentFollowupProcess.Outcome.SATISFIED,
            IncidentFollowupProcess.Var.SATISFACTION_NOTE, "用户确认业务已恢复。"), timings);
      } else {
        complete(d, ticket, IncidentProcess.Element.ANALYSE, Map.of(
            IncidentProcess.Var.ANALYSIS, "一线排查：" + s.summary() + "。",
            IncidentProcess.Var.FIRST_LINE_OUTCOME, IncidentProcess.Outcome.RESOLVED,
            IncidentProcess.Var.SOLUTION, s.solution()), timings);
        complete(d, ticket, IncidentProcess.Element.CONFIRM_WITH_REPORTER, Map.of(
            IncidentProcess.Var.CONFIRMATION_OUTCOME, IncidentProcess.Outcome.CONFIRMED,
            IncidentProcess.Var.CONFIRMATION_NOTE, "用户电话确认已恢复。"), timings);
      }
      if (s.escalate()) {
        actAs(d, SECOND_LINE_USER, OpsFlowGroups.SECOND_LINE); // second line closes escalated tickets (B-2.3.1 steps 9-11)
      }
      complete(d, ticket, IncidentProcess.Element.CLOSE, Map.of(
          IncidentProcess.Var.CLOSURE_NOTE, "已结案。",
          IncidentProcess.Var.NEW_KNOWLEDGE_CANDIDATE, s.escalate()), timings);
      return new Lifecycle(s, instance.getId(), ticket, startNanos, timings, started.tally(), null);
    } finally {
      d.identity().clearAuthentication();
    }
  }

  private void complete(Driver d, String ticket, String taskKey, Map<String, Object> variables, List<Timing> timings) {
    long t0 = System.nanoTime();
    Task task = d.tasks().createTaskQuery().processInstanceBusinessKey(ticket).taskDefinitionKey(taskKey).singleResult();
    long t1 = System.nanoTime();
    if (task == null) {
      throw new IllegalStateException(ticket + " has no open task " + taskKey);
    }
    WorkCounter.Counted<Task> completed = WorkCounter.count(() -> {
      d.tasks().complete(task.getId(), variables);
      return task;
    });
    timings.add(new Timing(taskKey, t1 - t0, System.nanoTime() - t1, completed.tally()));
  }

  private void actAs(Driver d, String user, String group) {
    d.identity().setAuthentication(user, List.of(group));
  }

  /** Every lifecycle ended at "closed" with its ticket closed; returns the priority mix the DMN decided. */
  private Map<String, Integer> verify(List<Lifecycle> lifecycles) {
    identity.clearAuthentication();
    Map<String, Integer> mix = new TreeMap<>();
    for (Lifecycle l : lifecycles) {
      HistoricProcessInstance incident =
          history.createHistoricProcessInstanceQuery().processInstanceId(l.processInstanceId()).singleResult();
      assertThat(incident.getState()).as("state of %s", l.ticket()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
      assertThat(incident.getEndActivityId()).as("end of %s", l.ticket()).isEqualTo(IncidentProcess.Element.END_CLOSED);
      Ticket ticket = tickets.find(l.ticket()).orElseThrow(() -> new AssertionError("no ticket " + l.ticket()));
      assertThat(ticket.status()).as("status of %s", l.ticket()).isEqualTo(TicketStatus.CLOSED.code());
      assertThat(ticket.escalationLevel()).as("escalation level of %s", l.ticket()).isEqualTo(l.scenario().escalate() ? 1 : 0);
      if (l.scenario().escalate()) {
        HistoricProcessInstance followup =
            history.createHistoricProcessInstanceQuery().superProcessInstanceId(l.processInstanceId()).singleResult();
        assertThat(followup.getState()).as("follow-up of %s", l.ticket()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(tickets.transferStatus(l.ticket())).as("transfer of %s", l.ticket()).contains("closed");
      }
      mix.merge(ticket.priority(), 1, Integer::sum);
      if (Boolean.TRUE.equals(ticket.major())) {
        mix.merge("major", 1, Integer::sum);
      }
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentFollowupProcess.KEY).count()).isZero();
    // scoped to what this run started: P1 tickets also open a major incident, whose duties stay with people
    for (Lifecycle l : lifecycles) {
      for (String key : List.of(IncidentProcess.KEY, IncidentFollowupProcess.KEY)) {
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(l.ticket()).processDefinitionKey(key).count())
            .as("open %s tasks of %s", key, l.ticket()).isZero();
      }
    }
    return mix;
  }

  /**
   * What the engine itself must show on either side, OpsFlow or the twin: the incident ended at "closed", an
   * escalated one went through a completed follow-up, no incident or follow-up task is left, and exactly the
   * lifecycles the priority decision made major started a major-incident instance under their ticket number.
   */
  private static void verifyEngine(Driver d, List<Lifecycle> lifecycles) {
    d.identity().clearAuthentication();
    for (Lifecycle l : lifecycles) {
      String what = d.name() + " " + l.ticket();
      HistoricProcessInstance incident =
          d.history().createHistoricProcessInstanceQuery().processInstanceId(l.processInstanceId()).singleResult();
      assertThat(incident.getState()).as("state of %s", what).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
      assertThat(incident.getEndActivityId()).as("end of %s", what).isEqualTo(IncidentProcess.Element.END_CLOSED);
      long followups = d.history().createHistoricProcessInstanceQuery().superProcessInstanceId(l.processInstanceId())
          .completed().count();
      assertThat(followups).as("completed follow-ups of %s", what).isEqualTo(l.scenario().escalate() ? 1 : 0);
      for (String key : List.of(IncidentProcess.KEY, IncidentFollowupProcess.KEY)) {
        assertThat(d.tasks().createTaskQuery().processInstanceBusinessKey(l.ticket()).processDefinitionKey(key).count())
            .as("open %s tasks of %s", key, what).isZero();
      }
      boolean major = d.history().createHistoricVariableInstanceQuery().processInstanceId(l.processInstanceId())
          .variableName(IncidentProcess.Var.MAJOR).list().stream().anyMatch(v -> Boolean.TRUE.equals(v.getValue()));
      assertThat(d.history().createHistoricProcessInstanceQuery().processDefinitionKey(MajorIncidentProcess.KEY)
          .processInstanceBusinessKey(l.ticket()).count()).as("major-incident instances of %s", what)
          .isEqualTo(major ? 1 : 0);
    }
    assertThat(d.runtime().createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count())
        .as("%s: running incidents", d.name()).isZero();
  }

  private static long notificationInstances(Driver d) {
    return d.history().createHistoricProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY).count();
  }

  /** The machine's 1-minute load average: other builds on the box make the figures noisy. */
  private static double loadAverage() {
    return round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private String database() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0];
    }
  }

  private Map<String, Object> report(Settings settings, String database, Run measured, Map<String, Integer> priorityMix,
      long notificationsCreated, double[] loadBeforeAfter) {
    List<Lifecycle> lifecycles = measured.lifecycles();
    long[] starts = lifecycles.stream().mapToLong(Lifecycle::startNanos).toArray();
    long[] completions = lifecycles.stream().flatMap(l -> l.timings().stream()).mapToLong(Timing::nanos).toArray();
    long[] queries = lifecycles.stream().flatMap(l -> l.timings().stream()).mapToLong(Timing::queryNanos).toArray();
    Map<String, Object> perTask = new LinkedHashMap<>();
    lifecycles.stream().flatMap(l -> l.timings().stream()).map(Timing::taskKey).distinct().forEach(key ->
        {
          List<Timing> ofTask = lifecycles.stream().flatMap(l -> l.timings().stream())
              .filter(t -> t.taskKey().equals(key)).toList();
          Map<String, Object> stats = Stats.of(ofTask.stream().mapToLong(Timing::nanos).toArray()).asMap();
          stats.put("work", WorkCounter.asMap(WorkCounter.Tally.sum(ofTask.stream().map(Timing::work).toList()),
              ofTask.size()));
          perTask.put(key, stats);
        });
    double seconds = measured.wallNanos() / 1e9;

    Map<String, Object> r = new LinkedHashMap<>();
    r.put("benchmark", "incident-lifecycle");
    r.put("measuredAt", OffsetDateTime.now().toString());
    r.put("database", database);
    r.put("historyLevel", "full");
    r.put("authorizationChecks", true);
    r.put("lifecycles", settings.lifecycles());
    r.put("warmup", settings.warmup());
    r.put("threads", measured.threads());
    r.put("escalateEvery", settings.escalateEvery());
    r.put("escalated", lifecycles.stream().filter(l -> l.scenario().escalate()).count());
    r.put("cpus", Runtime.getRuntime().availableProcessors());
    r.put("java", System.getProperty("java.version"));
    r.put("wallSeconds", round(seconds));
    r.put("lifecyclesPerSecond", round(lifecycles.size() / seconds));
    r.put("taskCompletionMs", Stats.of(completions).asMap());
    r.put("startMs", Stats.of(starts).asMap());
    r.put("taskQueryMs", Stats.of(queries).asMap());
    r.put("perTaskCompletionMs", perTask);
    r.put("priorityMixAllLifecycles", priorityMix);
    r.put("notificationInstancesCreated", notificationsCreated);
    Map<String, Object> load = new LinkedHashMap<>();
    load.put("before", loadBeforeAfter[0]);
    load.put("after", loadBeforeAfter[1]);
    r.put("loadAverage1m", load);
    return r;
  }

  /** OpsFlow and the twin side by side per thread count, with the ratios OpsFlow / twin. */
  private static Map<String, Object> comparison(Runs ours, Runs twin, String twinDatabase) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("twinDatabase", twinDatabase);
    c.put("twinNotificationInstancesCreated", twin == null ? null : twin.notificationsCreated());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < ours.measured().size(); i++) {
      Run o = ours.measured().get(i);
      Run t = twin == null ? null : twin.measured().get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("threads", o.threads());
      row.put("lifecycles", o.lifecycles().size());
      row.put("opsflow", side(o));
      if (t != null) {
        row.put("twin", side(t));
        Stats os = o.completions();
        Stats ts = t.completions();
        Map<String, Object> ratio = new LinkedHashMap<>();
        ratio.put("lifecyclesPerSecond", ratio(o.lifecyclesPerSecond(), t.lifecyclesPerSecond()));
        ratio.put("taskP50", ratio(os.p50(), ts.p50()));
        ratio.put("taskP95", ratio(os.p95(), ts.p95()));
        ratio.put("taskP99", ratio(os.p99(), ts.p99()));
        ratio.put("startP50", ratio(o.starts().p50(), t.starts().p50()));
        row.put("ratioOpsFlowToTwin", ratio);
      }
      rows.add(row);
    }
    c.put("runs", rows);
    Map<String, Object> work = new LinkedHashMap<>();
    work.put("opsflow", work(ours));
    if (twin != null) {
      work.put("twin", work(twin));
    }
    c.put("work", work);
    return c;
  }

  /** Mean work per start and per lifecycle over a side's measured lifecycles (both thread counts). */
  private static Map<String, Object> work(Runs runs) {
    List<Lifecycle> measured = runs.measured().stream().flatMap(r -> r.lifecycles().stream()).toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lifecycles", measured.size());
    m.put("perStart", WorkCounter.asMap(WorkCounter.Tally.sum(measured.stream().map(Lifecycle::startWork).toList()),
        measured.size()));
    m.put("perLifecycle", WorkCounter.asMap(WorkCounter.Tally.sum(measured.stream().map(Lifecycle::work).toList()),
        measured.size()));
    return m;
  }

  private static Map<String, Object> side(Run run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lifecyclesPerSecond", run.lifecyclesPerSecond());
    m.put("wallSeconds", round(run.wallNanos() / 1e9));
    m.put("taskCompletionMs", run.completions().asMap());
    m.put("startMs", run.starts().asMap());
    return m;
  }

  private static Double ratio(double ours, double twin) {
    return twin == 0 ? null : round(ours / twin);
  }

  @SuppressWarnings("unchecked")
  private static String printComparison(Map<String, Object> c) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "  side by side with the bare-engine twin (same models and lifecycle shapes, no Spring,"
        + " stub beans; twin on %s):%n", c.get("twinDatabase") == null ? "— not run (-Dbenchmark.twin=false)"
        : c.get("twinDatabase")));
    out.append(String.format(Locale.ROOT, "    %-7s %-9s %12s %9s %9s %9s %10s%n", "threads", "engine", "lifecycles/s",
        "task p50", "p95", "p99", "start p50"));
    for (Map<String, Object> row : (List<Map<String, Object>>) c.get("runs")) {
      for (String side : List.of("opsflow", "twin")) {
        Map<String, Object> s = (Map<String, Object>) row.get(side);
        if (s == null) {
          continue;
        }
        Map<String, Object> t = (Map<String, Object>) s.get("taskCompletionMs");
        out.append(String.format(Locale.ROOT, "    %-7s %-9s %12s %9s %9s %9s %10s%n", row.get("threads"),
            side.equals("opsflow") ? "OpsFlow" : "twin", s.get("lifecyclesPerSecond"), t.get("p50"), t.get("p95"),
            t.get("p99"), ((Map<String, Object>) s.get("startMs")).get("p50")));
      }
      Map<String, Object> ratio = (Map<String, Object>) row.get("ratioOpsFlowToTwin");
      if (ratio != null) {
        out.append(String.format(Locale.ROOT, "    %-7s %-9s %12s %9s %9s %9s %10s%n", row.get("threads"), "ratio",
            ratio.get("lifecyclesPerSecond") + "x", ratio.get("taskP50") + "x", ratio.get("taskP95") + "x",
            ratio.get("taskP99") + "x", ratio.get("startP50") + "x"));
      }
    }
    out.append("    (ratio = OpsFlow / twin: below 1 for lifecycles/s and above 1 for latencies means OpsFlow is slower;"
        + " latencies in ms)\n");
    if (c.get("twinNotificationInstancesCreated") != null) {
      out.append(String.format(Locale.ROOT, "    twin: notification instances created in the measured runs %s%n",
          c.get("twinNotificationInstancesCreated")));
    }
    return out.toString();
  }

  /**
   * Statements, round trips, connections, commits and engine commands per start and per lifecycle, OpsFlow and twin,
   * then the start's statements by kind side by side: counted, not timed, so independent of the machine's load.
   */
  @SuppressWarnings("unchecked")
  private static String printWork(Map<String, Object> work) {
    Map<String, Object> ours = (Map<String, Object>) work.get("opsflow");
    Map<String, Object> twin = (Map<String, Object>) work.get("twin");
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "  work per start and per lifecycle (means over the %s measured lifecycles of"
        + " each side; counted on the driving thread, independent of load):%n", ours.get("lifecycles")));
    String row = "    %-9s %-10s %10s %7s %8s %11s %11s %8s %9s %7s%n";
    out.append(String.format(Locale.ROOT, row, "engine", "per", "statements", "ACT_*", "OpsFlow", "round trips",
        "connections", "commits", "commands", "nested"));
    for (String per : List.of("perStart", "perLifecycle")) {
      for (Map.Entry<String, Map<String, Object>> side : sides(ours, twin)) {
        Map<String, Object> w = (Map<String, Object>) side.getValue().get(per);
        out.append(String.format(Locale.ROOT, row, side.getKey(), per.equals("perStart") ? "start" : "lifecycle",
            w.get("statements"), w.get("engineStatements"), w.get("applicationStatements"), w.get("roundTrips"),
            w.get("connections"), w.get("commits"), w.get("engineApiCommands"), w.get("engineNestedCommands")));
      }
    }
    Map<String, Object> ourKinds = (Map<String, Object>) ((Map<String, Object>) ours.get("perStart")).get("byStatement");
    Map<String, Object> twinKinds = twin == null ? Map.of()
        : (Map<String, Object>) ((Map<String, Object>) twin.get("perStart")).get("byStatement");
    out.append("    statements per start by kind (OpsFlow | twin):\n");
    List<String> kinds = new ArrayList<>(ourKinds.keySet());
    twinKinds.keySet().stream().filter(k -> !ourKinds.containsKey(k)).forEach(kinds::add);
    for (String kind : kinds) {
      out.append(String.format(Locale.ROOT, "      %-34s %7s | %s%n", kind, ourKinds.getOrDefault(kind, 0),
          twinKinds.getOrDefault(kind, 0)));
    }
    Map<String, Object> ourCommands =
        (Map<String, Object>) ((Map<String, Object>) ours.get("perStart")).get("engineCommands");
    out.append("    engine commands per start (OpsFlow): " + ourCommands + "\n");
    if (twin != null) {
      out.append("    engine commands per start (twin):    "
          + ((Map<String, Object>) twin.get("perStart")).get("engineCommands") + "\n");
    }
    return out.toString();
  }

  private static List<Map.Entry<String, Map<String, Object>>> sides(Map<String, Object> ours, Map<String, Object> twin) {
    List<Map.Entry<String, Map<String, Object>>> sides = new ArrayList<>();
    sides.add(Map.entry("OpsFlow", ours));
    if (twin != null) {
      sides.add(Map.entry("twin", twin));
    }
    return sides;
  }

  @SuppressWarnings("unchecked")
  private static void print(Map<String, Object> r) {
    Map<String, Object> completion = (Map<String, Object>) r.get("taskCompletionMs");
    Map<String, Object> start = (Map<String, Object>) r.get("startMs");
    StringBuilder out = new StringBuilder("\n");
    out.append(String.format(Locale.ROOT, "OpsFlow benchmark: incident lifecycles on %s (history %s, authorization on),"
            + " N=%s per thread count, warm-up=%s, figures below for threads=%s, cpus=%s%n", r.get("database"), r.get("historyLevel"), r.get("lifecycles"),
        r.get("warmup"), r.get("threads"), r.get("cpus")));
    out.append(String.format(Locale.ROOT, "  lifecycles/s: %.2f  (%s lifecycles in %.2f s, %s of them escalated"
        + " through incident-followup)%n", r.get("lifecyclesPerSecond"), r.get("lifecycles"), r.get("wallSeconds"),
        r.get("escalated")));
    out.append(String.format(Locale.ROOT, "  task completion latency ms: p50 %s  p95 %s  p99 %s  max %s  (n=%s)%n",
        completion.get("p50"), completion.get("p95"), completion.get("p99"), completion.get("max"),
        completion.get("count")));
    out.append(String.format(Locale.ROOT, "  start latency ms:           p50 %s  p95 %s  p99 %s  max %s  (n=%s)%n",
        start.get("p50"), start.get("p95"), start.get("p99"), start.get("max"), start.get("count")));
    Map<String, Object> query = (Map<String, Object>) r.get("taskQueryMs");
    out.append(String.format(Locale.ROOT, "  task query latency ms:      p50 %s  p95 %s  p99 %s  max %s  (n=%s, finding"
        + " each task by ticket number; not in the completion figures)%n", query.get("p50"), query.get("p95"),
        query.get("p99"), query.get("max"), query.get("count")));
    out.append("  completion latency per task, ms:\n");
    ((Map<String, Object>) r.get("perTaskCompletionMs")).forEach((task, stats) -> {
      Map<String, Object> s = (Map<String, Object>) stats;
      Map<String, Object> w = (Map<String, Object>) s.get("work");
      out.append(String.format(Locale.ROOT, "    %-24s n=%-5s p50 %-7s p95 %-7s max %-8s statements %s, commits %s%n",
          task, s.get("count"), s.get("p50"), s.get("p95"), s.get("max"), w.get("statements"), w.get("commits")));
    });
    out.append(String.format(Locale.ROOT, "  priority mix (warm-up included): %s%n", r.get("priorityMixAllLifecycles")));
    Map<String, Object> load = (Map<String, Object>) r.get("loadAverage1m");
    out.append(String.format(Locale.ROOT, "  load average (1 min) before/after the measured runs: %s / %s%n",
        load.get("before"), load.get("after")));
    out.append(String.format(Locale.ROOT, "  notification instances created in the measured runs: %s (left waiting at their async mail job:"
        + " the job executor is off in the test profile)%n", r.get("notificationInstancesCreated")));
    out.append("  checked (OpsFlow and twin): every lifecycle ended at " + IncidentProcess.Element.END_CLOSED
        + ", escalated ones through a completed follow-up, major ones opened a major incident, no incident task left;"
        + " OpsFlow: every ticket closed\n");
    out.append(printComparison((Map<String, Object>) r.get("comparison")));
    out.append(printWork((Map<String, Object>) ((Map<String, Object>) r.get("comparison")).get("work")));
    out.append("  JSON: " + JSON_REPORT + "\n");
    System.out.println(out);
  }

  private static void writeJson(Map<String, Object> report) throws IOException {
    Files.createDirectories(JSON_REPORT.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(JSON_REPORT.toFile(), report);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** -Dbenchmark.lifecycles, .warmup, .threads, .escalateEvery (0: never escalate), .twin (false: no bare twin). */
  record Settings(int lifecycles, int warmup, int threads, int escalateEvery, boolean twin) {

    static Settings fromSystemProperties() {
      Settings s = new Settings(property("benchmark.lifecycles", 200), property("benchmark.warmup", 20),
          property("benchmark.threads", 1), property("benchmark.escalateEvery", 5),
          !"false".equalsIgnoreCase(System.getProperty("benchmark.twin", "true").trim()));
      if (s.lifecycles() < 1 || s.warmup() < 0 || s.threads() < 1 || s.escalateEvery() < 0) {
        throw new IllegalArgumentException("benchmark settings out of range: " + s);
      }
      return s;
    }

    private static int property(String name, int fallback) {
      String value = System.getProperty(name);
      return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
  }

  /**
   * What the desk is told about lifecycle {@code index}: systems rotate, about four in five incidents
   * come out P3/P4, one in ten P1 (half of those major), the rest P2; every escalateEvery-th goes to
   * second line.
   */
  record Scenario(int index, String system, String channel, String reporter, String reporterEmail, String summary,
      String knowledgeArticle, String solution, String impact, String urgency, boolean importantPeriod,
      boolean escalate) {

    private static final String[][] IMPACT_URGENCY = {
        {"individual", "low"}, {"individual", "medium"}, {"office", "low"}, {"individual", "high"},
        {"office", "medium"}, {"individual", "low"}, {"city", "low"}, {"individual", "medium"},
        {"office", "low"}, {"office", "high"}, {"individual", "low"}, {"individual", "high"},
        {"office", "medium"}, {"individual", "medium"}, {"city", "medium"}, {"office", "low"},
        {"individual", "low"}, {"province", "high"}, {"city", "high"}, {"office", "medium"}};
    private static final String[] REPORTERS = {"张伟", "李娜", "王芳", "刘洋", "陈静", "赵磊", "周敏"};
    private static final Map<String, String[][]> CASES = Map.of(
        "tips", new String[][] {
            {"电子缴款书打印空白，控件提示异常", "KB-0001", "更新打印控件并清理浏览器缓存后重新打印，已正常。"},
            {"三方协议验证长时间无回执", "KB-0002", "核对开户行行号后重新发起验证，已返回成功。"},
            {"批量扣税文件上传超时", "", "拆分文件分批上传，已完成。"}},
        "oa", new String[][] {
            {"公文提交后下一环节收不到待办", "KB-0004", "后台重新推送待办，下一环节已收到。"},
            {"登录提示密码错误，账号被锁定", "KB-0005", "解锁账号并指导用户重置密码。"},
            {"会议室预约页面打开缓慢", "", "清理浏览器缓存，切换兼容模式后恢复。"}},
        "invoice", new String[][] {
            {"发票开具失败，提示税控设备异常", "KB-0006", "重新连接税控设备并重启开票服务，已能开票。"},
            {"红字发票信息表提交后无反馈", "", "重新提交信息表，已返回受理结果。"}});

    static Scenario of(int index, int escalateEvery) {
      String system = IncidentProcess.SYSTEMS.get(index % IncidentProcess.SYSTEMS.size());
      String[][] cases = CASES.get(system);
      String[] c = cases[(index / IncidentProcess.SYSTEMS.size()) % cases.length];
      String[] impactUrgency = IMPACT_URGENCY[index % IMPACT_URGENCY.length];
      String reporter = REPORTERS[index % REPORTERS.length];
      return new Scenario(index, system, IncidentProcess.CHANNELS.get(index % IncidentProcess.CHANNELS.size()),
          reporter, index % 2 == 0 ? "user" + index + "@example.cn" : "", c[0], c[1], c[2],
          impactUrgency[0], impactUrgency[1], index % 7 == 0,
          escalateEvery > 0 && index % escalateEvery == escalateEvery - 1);
    }

    Map<String, Object> startVariables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(IncidentProcess.Var.SYSTEM, system);
      v.put(IncidentProcess.Var.CHANNEL, channel);
      v.put(IncidentProcess.Var.REPORTER, reporter);
      v.put(IncidentProcess.Var.REPORTER_EMAIL, reporterEmail);
      v.put(IncidentProcess.Var.SUMMARY, summary);
      v.put(IncidentProcess.Var.DESCRIPTION, reporter + "来电反映：" + summary + "，影响日常办理业务。");
      v.put(IncidentProcess.Var.IMPACT, impact);
      v.put(IncidentProcess.Var.URGENCY, urgency);
      v.put(IncidentProcess.Var.IMPORTANT_PERIOD, importantPeriod);
      return v;
    }
  }

  /** One user task: finding it (as Tasklist would, by ticket number) and completing it. */
  record Timing(String taskKey, long queryNanos, long nanos, WorkCounter.Tally work) {
  }

  /** {@code startWork}: what the start call did; {@code work}: the whole lifecycle (start, task queries, completions). */
  record Lifecycle(Scenario scenario, String processInstanceId, String ticket, long startNanos, List<Timing> timings,
      WorkCounter.Tally startWork, WorkCounter.Tally work) {

    Lifecycle withWork(WorkCounter.Tally whole) {
      return new Lifecycle(scenario, processInstanceId, ticket, startNanos, timings, startWork, whole);
    }
  }

  record Run(List<Lifecycle> lifecycles, long wallNanos, int threads) {

    double lifecyclesPerSecond() {
      return round(lifecycles.size() / (wallNanos / 1e9));
    }

    Stats starts() {
      return Stats.of(lifecycles.stream().mapToLong(Lifecycle::startNanos).toArray());
    }

    Stats completions() {
      return Stats.of(lifecycles.stream().flatMap(l -> l.timings().stream()).mapToLong(Timing::nanos).toArray());
    }
  }

  /** One side's runs: warm-up, the measured run at 1 thread and (threads > 1) the one at N threads. */
  record Runs(Run warmup, Run at1, Run atN, long notificationsCreated, double[] loadBeforeAfter) {

    List<Lifecycle> all() {
      List<Lifecycle> all = new ArrayList<>(warmup.lifecycles());
      all.addAll(at1.lifecycles());
      if (atN != null) {
        all.addAll(atN.lifecycles());
      }
      return all;
    }

    List<Run> measured() {
      return atN == null ? List.of(at1) : List.of(at1, atN);
    }
  }

  /** The engine services one side is driven through: OpsFlow's Spring-managed engine or the bare twin. */
  record Driver(String name, RuntimeService runtime, TaskService tasks, IdentityService identity,
      HistoryService history) {
  }

  /** Nearest-rank percentiles in milliseconds. */
  record Stats(int count, double p50, double p95, double p99, double max, double mean) {

    static Stats of(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Stats(sorted.length, ms(rank(sorted, 50)), ms(rank(sorted, 95)), ms(rank(sorted, 99)),
          ms(sorted[sorted.length - 1]), ms((long) Arrays.stream(sorted).average().orElse(0)));
    }

    private static long rank(long[] sorted, int percentile) {
      int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, index)];
    }

    private static double ms(long nanos) {
      return round(nanos / 1e6);
    }

    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", count);
      m.put("p50", p50);
      m.put("p95", p95);
      m.put("p99", p99);
      m.put("max", max);
      m.put("mean", mean);
      return m;
    }
  }
}
