package com.opsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.FormRules;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check form's dynamic list is one variable, {@code findings}; its rows are the process's to check (Findings). */
class HardeningFormRulesTest {

  static FormRules checkForm() throws IOException {
    try (InputStream in = new FileInputStream("forms/hardening-check.form")) {
      return FormRules.of(in, new ObjectMapper());
    }
  }

  @Test
  void shouldLetACompletionWriteTheFindingsListButNoneOfItsRowFieldsOnTheirOwn() throws IOException {
    Map<String, Object> submitted = Map.of("checkReason", "定期检查", "checkScope", "应用服务器", "checkMethod", "漏洞扫描",
        "findings", "[]");
    checkForm().check(submitted, Map.of());
    assertThat(checkForm().checkWritable(submitted, Map.of())).isEmpty();
    assertThatThrownBy(() -> checkForm().checkWritable(Map.of("severity", "high"), Map.of()))
        .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("severity");
  }
}
