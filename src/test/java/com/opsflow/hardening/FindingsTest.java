package com.opsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The findings list as Tasklist (a Json variable, its text) and the engine API (a list of maps) send it. */
class FindingsTest {

  @Test
  void shouldReadTheListTasklistSendsAndSkipARowNobodyFilledIn() {
    List<Findings.Finding> findings = Findings.parse("[{\"severity\":\"critical\",\"component\":\"WebLogic\","
        + "\"description\":\"反序列化漏洞\",\"remedy\":\"打补丁并关闭 T3\",\"configChange\":true,\"changeType\":\"middleware\"},"
        + "{\"severity\":null,\"component\":\"\",\"configChange\":false}]");

    assertThat(findings).containsExactly(new Findings.Finding("critical", "WebLogic", "反序列化漏洞", "打补丁并关闭 T3", true,
        "middleware"));
  }

  @Test
  void shouldTakeNoFindingsAsAnEmptyListAndNoChangeTypeWithoutAConfigurationChange() {
    assertThat(Findings.parse(null)).isEmpty();
    assertThat(Findings.parse("[]")).isEmpty();
    assertThat(Findings.parse(List.of(Map.of("severity", "low", "component", "OpenSSH", "description", "弱加密算法",
        "remedy", "禁用 CBC", "changeType", "os")))).singleElement()
        .satisfies(f -> assertThat(f.changeType()).isNull());
  }

  @Test
  void shouldNameTheRowAndFieldThatIsWrong() {
    assertThatThrownBy(() -> Findings.parse(List.of(Map.of("severity", "low", "component", "a", "description", "b",
        "remedy", "c"), Map.of("severity", "urgent", "component", "a", "description", "b", "remedy", "c"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("第 2 条").hasMessageContaining("severity");
    assertThatThrownBy(() -> Findings.parse(List.of(Map.of("severity", "low", "component", "a", "description", "b",
        "remedy", "c", "configChange", true)))).hasMessageContaining("changeType");
    assertThatThrownBy(() -> Findings.parse("{\"severity\":\"low\"}")).hasMessageContaining("findings");
    assertThatThrownBy(() -> Findings.parse(List.of("text"))).hasMessageContaining("第 1 条");
  }
}
