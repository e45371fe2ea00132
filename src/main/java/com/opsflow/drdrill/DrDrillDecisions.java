package com.opsflow.drdrill;

import com.opsflow.engine.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * DMN dr-drill-target (RTO/RPO per system, the bureau's to confirm) and dr-drill-result (latest versions), read
 * without the engineer's decision rights: the targets judge the drill, the engineer does not choose them.
 */
@Component
class DrDrillDecisions {

  record Targets(int rtoMinutes, int rpoMinutes) {
  }

  record Result(String result, List<String> reasons) {
    boolean passed() {
      return DrDrillProcess.PASSED.equals(result);
    }
  }

  private final DecisionService decisions;
  private final IdentityService identity;

  DrDrillDecisions(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  Targets targets(String system) {
    DmnDecisionResult rows = CurrentUser.withoutAuthentication(identity,
        () -> decisions.evaluateDecisionByKey(DrDrillProcess.TARGET_DECISION)
            .variables(Variables.createVariables().putValue("system", system)).evaluate());
    if (rows.isEmpty()) {
      throw new IllegalStateException("DMN " + DrDrillProcess.TARGET_DECISION + " has no RTO/RPO targets for system "
          + system + "; add a row before scheduling its drills");
    }
    Map<String, Object> row = rows.getSingleResult().getEntryMap();
    return new Targets(((Number) row.get("rtoTargetMinutes")).intValue(),
        ((Number) row.get("rpoTargetMinutes")).intValue());
  }

  /** Failed when any matched row fails (each names one target missed); passed only by the row that checks them all. */
  Result result(boolean restored, int rtoMinutes, int rpoMinutes, Targets targets) {
    DmnDecisionResult rows = CurrentUser.withoutAuthentication(identity,
        () -> decisions.evaluateDecisionByKey(DrDrillProcess.RESULT_DECISION)
            .variables(Variables.createVariables().putValue("restored", restored).putValue("rtoMinutes", rtoMinutes)
            .putValue("rpoMinutes", rpoMinutes).putValue("rtoTargetMinutes", targets.rtoMinutes())
            .putValue("rpoTargetMinutes", targets.rpoMinutes())).evaluate());
    List<String> failed = new ArrayList<>();
    List<String> passed = new ArrayList<>();
    for (Map<String, Object> row : rows.getResultList()) {
      (DrDrillProcess.FAILED.equals(row.get("result")) ? failed : passed).add((String) row.get("reason"));
    }
    if (!failed.isEmpty() || passed.isEmpty()) {
      return new Result(DrDrillProcess.FAILED, failed.isEmpty() ? List.of("未能判定，按未通过处理") : failed);
    }
    return new Result(DrDrillProcess.PASSED, passed);
  }
}
