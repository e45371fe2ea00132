package com.opsflow.onsite;

import static com.opsflow.security.Grant.follow;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;
import static com.opsflow.security.OpsFlowGroups.TEAM_LEAD;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * On-site support: the desk and the team lead request it; engineers of both lines see the instances they work.
 */
@Component
class OnsiteSupportAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.addAll(Grant.startedBy(OnsiteSupportProcess.KEY, List.of(SERVICE_DESK, TEAM_LEAD)));
    grants.add(follow(SECOND_LINE, OnsiteSupportProcess.KEY));
    return grants;
  }
}
