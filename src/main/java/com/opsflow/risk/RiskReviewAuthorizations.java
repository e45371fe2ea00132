package com.opsflow.risk;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Risk reviews and contingency plans (invoice contract C 系统风险排查): second line (系统运行保障) starts a review by hand
 * and follows the runs; the team lead approves plans by candidate group and reads them as a manager.
 */
@Component
class RiskReviewAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(createInstances(SECOND_LINE), startAndFollow(SECOND_LINE, RiskReviewProcess.KEY));
  }
}
