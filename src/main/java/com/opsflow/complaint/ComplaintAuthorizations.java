package com.opsflow.complaint;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.follow;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.QUALITY;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Complaints (B-2.3.13): the desk records complaints and follows them, quality inspectors follow them too; team
 * lead and managers read them through the managers' grants; tasks come by candidate group.
 */
@Component
class ComplaintAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(follow(QUALITY, ComplaintProcess.KEY), createInstances(SERVICE_DESK),
        startAndFollow(SERVICE_DESK, ComplaintProcess.KEY));
  }
}
