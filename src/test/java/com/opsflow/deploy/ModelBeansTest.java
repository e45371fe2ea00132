package com.opsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 11: the bean names the models' expressions call (delegate expressions, {@code ${bean.method(...)}} in
 * listeners, conditions, timers, due dates, inputs) resolve to beans of the application, so a renamed bean fails
 * the build instead of the first instance that reaches that step.
 */
@OpsFlowIntegrationTest
class ModelBeansTest {

  /** Names the engine itself provides inside expressions. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "decisionResult", "authenticatedUserId");
  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{\\s*([A-Za-z_]\\w*)\\s*}\"");
  private static final Pattern METHOD_CALL = Pattern.compile("\\$\\{\\s*!?\\s*([A-Za-z_]\\w*)\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\(");

  @Autowired
  ApplicationContext context;

  @Test
  void shouldResolveEveryBeanTheModelsCall() throws IOException {
    List<String> missing = new ArrayList<>();
    int calls = 0;
    for (Path model : models()) {
      String xml = Files.readString(model, StandardCharsets.UTF_8);
      for (Pattern pattern : List.of(DELEGATE, METHOD_CALL)) {
        Matcher m = pattern.matcher(xml);
        while (m.find()) {
          String name = m.group(1);
          if (ENGINE_NAMES.contains(name)) {
            continue;
          }
          calls++;
          if (!context.containsBean(name)) {
            missing.add(model.getFileName() + ": " + name);
          }
        }
      }
    }
    assertThat(missing).as("beans the models call that do not exist").isEmpty();
    assertThat(calls).as("bean calls found in the models").isGreaterThan(100);
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("processes"))) {
      return s.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
