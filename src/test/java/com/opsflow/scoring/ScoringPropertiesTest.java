package com.opsflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.scoring.ScoringDecisions.Contract;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringPropertiesTest {

  @Test
  void shouldDefaultToTheSeedBudgetsAndLeaveInvoiceUnset() {
    ScoringProperties properties = new ScoringProperties(null, null);

    assertThat(properties.amount(Contract.TIPS)).isEqualByComparingTo("200000");
    assertThat(properties.amount(Contract.OA)).isEqualByComparingTo("250000");
    assertThat(properties.amount(Contract.INVOICE)).isNull();
  }

  @Test
  void shouldTakeConfiguredAmountsAndKeepDefaultsForEmptyOnes() {
    Map<String, BigDecimal> configured = new HashMap<>();
    configured.put("tips", new BigDecimal("180000"));
    configured.put("oa", null);
    configured.put("invoice", new BigDecimal("300000"));
    ScoringProperties properties = new ScoringProperties(configured, null);

    assertThat(properties.amount(Contract.TIPS)).isEqualByComparingTo("180000");
    assertThat(properties.amount(Contract.OA)).isEqualByComparingTo("250000");
    assertThat(properties.amount(Contract.INVOICE)).isEqualByComparingTo("300000");
  }

  @Test
  void shouldReadResidentEngineersAsTrimmedListsPerContract() {
    ScoringProperties properties = new ScoringProperties(null,
        Map.of("oa", " demo-service-desk, demo-second-line ,", "tips", ""));

    ResidentEngineers engineers = new ResidentEngineers(properties);

    assertThat(engineers.of("oa")).containsExactly("demo-service-desk", "demo-second-line");
    assertThat(engineers.of("tips")).isEmpty();
    assertThat(engineers.of("invoice")).isEmpty();
    assertThat(engineers.isResident("demo-second-line", "oa")).isTrue();
    assertThat(engineers.all()).containsEntry("oa", List.of("demo-service-desk", "demo-second-line"));
  }
}
