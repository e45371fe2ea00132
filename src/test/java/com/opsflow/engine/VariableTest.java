package com.opsflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class VariableTest {

  private final Map<String, Object> stored = new HashMap<>();
  private final VariableScope scope = scopeOver(stored);

  @Test
  void numbersAreReadAsTheEngineStoresThemWhateverTheirBoxedType() {
    Variable<Long> expected = Variable.longValue("expectedRecords");
    stored.put("expectedRecords", 12);
    assertThat(expected.get(scope)).isEqualTo(12L);
    stored.put("expectedRecords", 12.0d);
    assertThat(expected.get(scope)).isEqualTo(12L);

    Variable<Integer> version = Variable.integer("planVersion");
    stored.put("planVersion", 3L);
    assertThat(version.get(scope)).isEqualTo(3);
  }

  @Test
  void aValueOfAnotherKindFailsNamingTheVariable() {
    stored.put("expectedRecords", "twelve");
    assertThatThrownBy(() -> Variable.longValue("expectedRecords").get(scope))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'expectedRecords'")
        .hasMessageContaining("String").hasMessageContaining("Long");
    stored.put("planVersion", 12.5d);
    assertThatThrownBy(() -> Variable.integer("planVersion").get(scope)).hasMessageContaining("'planVersion'");
    stored.put("planVersion", Long.MAX_VALUE);
    assertThatThrownBy(() -> Variable.integer("planVersion").get(scope)).hasMessageContaining("Integer");
    stored.put("summary", 5L);
    assertThatThrownBy(() -> Variable.string("summary").get(scope)).hasMessageContaining("'summary'");
  }

  @Test
  void anAbsentVariableIsNullUnlessTheModelGuaranteesIt() {
    Variable<String> summary = Variable.string("summary");
    assertThat(summary.get(scope)).isNull();
    assertThat(summary.find(scope)).isEmpty();
    assertThatThrownBy(() -> summary.require(scope)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'summary' is not set");
  }

  @Test
  void writesGoToTheScopeOrTheVariableMapUnderTheDeclaredName() {
    Variable<Boolean> passed = Variable.bool("testPassed");
    passed.set(scope, true);
    assertThat(stored).containsEntry("testPassed", true);
    assertThat(passed.require(scope)).isTrue();

    Map<String, Object> submission = Variable.string("summary").put(new HashMap<>(), "库存数据修正");
    assertThat(Variable.string("summary").from(submission)).isEqualTo("库存数据修正");
    assertThat(Variable.string("summary").from(null)).isNull();

    Date when = new Date();
    Variable.date("plannedAt").set(scope, when);
    assertThat(Variable.of("plannedAt", Date.class).get(scope)).isSameAs(when);
  }

  /** A variable scope over a map: only the four methods {@link Variable} calls. */
  private static VariableScope scopeOver(Map<String, Object> variables) {
    return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
        new Class<?>[] {VariableScope.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getVariable", "getVariableLocal" -> variables.get((String) args[0]);
          case "setVariable", "setVariableLocal" -> {
            variables.put((String) args[0], args[1]);
            yield null;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
