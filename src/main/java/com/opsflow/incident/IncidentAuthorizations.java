package com.opsflow.incident;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.follow;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;
import static com.opsflow.security.OpsFlowGroups.TEAM_LEAD;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Incidents (B-2.3.1): the desk records incidents and works them; second line sees the incidents it is escalated
 * and their history; whoever works an incident records a delay the user agreed to (B-2.3.13(4), Tasklist form
 * 登记延期).
 */
@Component
class IncidentAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.add(createInstances(SERVICE_DESK));
    grants.add(startAndFollow(SERVICE_DESK, IncidentProcess.KEY));
    grants.add(follow(SERVICE_DESK, IncidentFollowupProcess.KEY));
    for (String key : List.of(IncidentProcess.KEY, IncidentFollowupProcess.KEY)) {
      grants.add(follow(SECOND_LINE, key));
    }
    grants.addAll(Grant.startedBy(IncidentDelayProcess.KEY, List.of(SERVICE_DESK, SECOND_LINE, TEAM_LEAD)));
    return grants;
  }
}
