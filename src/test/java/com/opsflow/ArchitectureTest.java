package com.opsflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.engine.CurrentUser;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 and STYLE.md 9–10: dependencies point one way (no package cycle), engine adapters stay thin, and the
 * engine's internal {@code impl} classes are used only where Camunda has no public API for the job.
 */
class ArchitectureTest {

  static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.opsflow");

  /**
   * Main classes that may use {@code org.camunda.bpm.engine.impl..}, each with the reason no public API does. A new
   * entry needs the same: a reason here and a comment at the use.
   */
  static final Map<String, String> ENGINE_INTERNALS_ALLOWED = Map.ofEntries(
      Map.entry("com.opsflow.engine.CurrentUser",
          "IdentityService.getCurrentAuthentication() returns the impl type Authentication"),
      Map.entry("com.opsflow.engine.WithoutAuthorization",
          "only the command context suspends authorization checks (CommandContext.runWithoutAuthorization)"),
      Map.entry("com.opsflow.engine.EngineClock", "the engine's clock (ClockUtil), which timers use and tests move"),
      Map.entry("com.opsflow.engine.FormFieldError",
          "FormFieldValidationException is the one refusal Tasklist shows at the form field"),
      Map.entry("com.opsflow.deploy.ModelDeploymentPlugin", "engine plugins extend AbstractProcessEnginePlugin"),
      Map.entry("com.opsflow.worklog.CompletedTasksPlugin",
          "a BPMN parse listener (engine plugin) is the only way to reach every user task of every model"),
      Map.entry("com.opsflow.intake.EngineFailures",
          "a command interceptor (engine plugin) is the only hook that sees why a command failed"),
      Map.entry("com.opsflow.security.LoginDelayController",
          "the login lock (attempts, lock expiration) is on UserEntity only"));

  @Test
  void shouldHaveNoPackageCycleInTheBytecode() {
    slices().matching("com.opsflow.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  /**
   * The compiler inlines {@code static final String} constants, so the bytecode misses a feature's use of another
   * feature's process key; the source imports do not (issue 11's cycle through security ran over such constants).
   */
  @Test
  void shouldHaveNoPackageCycleInTheSourceImports() throws IOException {
    Map<String, Set<String>> uses = sourcePackageDependencies(Path.of("src/main/java/com/opsflow"));

    assertThat(cycles(uses)).as("package cycles over com.opsflow imports (constants included)").isEmpty();
  }

  @Test
  void engineAdaptersShouldLeaveJdbcPoiAndMailToServices() {
    noClasses().that(ENGINE_ADAPTERS).should().dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.apache.poi..",
            "jakarta.mail..", "org.springframework.mail..")
        .because("a delegate or listener reads variables, calls a service and writes variables (STYLE.md 2)")
        .check(MAIN);
  }

  @Test
  void shouldUseEngineInternalsOnlyInTheAllowedAdapters() {
    noClasses().that(DescribedPredicate.describe("are not in the allow-list",
            (JavaClass c) -> !ENGINE_INTERNALS_ALLOWED.containsKey(topLevel(c))))
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("Camunda 7 CE has reached its end of life; fewer internals keep a move to Operaton small (issue 11)")
        .check(MAIN);
  }

  /** The engine's internal Authentication stays in the one adapter that tells features who acts. */
  @Test
  void shouldNameTheEnginesInternalAuthenticationOnlyInCurrentUser() {
    noClasses().that().doNotHaveFullyQualifiedName(CurrentUser.class.getName()).should()
        .dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.impl.identity.Authentication")
        .because("features ask CurrentUser who acts and in which groups (issue 11)").check(MAIN);
  }

