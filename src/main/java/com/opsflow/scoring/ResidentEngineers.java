package com.opsflow.scoring;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The resident engineers (驻场工程师) of each contract, by user id: the people the service evaluation
 * scores per period and quality inspection samples each week. Configured as
 * {@code opsflow.scoring.engineers.<contract>} (comma-separated user ids).
 */
@Component
public class ResidentEngineers {

  private final Map<String, List<String>> engineers;

  ResidentEngineers(ScoringProperties properties) {
    this.engineers = properties.engineerLists();
  }

  /** The engineers of {@code contract} ({@code tips}, {@code oa}, {@code invoice}); empty when none is configured. */
  public List<String> of(String contract) {
    return engineers.getOrDefault(contract, List.of());
  }

  /** Every configured engineer with the contracts they serve. */
  public Map<String, List<String>> all() {
    return engineers;
  }

  public boolean isResident(String userId, String contract) {
    return of(contract).contains(userId);
  }
}
