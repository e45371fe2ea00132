package com.opsflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bare-engine twin of the benchmark runs the project's own models with stub beans: every bean those models call
 * must have a stub, or the benchmark fails only in CI's benchmark step (as it did when the major incident's respond
 * task got its contingency-plan listeners). Runs with {@code ./mvnw verify}, no engine needed.
 */
class BareEngineTwinStubsTest {

  /** Expression roots that are the engine's own objects, not beans. */
  static final Set<String> NOT_BEANS = Set.of("execution", "task", "decisionResult");
  /** {@code ${bean.method(...)}} anywhere, and {@code delegateExpression="${bean}"}. */
  static final Pattern METHOD_CALL = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\.");
  static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\"");

  @Test
  void shouldStubEveryBeanTheTwinsModelsCall() throws IOException {
    Set<String> called = new TreeSet<>();
    for (String model : BareEngineTwin.PROCESSES) {
      String xml = Files.readString(Path.of("processes", model));
      for (Pattern p : new Pattern[] {METHOD_CALL, DELEGATE}) {
        Matcher m = p.matcher(xml);
        while (m.find()) {
          called.add(m.group(1));
        }
      }
    }
    called.removeAll(NOT_BEANS);

    assertThat(called).as("beans the twin's models call").isNotEmpty();
    assertThat(BareEngineTwin.stubBeans().keySet()).as("stubs of the beans called by %s", BareEngineTwin.PROCESSES)
        .containsAll(called);
  }
}
