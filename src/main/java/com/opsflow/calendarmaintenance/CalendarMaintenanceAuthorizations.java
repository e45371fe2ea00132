package com.opsflow.calendarmaintenance;

import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.BUREAU_IT;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Bureau IT keeps the holidays and make-up workdays of the business calendar in Tasklist (issue 16).
 */
@Component
class CalendarMaintenanceAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(startAndFollow(BUREAU_IT, CalendarMaintenanceProcess.KEY));
  }
}
