package com.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The date-language fix of {@link DateLocalePatch} finds the locale callback in each webapp of the 7.24 webjar. */
class DateLocalePatchTest {

  @Test
  void shouldMakeTheWebappsLanguageMomentsLanguageAfterEveryLocaleFileInAllFourWebapps() throws IOException {
    for (String app : DateLocalePatch.APPS) {
      String js = read(DateLocalePatch.resource(app));

      String patched = DateLocalePatch.fix(js);

      assertThat(patched).as(app).isNotNull();
      // the provider outside the callback is asked, never a parameter that shadows it
      assertThat(patched).as(app).containsPattern(
          "(\\w)\\.useLoader\\(\"localeLoader\",\\{[^}]*callback:function\\(opsflowError,opsflowData,opsflowKey\\)"
              + "\\{.*?var opsflowInUse=\\1\\.preferredLanguage\\(\\);opsflowInUse&&(\\w)\\.locales\\(\\)"
              + "\\.indexOf\\(opsflowInUse\\)>-1&&\\2\\.locale\\(opsflowInUse\\)\\}\\}");
      assertThat(patched.length() - js.length()).as(app).isBetween(100, 400);
    }
  }

  @Test
  void shouldFindNothingToPatchWhenTheCallbackIsNotTheKnownOne() {
    String other = "e.useLoader(\"localeLoader\",{prefix:t+\"/app/\"+n+\"/locales/\",suffix:\".json\"})";

    assertThat(DateLocalePatch.fix(other)).isNull();
  }

  private String read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
