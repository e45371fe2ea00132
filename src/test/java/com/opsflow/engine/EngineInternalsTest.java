package com.opsflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: features ask {@link CurrentUser} who acts and in which groups; the engine's internal
 * {@code impl.identity.Authentication} stays in the one adapter, plus the request filter that reads the webapps'
 * own session authentications.
 */
class EngineInternalsTest {

  static final String AUTHENTICATION = "import org.camunda.bpm.engine.impl.identity.Authentication;";
  static final List<String> ALLOWED = List.of("com/opsflow/engine/CurrentUser.java",
      "com/opsflow/intake/RequestValidationFilter.java");

  @Test
  void shouldKeepTheEnginesInternalAuthenticationInsideCurrentUser() throws IOException {
    Path main = Path.of("src/main/java");
    List<String> importing;
    try (Stream<Path> files = Files.walk(main)) {
      importing = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
        try {
          return Files.readString(f).contains(AUTHENTICATION);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(f -> main.relativize(f).toString().replace('\\', '/')).sorted().toList();
    }

    assertThat(importing).as("main code importing the engine's internal Authentication").isNotEmpty()
        .isSubsetOf(ALLOWED);
  }
}
