package com.opsflow.major;

import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.TEAM_LEAD;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Second line and the team lead declare and follow major incidents; their tasks come by candidate group.
 */
@Component
class MajorIncidentAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return Grant.startedBy(MajorIncidentProcess.KEY, List.of(SECOND_LINE, TEAM_LEAD));
  }
}
