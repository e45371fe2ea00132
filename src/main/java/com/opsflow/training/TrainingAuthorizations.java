package com.opsflow.training;

import static com.opsflow.security.OpsFlowGroups.PROJECT_MANAGER;
import static com.opsflow.security.OpsFlowGroups.TEAM_LEAD;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Training (B-2.3.12): the team lead or project manager plans it.
 */
@Component
class TrainingAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return Grant.startedBy(TrainingProcess.KEY, List.of(TEAM_LEAD, PROJECT_MANAGER));
  }
}
