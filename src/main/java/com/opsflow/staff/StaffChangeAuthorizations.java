package com.opsflow.staff;

import static com.opsflow.security.OpsFlowGroups.PROJECT_MANAGER;
import static com.opsflow.security.OpsFlowGroups.TEAM_LEAD;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Staff changes (A-4.3, B-2.4.3): the vendor's team lead or project manager asks; the bureau's IT department
 * decides by candidate group; managers follow in Cockpit.
 */
@Component
class StaffChangeAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return Grant.startedBy(StaffChangeProcess.KEY, List.of(TEAM_LEAD, PROJECT_MANAGER));
  }
}
