package com.opsflow.drdrill;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Disaster-recovery drills (contract C): second line plans and runs them and may start one by hand; the system
 * owner approves the plan by candidate group.
 */
@Component
class DrDrillAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(createInstances(SECOND_LINE), startAndFollow(SECOND_LINE, DrDrillProcess.KEY));
  }
}
