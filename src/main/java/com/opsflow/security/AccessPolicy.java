package com.opsflow.security;

import static com.opsflow.security.OpsFlowGroups.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.datamaintenance.DataMaintenanceProcess;
import com.opsflow.incident.IncidentFollowupProcess;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.knowledge.KnowledgeProcess;
import com.opsflow.leave.LeaveRequestProcess;
import com.opsflow.onsite.OnsiteSupportProcess;
import com.opsflow.problem.ProblemProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * Who may do what, per group. Tasks themselves are granted by the engine to their candidate group
 * (identity-link authorizations), so a group works only the tasks modelled for it; these grants add
 * what each role needs around its tasks: starting its processes, seeing instances, Cockpit.
 */
final class AccessPolicy {

  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
  }

  private static final List<String> MANAGERS = List.of(PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT);

  private AccessPolicy() {
  }

  static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (String group : WORK_GROUPS.keySet()) {
      grants.add(new Grant(group, APPLICATION, "tasklist", Permissions.ACCESS));
    }
    // the desk records incidents and works them
    grants.add(new Grant(SERVICE_DESK, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(new Grant(SERVICE_DESK, PROCESS_DEFINITION, IncidentProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(new Grant(SERVICE_DESK, PROCESS_DEFINITION, IncidentFollowupProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    // second line sees the incidents it is escalated, and their history
    for (String key : List.of(IncidentProcess.KEY, IncidentFollowupProcess.KEY)) {
      grants.add(new Grant(SECOND_LINE, PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
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
    majorIncidents(grants);
    problem(grants);
    knowledge(grants);
    onsiteSupport(grants);
    leaveRequests(grants);
    approvals(grants);
    dataMaintenance(grants);
    return grants;
  }

  /** The knowledge group drafts articles by hand (Tasklist start) and follows its knowledge instances. */
  static void knowledge(List<Grant> grants) {
    grants.add(new Grant(KNOWLEDGE, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(new Grant(KNOWLEDGE, PROCESS_DEFINITION, KnowledgeProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
  }

  /** Second line and the team lead declare and follow major incidents; their tasks come by candidate group. */
  static void majorIncidents(List<Grant> grants) {
    for (String group : List.of(SECOND_LINE, TEAM_LEAD)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, "major-incident", ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
  }

  /** Problems (B-2.3.4, B-2.3.5): second line opens and follows them; the vendor sees the ones it works. */
  static void problem(List<Grant> grants) {
    grants.add(new Grant(SECOND_LINE, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(new Grant(SECOND_LINE, PROCESS_DEFINITION, ProblemProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(new Grant(VENDOR, PROCESS_DEFINITION, ProblemProcess.KEY, ProcessDefinitionPermissions.READ));
  }

  /** On-site support: the desk and the team lead request it; engineers of both lines see the instances they work. */
  static void onsiteSupport(List<Grant> grants) {
    grants.add(new Grant(TEAM_LEAD, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    for (String group : List.of(SERVICE_DESK, TEAM_LEAD)) {
      grants.add(new Grant(group, PROCESS_DEFINITION, OnsiteSupportProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    grants.add(new Grant(SECOND_LINE, PROCESS_DEFINITION, OnsiteSupportProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
  }

  /**
   * Leave requests: resident engineers (desk, second line) ask for their own leave; team lead and system
   * owner approve through the candidate group of the approval task and follow the requests in Cockpit.
   */
  static void leaveRequests(List<Grant> grants) {
    for (String group : List.of(SERVICE_DESK, SECOND_LINE)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, LeaveRequestProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
  }

  /**
   * Approvals (the shared {@code approval} flow): the groups that write plans (second line, the desk) read
   * the approval instances and their history; managers read everything already; approvers get their
   * tasks by candidate group. Nobody starts {@code approval} by hand: callers start it as a call activity.
   */
  static void approvals(List<Grant> grants) {
    for (String group : List.of(SERVICE_DESK, SECOND_LINE)) {
      grants.add(new Grant(group, PROCESS_DEFINITION, ApprovalProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    }
  }

  /**
   * Data maintenance (B-2.3.3): the desk and second line open DM tickets and follow them (second line writes,
   * tests and runs the plans, the desk calls the user back); reviewers get their tasks by candidate group.
   */
  static void dataMaintenance(List<Grant> grants) {
    for (String group : List.of(SERVICE_DESK, SECOND_LINE)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, DataMaintenanceProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
  }
}
