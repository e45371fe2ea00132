package com.opsflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

class FormListsTest {

  @Test
  @SuppressWarnings("unchecked")
  void shouldReadRowsFromAJavaListJsonTextAndASpinJsonValue() {
    List<Map<String, Object>> list = List.of(Map.of("a", "1"));
    assertThat(FormLists.rows(list, "things", "东西")).isSameAs(list);
    assertThat(FormLists.rows("[{\"a\":\"1\"},{\"a\":2}]", "things", "东西")).hasSize(2);
    Object spin = SpinValues.jsonValue("[{\"a\":\"x\"}]").create().getValue();
    assertThat((List<Object>) FormLists.rows(spin, "things", "东西")).containsExactly(Map.of("a", "x"));
  }

  @Test
  void shouldTreatMissingOrBlankAsNoRows() {
    assertThat(FormLists.rows(null, "things", "东西")).isEmpty();
    assertThat(FormLists.rows("  ", "things", "东西")).isEmpty();
  }

  @Test
  void shouldRefuseWhatIsNoListNamingTheField() {
    assertThatThrownBy(() -> FormLists.rows("a | b", "dutyShifts", "值班表"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("字段 dutyShifts（值班表）须为列表")
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("dutyShifts"));
    assertThatThrownBy(() -> FormLists.rows("{\"a\":1}", "things", "东西")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldSeeAnUntouchedRowAsEmptyAndReadCellsAsText() {
    Map<String, Object> untouched = new HashMap<>();
    untouched.put("a", null);
    untouched.put("b", " ");
    untouched.put("c", false);
    assertThat(FormLists.isEmptyRow(untouched)).isTrue();
    assertThat(FormLists.isEmptyRow(Map.of("a", 0))).isFalse();
    assertThat(FormLists.text(Map.of("n", 1200.0), "n")).isEqualTo("1200");
    assertThat(FormLists.text(Map.of("n", 1.5), "n")).isEqualTo("1.5");
    assertThat(FormLists.text(Map.of("t", "  x "), "t")).isEqualTo("x");
    assertThat(FormLists.text(untouched, "b")).isNull();
  }
}