  @Test
  void shouldListOnlyClassesThatStillUseEngineInternals() {
    Set<String> using = MAIN.stream()
        .filter(c -> c.getDirectDependenciesFromSelf().stream()
            .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.camunda.bpm.engine.impl")))
        .map(ArchitectureTest::topLevel).collect(Collectors.toCollection(TreeSet::new));

    assertThat(ENGINE_INTERNALS_ALLOWED.keySet()).as("allow-list entries no longer needed").isSubsetOf(using);
  }

  /**
   * Adapters whose logic (validation, ticket history, document text) has not moved to an engine-free service yet
   * (issue 11). The list only shrinks: {@link #shouldListOnlyAdaptersThatAreNotThinYet} fails for an entry that no
   * longer needs to be here.
   */
  static final Set<String> NOT_YET_SPLIT = Set.of(
      "ArchiveChanges", "ArchiveLoans", "Archives", "Backups", "ContingencyPlanUse", "DrDrills", "Hardenings",
      "HealthCheckFollowUps", "HealthChecks", "RiskReviews", "ScheduledStarts");

  /** Lines of code (blank and comment lines not counted) an adapter method may have: read, call, write. */
  static final int ADAPTER_METHOD_LINES = 12;

  /**
   * A delegate adapts, a service decides (STYLE.md 2, 10): form rules and ticket history are the service's, so
   * REST endpoints and engine-free tests use the same rules.
   */
  @Test
  void adaptersShouldLeaveValidationAndTicketHistoryToServices() {
    noClasses().that(ENGINE_ADAPTERS).and(DescribedPredicate.describe("are split into adapter and service",
            (JavaClass c) -> !NOT_YET_SPLIT.contains(simpleTopLevel(c))))
        .should().dependOnClassesThat().haveFullyQualifiedName("com.opsflow.intake.Fields")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("com.opsflow.intake.FormLists")
        .orShould().callMethodWhere(DescribedPredicate.describe("TicketService.event",
            call -> call.getTargetOwner().getName().equals("com.opsflow.ticket.TicketService")
                && call.getName().equals("event")))
        .because("a delegate reads typed inputs, calls one service method, writes typed outputs (STYLE.md 2)")
        .check(MAIN);
  }

  @Test
  void adapterMethodsShouldStayShort() throws IOException {
    Map<String, Integer> longMethods = longAdapterMethods(Path.of("src/main/java/com/opsflow"));
    longMethods.keySet().removeIf(method -> NOT_YET_SPLIT.contains(method.substring(0, method.indexOf('.'))));

    assertThat(longMethods).as("adapter methods over %d lines: move the logic to the feature's service",
        ADAPTER_METHOD_LINES).isEmpty();
  }

  /** Services decide on plain values: no execution or task, so controllers and plain tests call them too. */
  @Test
  void servicesShouldTakePlainValues() {
    noClasses().that().haveSimpleNameEndingWith("Service").should().dependOnClassesThat()
        .resideInAnyPackage("org.camunda.bpm.engine.delegate..", "org.camunda.bpm.engine.impl..")
        .because("the services that decide take plain values and are tested without an engine (STYLE.md 10)")
        .check(MAIN);
  }

  @Test
  void shouldListOnlyAdaptersThatAreNotThinYet() throws IOException {
    Set<String> notThin = new TreeSet<>();
    longAdapterMethods(Path.of("src/main/java/com/opsflow")).keySet()
        .forEach(method -> notThin.add(method.substring(0, method.indexOf('.'))));
    MAIN.stream().filter(ENGINE_ADAPTERS).filter(c -> c.getDirectDependenciesFromSelf().stream()
            .anyMatch(d -> d.getTargetClass().getName().equals("com.opsflow.intake.Fields")
                || d.getTargetClass().getName().equals("com.opsflow.intake.FormLists"))
            || c.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("event")
                && call.getTargetOwner().getName().equals("com.opsflow.ticket.TicketService")))
        .forEach(c -> notThin.add(simpleTopLevel(c)));

    assertThat(NOT_YET_SPLIT).as("entries of NOT_YET_SPLIT that are thin now: remove them").isSubsetOf(notThin);
  }

  private static final Pattern ADAPTER_METHOD = Pattern.compile("\\n  (?:public |protected |private )?(?:static )?"
      + "[\\w<>\\[\\], ?]+ (\\w+)\\(([^)]*\\b(?:DelegateExecution|DelegateTask|VariableScope)\\b[^)]*)\\)[^{;]*\\{");

