package com.opsflow.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * opsflow.scoring.*: the annual contract amount per contract in CNY, the base of the payment deduction
 * (A-5.5.3, B-2.6.3). Defaults: tips 200,000 (A: 采购预算价 20万元/年), oa 250,000; invoice has no
 * default (seed C names no amount). {@code engineers}: the resident engineers per contract, comma-separated
 * user ids. {@code contractStart}: the contract's start date per contract, which fixes its contract years
 * ({@link ContractYears}). {@code vendorScore}: how the engineers' period scores make the vendor's score per contract
 * ({@link VendorScoreMode}, default {@code average}; the seeds do not say — the bureau's to confirm).
 * {@code serviceYears}: the service period in years (服务期 2 年, A/B/C), the end of the time a termination deducts.
 */
@ConfigurationProperties("opsflow.scoring")
public record ScoringProperties(Map<String, BigDecimal> contractAmounts, Map<String, String> engineers,
    Map<String, LocalDate> contractStart, Map<String, VendorScoreMode> vendorScore, Integer serviceYears) {

  @ConstructorBinding
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
    Map<String, LocalDate> starts = new HashMap<>();
    if (contractStart != null) {
      contractStart.forEach((contract, start) -> {
        if (start != null) {
          starts.put(contract, start);
        }
      });
    }
    contractStart = Map.copyOf(starts);
    Map<String, VendorScoreMode> modes = new HashMap<>();
    if (vendorScore != null) {
      vendorScore.forEach((contract, mode) -> {
        if (mode != null) {
          modes.put(contract, mode);
        }
      });
    }
    vendorScore = Map.copyOf(modes);
    if (serviceYears == null) {
      serviceYears = 2;
    }
    if (serviceYears < 1) {
      throw new IllegalStateException("opsflow.scoring.service-years must be 1 or more, was " + serviceYears);
    }
  }

  public ScoringProperties(Map<String, BigDecimal> contractAmounts, Map<String, String> engineers) {
    this(contractAmounts, engineers, null, null, null);
  }

  /** How the vendor's score of {@code contract} is made from its engineers' scores (default {@code average}). */
  public VendorScoreMode vendorScoreMode(ScoringDecisions.Contract contract) {
    return vendorScore.getOrDefault(contract.code(), VendorScoreMode.AVERAGE);
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
