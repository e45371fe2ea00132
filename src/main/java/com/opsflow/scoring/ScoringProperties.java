package com.opsflow.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * opsflow.scoring.*: the annual contract amount per contract in CNY, the base of the payment deduction
 * (A-5.5.3, B-2.6.3). Defaults: tips 200,000 (A: 采购预算价 20万元/年), oa 250,000; invoice has no
 * default (seed C names no amount). {@code engineers}: the resident engineers per contract, comma-separated
 * user ids.
 */
@ConfigurationProperties("opsflow.scoring")
public record ScoringProperties(Map<String, BigDecimal> contractAmounts, Map<String, String> engineers) {

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
    engineers = engineers == null ? Map.of() : Map.copyOf(engineers);
  }

  /** Resident engineers per contract, parsed from the comma-separated configuration. */
  Map<String, List<String>> engineerLists() {
    Map<String, List<String>> lists = new HashMap<>();
    engineers.forEach((contract, ids) -> lists.put(contract, Arrays.stream(ids == null ? new String[0] : ids.split(","))
        .map(String::trim).filter(id -> !id.isEmpty()).toList()));
    return Map.copyOf(lists);
  }

  /** The configured annual amount, or null when none is configured. */
  public BigDecimal amount(ScoringDecisions.Contract contract) {
    return contractAmounts.get(contract.code());
  }
}