  /** Class.method → its lines of code, for the methods that take an execution, a task or a variable scope. */
  static Map<String, Integer> longAdapterMethods(Path root) throws IOException {
    Map<String, Integer> methods = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        String type = file.getFileName().toString().replace(".java", "");
        Matcher m = ADAPTER_METHOD.matcher(source);
        while (m.find()) {
          int depth = 1;
          int end = m.end();
          while (depth > 0) {
            char c = source.charAt(end++);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
          }
          long lines = source.substring(m.end(), end - 1).lines().map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("*") && !l.startsWith("/*")).count();
          if (lines > ADAPTER_METHOD_LINES) {
            methods.merge(type + "." + m.group(1), (int) lines, Math::max);
          }
        }
      }
    }
    return methods;
  }

  static String simpleTopLevel(JavaClass c) {
    String name = topLevel(c);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** Delegates, listeners, and the step beans whose methods the models call with the execution or task. */
  static final DescribedPredicate<JavaClass> ENGINE_ADAPTERS = DescribedPredicate.describe(
      "implement JavaDelegate, ExecutionListener or TaskListener, or take a DelegateExecution or DelegateTask",
      (JavaClass c) -> c.isAssignableTo(JavaDelegate.class) || c.isAssignableTo(ExecutionListener.class)
          || c.isAssignableTo(TaskListener.class) || c.getMethods().stream()
          .flatMap(m -> m.getRawParameterTypes().stream())
          .anyMatch(t -> t.isAssignableTo(DelegateExecution.class) || t.isAssignableTo(DelegateTask.class)));

  static String topLevel(JavaClass c) {
    String name = c.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
  private static final Pattern OPSFLOW_REFERENCE = Pattern.compile("com\\.opsflow\\.([a-z0-9]+)\\.[A-Za-z]");

  /** Package → the other com.opsflow packages its code names (imports, static imports, qualified names). */
  static Map<String, Set<String>> sourcePackageDependencies(Path root) throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = root.relativize(file);
        if (relative.getNameCount() < 2) {
          continue;
        }
        String from = relative.getName(0).toString();
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(Files.readString(file)).replaceAll(""))
            .replaceAll("");
        Matcher m = OPSFLOW_REFERENCE.matcher(code.replaceFirst("(?m)^package .*$", ""));
        Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
        while (m.find()) {
          if (!m.group(1).equals(from)) {
            targets.add(m.group(1));
          }
        }
      }
    }
    return uses;
  }

  /** The groups of packages that reach each other (strongly connected, Tarjan), e.g. "[incident, security]". */
  static Set<String> cycles(Map<String, Set<String>> uses) {
    Tarjan tarjan = new Tarjan(uses);
    uses.keySet().stream().filter(p -> !tarjan.index.containsKey(p)).forEach(tarjan::visit);
    return tarjan.cycles;
  }

  private static final class Tarjan {
    final Map<String, Set<String>> uses;
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Integer> low = new HashMap<>();
    final Deque<String> stack = new ArrayDeque<>();
    final Set<String> cycles = new TreeSet<>();

    Tarjan(Map<String, Set<String>> uses) {
      this.uses = uses;
    }

    void visit(String p) {
      index.put(p, index.size());
      low.put(p, index.get(p));
      stack.push(p);
      for (String q : uses.getOrDefault(p, Set.of())) {
        if (!index.containsKey(q)) {
          visit(q);
          low.put(p, Math.min(low.get(p), low.get(q)));
        } else if (stack.contains(q)) {
          low.put(p, Math.min(low.get(p), index.get(q)));
        }
      }
      if (low.get(p).equals(index.get(p))) {
        Set<String> component = new TreeSet<>();
        String q;
        do {
          q = stack.pop();
          component.add(q);
        } while (!q.equals(p));
        if (component.size() > 1) {
          cycles.add(component.toString());
        }
      }
    }
  }
}
