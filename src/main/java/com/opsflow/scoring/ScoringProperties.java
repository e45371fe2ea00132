package com.opsflow.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * opsflow.scoring.*: the annual contract amount per contract in CNY, the base of the payment deduction
 * (A-5.5.3, B-2.6.3). Defaults: tips 200,000 (A: 采购预算价 20万元/年), oa 250,000; invoice has no
 * default (seed C names no amount).
 */
@ConfigurationProperties("opsflow.scoring")
public record ScoringProperties(Map<String, BigDecimal> contractAmounts) {

  public ScoringProperties {
    Map<String, BigDecimal> amounts = new HashMap<>();
    amounts.put("tips", new BigDecimal("200000"));
    amounts.put("oa", new BigDecimal("250000"));
    if (contractAmounts != null) {
      contractAmounts.forEach((contract, amount) -> {
        if (amount != null) {
          amounts.put(contract, amount);
        }
      });
    }
    contractAmounts = Map.copyOf(amounts);
  }

  /** The configured annual amount, or null when none is configured. */
  public BigDecimal amount(ScoringDecisions.Contract contract) {
    return contractAmounts.get(contract.code());
  }
}
