package com.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The form-js fix of docs/adr/0010-lists-in-forms.md finds its three places in the 7.24 webjar, and only those. */
class FormJsErrorsPatchTest {

  @Test
  void shouldWrapTheThreeErrorUpdatesOfTheBundledFormJsWhenTheWebjarIs724() throws IOException {
    String js;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(FormJsErrorsPatch.RESOURCE)) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    String patched = FormJsErrorsPatch.fix(js);

    assertThat(patched).isNotEqualTo(js);
    assertThat(patched.split(java.util.regex.Pattern.quote(FormJsErrorsPatch.PRUNE), -1)).hasSize(4);
    assertThat(patched).contains(FormJsErrorsPatch.PRUNE + "(r.set(l,[i,...Object.values(s||{})],c.length?c:void 0),i)");
    assertThat(patched.length()).isEqualTo(js.length() + 3 * (FormJsErrorsPatch.PRUNE.length() + 2) + ",i,t.id,i".length());
  }

  @Test
  void shouldFindNothingToPatchWhenTheCodeIsNotTheKnownOne() {
    String other = "r.set(l,[i,...Object.values(s||{})],c.length?c:void 0);";

    assertThat(FormJsErrorsPatch.fix(other)).isNull();
  }
}
