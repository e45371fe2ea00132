package com.opsflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.scoring.ScoringDecisions.Contract;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringPropertiesTest {

  @Test
  void shouldDefaultToTheSeedBudgetsAndLeaveInvoiceUnset() {
    ScoringProperties properties = new ScoringProperties(null);

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
    ScoringProperties properties = new ScoringProperties(configured);

    assertThat(properties.amount(Contract.TIPS)).isEqualByComparingTo("180000");
    assertThat(properties.amount(Contract.OA)).isEqualByComparingTo("250000");
    assertThat(properties.amount(Contract.INVOICE)).isEqualByComparingTo("300000");
  }
}
