package com.opsflow.leave;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Leave requests: resident engineers (desk, second line) ask for their own leave; team lead and system owner
 * approve through the candidate group of the approval task and follow the requests in Cockpit.
 */
@Component
class LeaveRequestAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (String group : List.of(SERVICE_DESK, SECOND_LINE)) {
      grants.add(createInstances(group));
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, LeaveRequestProcess.KEY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    return grants;
  }
}
