package com.opsflow.approval;

import static com.opsflow.security.Grant.follow;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Approvals (the shared {@code approval} flow): the groups that write plans (second line, the desk) read the
 * approval instances and their history; managers read everything already; approvers get their tasks by candidate
 * group. Nobody starts {@code approval} by hand: callers start it as a call activity.
 */
@Component
class ApprovalAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(follow(SERVICE_DESK, ApprovalProcess.KEY), follow(SECOND_LINE, ApprovalProcess.KEY));
  }
}
