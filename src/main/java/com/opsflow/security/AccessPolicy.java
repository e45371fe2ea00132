package com.opsflow.security;

import static com.opsflow.security.OpsFlowGroups.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * Who may do what, per group. Tasks themselves are granted by the engine to their candidate group
 * (identity-link authorizations), so a group works only the tasks modelled for it. Each feature declares what its
 * groups need around its tasks (an {@link AuthorizationContributor} beside its process constants); what holds
 * across features stays here: Tasklist for every work group, Cockpit read-only for the managers.
 */
final class AccessPolicy {

  private static final List<String> MANAGERS = List.of(PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT);

  private AccessPolicy() {
  }

  static List<Grant> grants(List<? extends AuthorizationContributor> contributors) {
    List<Grant> grants = new ArrayList<>(crossCutting());
    contributors.forEach(contributor -> grants.addAll(contributor.grants()));
    return grants;
  }

  static List<Grant> crossCutting() {
    List<Grant> grants = new ArrayList<>();
    for (String group : WORK_GROUPS.keySet()) {
      grants.add(new Grant(group, APPLICATION, "tasklist", Permissions.ACCESS));
    }
    // managers and the bureau follow everything in Cockpit, read-only
    for (String group : MANAGERS) {
      grants.add(new Grant(group, APPLICATION, "cockpit", Permissions.ACCESS));
      grants.add(new Grant(group, PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK));
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ));
      grants.add(new Grant(group, DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY));
      grants.add(new Grant(group, DEPLOYMENT, "*", Permissions.READ));
      grants.add(new Grant(group, TASK, "*", TaskPermissions.READ));
    }
    return grants;
  }
}
