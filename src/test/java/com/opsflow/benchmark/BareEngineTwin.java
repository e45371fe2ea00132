package com.opsflow.benchmark;

import com.opsflow.major.MajorIncidentProcess;
import com.opsflow.support.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The benchmark's reference: a plain Camunda 7.24 engine built in code (no Spring, no OpsFlow code, history
 * full, authorization off, job executor off as in the OpsFlow test profile) on a database of its own of the
 * same kind, running the project's own {@code incident}, {@code incident-followup}, {@code notification} and
 * {@code major-incident} models and every DMN under {@code decisions/}. Every bean the models call is a stub
 * that only gives the models what they need to route: a ticket number as business key, SLA due dates as
 * {@code Date}, knowledge hits as text. Engine work the OpsFlow delegates cause is kept, because it is the
 * models' work: {@code sendNotification} starts a {@code notification} instance (left at its asynchronous
 * mail job) and {@code declareMajorIncident} correlates the major-incident start message. Forms are not
 * deployed (nothing reads them).
 */
final class BareEngineTwin implements AutoCloseable {

  static final List<String> PROCESSES =
      List.of("incident.bpmn", "incident-followup.bpmn", "notification.bpmn", "major-incident.bpmn");

  private final ProcessEngine engine;
  private final String database;

  private BareEngineTwin(ProcessEngine engine, String database) {
    this.engine = engine;
    this.database = database;
  }

  /** Builds the engine on a database of the kind the OpsFlow run uses and deploys the models. */
  static BareEngineTwin start() {
    // the engine's own pool (as createStandaloneProcessEngineConfiguration() builds it), its statements and
    // commits counted like OpsFlow's (WorkCounter)
    ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration() {
      @Override
      protected void initDataSource() {
        super.initDataSource();
        dataSource = WorkCounter.wrap(dataSource);
      }
    };
    if (TestDatabase.postgres()) {
      configuration.setJdbcUrl(TestDatabase.freshPostgresDatabase("twin"));
      configuration.setJdbcDriver("org.postgresql.Driver");
      configuration.setJdbcUsername(TestDatabase.user());
      configuration.setJdbcPassword(TestDatabase.password());
    } else {
      configuration.setJdbcUrl("jdbc:h2:mem:opsflow-twin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
      configuration.setJdbcDriver("org.h2.Driver");
      configuration.setJdbcUsername("sa");
      configuration.setJdbcPassword("");
    }
    configuration.setProcessEngineName("opsflow-bare-twin");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(false);
    // as the Spring Boot starter does (its default id generator), so ids cost the same on both sides
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setBeans(new HashMap<>(stubBeans()));
    configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>(List.of(WorkCounter.commandInterceptor())));
    ProcessEngine engine = configuration.buildProcessEngine();

    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("opsflow-bare-twin");
    for (String process : PROCESSES) {
      deployment.addInputStream(process, resource("processes/" + process));
    }
    for (String decision : decisionFiles()) {
      deployment.addInputStream(decision, resource("decisions/" + decision));
    }
    deployment.deploy();
    return new BareEngineTwin(engine, describe(configuration));
  }

  ProcessEngine engine() {
    return engine;
  }

  String database() {
    return database;
  }

  @Override
  public void close() {
    engine.close();
  }

  /** The beans incident, incident-followup, notification and major-incident call, as stubs. */
  static Map<Object, Object> stubBeans() {
    AtomicLong numbers = new AtomicLong();
    JavaDelegate noOp = execution -> { };
    Map<Object, Object> beans = new HashMap<>();
    beans.put("startIntake", new StartIntakeStub(numbers));
    beans.put("recordOnTicket", noOp);
    beans.put("slaClocks", new SlaClocksStub());
    beans.put("findKnowledge", (JavaDelegate) execution -> execution.setVariable("knowledgeHits", "知识库中没有匹配的条目。"));
    beans.put("sendNotification", (JavaDelegate) BareEngineTwin::startNotification);
    beans.put("declareMajorIncident", (JavaDelegate) BareEngineTwin::declareMajorIncident);
    beans.put("startKnowledgeDraft", noOp);
    beans.put("incidentHandler", new IncidentHandlerStub());
    beans.put("linkProblem", noOp);
    beans.put("deliverNotification", noOp);
    beans.put("notificationSettings", new NotificationSettingsStub());
    beans.put("majorIncidentIntake", new MajorIncidentIntakeStub());
    beans.put("majorIncidentDuties", new MajorIncidentDutiesStub());
    beans.put("issueMajorIncidentReport", noOp);
    beans.put("contingencyPlans", new ContingencyPlansStub());
    return beans;
  }

