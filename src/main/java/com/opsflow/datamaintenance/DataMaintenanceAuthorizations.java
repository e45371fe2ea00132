package com.opsflow.datamaintenance;

import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Data maintenance (B-2.3.3): the desk and second line open DM tickets and follow them (second line writes, tests
 * and runs the plans, the desk calls the user back); reviewers get their tasks by candidate group.
 */
@Component
class DataMaintenanceAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return Grant.startedBy(DataMaintenanceProcess.KEY, List.of(SERVICE_DESK, SECOND_LINE));
  }
}
