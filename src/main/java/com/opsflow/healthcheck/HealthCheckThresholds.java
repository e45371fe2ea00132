package com.opsflow.healthcheck;

import com.opsflow.engine.CurrentUser;
import com.opsflow.healthcheck.Checklist.Threshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The thresholds of every checklist item, from DMN health-check-threshold (latest version). */
@Component
class HealthCheckThresholds {

  private final DecisionService decisions;
  private final IdentityService identity;

  HealthCheckThresholds(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  /** Read without the engineer's decision rights: the thresholds judge the check, the engineer does not choose them. */
  List<Threshold> all() {
    return CurrentUser.withoutAuthentication(identity, () -> read());
  }

  private List<Threshold> read() {
    List<Threshold> thresholds = new ArrayList<>();
    for (String item : HealthCheckProcess.ITEMS.keySet()) {
      Map<String, Object> row = decisions.evaluateDecisionByKey(HealthCheckProcess.THRESHOLD_DECISION)
          .variables(Variables.createVariables().putValue("item", item)).evaluate().getSingleResult().getEntryMap();
      thresholds.add(new Threshold(item, (String) row.get("label"), (String) row.get("scope"), (String) row.get("unit"),
          new BigDecimal(row.get("threshold").toString()), (String) row.get("followUp")));
    }
    return thresholds;
  }
}
