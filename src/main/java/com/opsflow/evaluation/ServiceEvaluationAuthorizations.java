package com.opsflow.evaluation;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.BUREAU_IT;
import static com.opsflow.security.OpsFlowGroups.SYSTEM_OWNER;

import com.opsflow.scoring.ScoringDecisions;
import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Service evaluation: the bureau's IT department (考评人) starts evaluations by hand and scores them; the system
 * owner decides threshold actions. Both may evaluate the scoring decisions as themselves (the score itself is
 * computed in an async step, without a user).
 */
@Component
class ServiceEvaluationAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.add(createInstances(BUREAU_IT));
    grants.add(startAndFollow(BUREAU_IT, ServiceEvaluationProcess.KEY));
    for (String group : List.of(BUREAU_IT, SYSTEM_OWNER)) {
      for (String decision : List.of(ScoringDecisions.SCORE_ITEM, ScoringDecisions.SCORE_ACTION)) {
        grants.add(new Grant(group, Resources.DECISION_DEFINITION, decision, Permissions.READ,
            Permissions.CREATE_INSTANCE));
      }
    }
    return grants;
  }
}
