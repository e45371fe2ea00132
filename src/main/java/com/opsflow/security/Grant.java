package com.opsflow.security;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One authorization a group gets at startup ({@link AccessSetup}); grants on the same group, resource and resource
 * id add up. The factories name the combinations the features use.
 */
public record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {

  /** Creating process instances at all; which processes a group may start is granted per definition. */
  public static Grant createInstances(String groupId) {
    return new Grant(groupId, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
  }

  /** Starting a process by hand (Tasklist or API) and following its instances and their history. */
  public static Grant startAndFollow(String groupId, String processKey) {
    return new Grant(groupId, PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY);
  }

  /** Each of {@code groupIds} may start {@code processKey} by hand and follow it: both grants that needs, per group. */
  public static List<Grant> startedBy(String processKey, List<String> groupIds) {
    List<Grant> grants = new ArrayList<>();
    for (String groupId : groupIds) {
      grants.add(createInstances(groupId));
      grants.add(startAndFollow(groupId, processKey));
    }
    return grants;
  }

  /** Following a process's instances and their history without starting it. */
  public static Grant follow(String groupId, String processKey) {
    return new Grant(groupId, PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
  }

  /** Reading the definition only, which completing its tasks needs. */
  public static Grant readDefinition(String groupId, String processKey) {
    return new Grant(groupId, PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ);
  }
}