  /** What OpsFlow's SendNotificationDelegate does in the engine: one notification instance per message. */
  private static void startNotification(DelegateExecution execution) {
    Object attach = execution.getVariableLocal("attachDocument");
    Object note = execution.getVariableLocal("note");
    execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceByKey("notification")
        .businessKey(execution.getProcessBusinessKey())
        .setVariable("notificationTemplate", execution.getVariable("notificationTemplate"))
        .setVariable("recipients", execution.getVariable("recipients"))
        .setVariable("ticketNumber", execution.getProcessBusinessKey())
        .setVariable("attachDocument", attach == null ? "" : attach.toString())
        .setVariable("note", note == null ? "" : note.toString())
        .execute();
  }

  /** What OpsFlow's major-incident declaration does in the engine: the start message, keyed by ticket. */
  private static void declareMajorIncident(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : List.of("system", "summary", "description", "priority", "impact", "importantPeriod")) {
      variables.put(name, execution.getVariable(name));
    }
    variables.put("ticketNumber", execution.getProcessBusinessKey());
    variables.put(MajorIncidentProcess.Var.DECLARED_BY, null);
    variables.put(MajorIncidentProcess.Var.DECLARED_REASON, "优先级判定为重大事件");
    variables.put(MajorIncidentProcess.Var.FAULT_OCCURRED_AT, new Date());
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MajorIncidentProcess.DECLARED_MESSAGE)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariables(variables)
        .correlateStartMessage());
  }

  /** Gives each instance a ticket number as business key, as OpsFlow's StartIntake does (no register). */
  public static final class StartIntakeStub {
    private final AtomicLong numbers;

    StartIntakeStub(AtomicLong numbers) {
      this.numbers = numbers;
    }

    public void accept(DelegateExecution execution, String prefix) {
      String number = prefix + "-TWIN-" + String.format("%06d", numbers.incrementAndGet());
      execution.setProcessBusinessKey(number);
      execution.setVariable("ticketNumber", number);
    }
  }

  /** Response and resolve due dates from the DMN minutes, in plain calendar time (no business calendar). */
  public static final class SlaClocksStub implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      Instant now = Instant.now();
      execution.setVariable("responseDue", Date.from(now.plus(minutes(execution, "responseMinutes"))));
      execution.setVariable("resolveDue", Date.from(now.plus(minutes(execution, "resolveMinutes"))));
      execution.setVariable("escalationLevel", 0);
    }

    public long minutesOverdue(DelegateExecution execution) {
      Date due = (Date) execution.getVariable("resolveDue");
      return due == null ? 0 : Duration.between(due.toInstant(), Instant.now()).toMinutes();
    }
  }

  public static final class IncidentHandlerStub {
    public String of(DelegateExecution execution) {
      return null;
    }
  }

  public static final class NotificationSettingsStub {
    public String getRetryCycle() {
      return "R3/PT5M";
    }
  }

  public static final class MajorIncidentIntakeStub {
    public void accept(DelegateExecution execution) {
      // OpsFlow checks the ticket and records the declaration on it; the twin has no register
    }
  }

  /** The major incident's due dates from the DMN's minutes and hours, in plain calendar time. */
  /** The major incident's respond task offers the system's contingency plans and records the one used: nothing here. */
  public static final class ContingencyPlansStub {
    public void offer(org.camunda.bpm.engine.delegate.DelegateTask task) {
      // no plan register in the twin
    }

    public void used(org.camunda.bpm.engine.delegate.DelegateTask task) {
      // no plan register in the twin
    }
  }

  public static final class MajorIncidentDutiesStub implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      Instant now = Instant.now();
      execution.setVariable("notifyDue", Date.from(now.plus(minutes(execution, "notifyMinutes"))));
      execution.setVariable("responseDue", Date.from(now.plus(minutes(execution, "secondLineResponseMinutes"))));
      execution.setVariable("firstReportDue", Date.from(now.plus(hours(execution, "firstReportHours"))));
    }

    public Date onsiteRestoreDue(DelegateExecution execution) {
      return Date.from(Instant.now().plus(hours(execution, "onsiteRestoreHours")));
    }
  }

  private static Duration minutes(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return Duration.ofMinutes(value instanceof Number n ? n.longValue() : 60);
  }

  private static Duration hours(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return Duration.ofHours(value instanceof Number n ? n.longValue() : 24);
  }

  private static InputStream resource(String name) {
    InputStream in = BareEngineTwin.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("not on the classpath: " + name);
    }
    return in;
  }

  private static List<String> decisionFiles() {
    URL folder = BareEngineTwin.class.getClassLoader().getResource("decisions");
    if (folder == null) {
      throw new IllegalStateException("no decisions/ on the classpath");
    }
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(ProcessEngineConfigurationImpl configuration) {
    try (Connection c = configuration.getDataSource().getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0];
    } catch (SQLException e) {
      return configuration.getJdbcUrl();
    }
  }
}
