package com.opsflow.release;

import static com.opsflow.security.OpsFlowGroups.PROJECT_MANAGER;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.TEAM_LEAD;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Second line receives patches (A-3.2.3(4)) and does the work; the team lead and the project manager may also open
 * them. Approvers get their tasks by candidate group in the approval process; managers follow everything in Cockpit.
 */
@Component
class ReleaseAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return Grant.startedBy(ReleaseProcess.KEY, List.of(SECOND_LINE, TEAM_LEAD, PROJECT_MANAGER));
  }
}
