package com.opsflow.change;

import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.TEAM_LEAD;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Changes (A-3.2.1.3, B-2.3.7): second line and the team lead record change requests (Tasklist start) and follow
 * them; approvers (system owner, bureau IT) see them as managers; tasks by candidate group.
 */
@Component
class ChangeAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return Grant.startedBy(ChangeProcess.KEY, List.of(SECOND_LINE, TEAM_LEAD));
  }
}
