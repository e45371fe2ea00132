package com.opsflow.security;

import static com.opsflow.security.OpsFlowGroups.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.archive.ArchiveChangeProcess;
import com.opsflow.archive.ArchiveLoanProcess;
import com.opsflow.archive.ArchiveProcess;
import com.opsflow.backup.BackupProcess;
import com.opsflow.drdrill.DrDrillProcess;
import com.opsflow.healthcheck.HealthCheckProcess;
import com.opsflow.hardening.SecurityHardeningProcess;
import com.opsflow.calendarmaintenance.CalendarMaintenanceProcess;
import com.opsflow.importantperiod.ImportantPeriodProcess;
import com.opsflow.change.ChangeProcess;
import com.opsflow.evaluation.ServiceEvaluationProcess;
import com.opsflow.complaint.ComplaintProcess;
import com.opsflow.datamaintenance.DataMaintenanceProcess;
import com.opsflow.incident.IncidentDelayProcess;
import com.opsflow.incident.IncidentFollowupProcess;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.knowledge.KnowledgeProcess;
import com.opsflow.leave.LeaveRequestProcess;
import com.opsflow.migration.MigrationProcess;
import com.opsflow.onsite.OnsiteSupportProcess;
import com.opsflow.problem.ProblemProcess;
import com.opsflow.release.ReleaseProcess;
import com.opsflow.risk.RiskReviewProcess;
import com.opsflow.staff.StaffChangeProcess;
import com.opsflow.scoring.ScoringDecisions;
import com.opsflow.quality.QualityInspectionProcess;
import com.opsflow.survey.SatisfactionSurveyProcess;
import com.opsflow.training.TrainingProcess;
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
    // B-2.3.13(4): whoever works an incident records a delay the user agreed to (Tasklist form 登记延期)
    for (String group : List.of(SERVICE_DESK, SECOND_LINE, TEAM_LEAD)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, IncidentDelayProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    // bureau IT keeps the holidays and make-up workdays of the business calendar in Tasklist (issue 16)
    grants.add(new Grant(BUREAU_IT, PROCESS_DEFINITION, CalendarMaintenanceProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    // the system owner declares important periods in Tasklist (issue 12); the vendor's managers draw up the roster
    grants.add(new Grant(SYSTEM_OWNER, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(new Grant(SYSTEM_OWNER, PROCESS_DEFINITION, ImportantPeriodProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
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
    changes(grants);
    releasesAndMigrations(grants);
    serviceEvaluation(grants);
    qualityControl(grants);
    trainingAndSurveys(grants);
    staffChanges(grants);
    dataMaintenance(grants);
    scheduledOperations(grants);
    riskReviews(grants);
    archive(grants);
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
   * Changes (A-3.2.1.3, B-2.3.7): second line and the team lead record change requests (Tasklist start)
   * and follow them; approvers (system owner, bureau IT) see them as managers; tasks by candidate group.
   */
  static void changes(List<Grant> grants) {
    for (String group : List.of(SECOND_LINE, TEAM_LEAD)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, ChangeProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
  }

  /**
   * Releases and migrations: second line receives patches and migration applications (A-3.2.3(4), B-2.3.8)
   * and does the work; the team lead and the project manager may also open them. Approvers get their
   * tasks by candidate group in the approval process; managers follow everything in Cockpit.
   */
  static void releasesAndMigrations(List<Grant> grants) {
    for (String group : List.of(SECOND_LINE, TEAM_LEAD, PROJECT_MANAGER)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      for (String key : List.of(ReleaseProcess.KEY, MigrationProcess.KEY)) {
        grants.add(new Grant(group, PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY));
      }
    }
  }

  /**
   * Service evaluation: the bureau's IT department (考评人) starts evaluations by hand and scores them;
   * the system owner decides threshold actions. Both may evaluate the scoring decisions as themselves
   * (the score itself is computed in an async step, without a user).
   */
  static void serviceEvaluation(List<Grant> grants) {
    grants.add(new Grant(BUREAU_IT, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(new Grant(BUREAU_IT, PROCESS_DEFINITION, ServiceEvaluationProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    for (String group : List.of(BUREAU_IT, SYSTEM_OWNER)) {
      for (String decision : List.of(ScoringDecisions.SCORE_ITEM, ScoringDecisions.SCORE_ACTION)) {
        grants.add(new Grant(group, DECISION_DEFINITION, decision, Permissions.READ,
            Permissions.CREATE_INSTANCE));
      }
    }
  }

  /**
   * Quality control (B-2.3.13): inspectors start call inspections by hand (the weekly ones start by timer) and
   * follow them and the complaints; the desk records complaints and follows them. Team lead and managers read
   * both through the managers' grants; tasks come by candidate group.
   */
  static void qualityControl(List<Grant> grants) {
    grants.add(new Grant(QUALITY, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(new Grant(QUALITY, PROCESS_DEFINITION, QualityInspectionProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(new Grant(QUALITY, PROCESS_DEFINITION, ComplaintProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(new Grant(SERVICE_DESK, PROCESS_DEFINITION, ComplaintProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
  }

  /**
   * Staff changes (A-4.3, B-2.4.3): the vendor's team lead or project manager asks; the bureau's IT department
   * decides by candidate group; managers follow in Cockpit.
   */
  static void staffChanges(List<Grant> grants) {
    for (String group : List.of(TEAM_LEAD, PROJECT_MANAGER)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, StaffChangeProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
  }

  /**
   * Scheduled operations (health checks A-3.2.1.1, B-2.3.10; backups B-2.2 item 8): the resident engineers who do
   * them (first line the daily ones, second line the monthly audits and special checks) may start one by hand in
   * Tasklist and follow the runs; the timers start the rest without a user. Tasks come by candidate group.
   */
  static void scheduledOperations(List<Grant> grants) {
    for (String group : List.of(SERVICE_DESK, SECOND_LINE)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      for (String key : List.of(HealthCheckProcess.KEY, BackupProcess.KEY)) {
        grants.add(new Grant(group, PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY));
      }
    }
    // disaster-recovery drills (contract C): second line plans and runs them, may start one by hand; the system
    // owner approves the plan by candidate group
    grants.add(new Grant(SECOND_LINE, PROCESS_DEFINITION, DrDrillProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    // security hardening (seed C 安全加固): second line checks, by schedule or by hand after a bureau notice
    grants.add(new Grant(SECOND_LINE, PROCESS_DEFINITION, SecurityHardeningProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
  }

  /**
   * Training (B-2.3.12): the team lead or project manager plans it. Satisfaction surveys (B-2.3.13(3)): the
   * project manager or quality inspector plans them; the desk, who enters the answers, and quality see the
   * surveys (also for {@code /api/surveys}). Improvement actions reach their groups by candidate group.
   */
  static void trainingAndSurveys(List<Grant> grants) {
    for (String group : List.of(TEAM_LEAD, PROJECT_MANAGER)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, TrainingProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    for (String group : List.of(PROJECT_MANAGER, QUALITY)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, SatisfactionSurveyProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    grants.add(new Grant(SERVICE_DESK, PROCESS_DEFINITION, SatisfactionSurveyProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    // the owners of improvement actions complete their tasks, which needs the definition readable
    for (String group : List.of(SECOND_LINE, KNOWLEDGE, DOCUMENT_ADMIN)) {
      grants.add(new Grant(group, PROCESS_DEFINITION, SatisfactionSurveyProcess.KEY, ProcessDefinitionPermissions.READ));
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

  /**
   * Risk reviews and contingency plans (invoice contract C 系统风险排查): second line (系统运行保障) starts a review by
   * hand and follows the runs; the team lead approves plans by candidate group and reads them as a manager.
   */
  static void riskReviews(List<Grant> grants) {
    grants.add(new Grant(SECOND_LINE, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(new Grant(SECOND_LINE, PROCESS_DEFINITION, RiskReviewProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
  }

  /**
   * The technical archive (B-2.4.6.3): the systems' document keepers (second line) hand in the week's documents and
   * may start a hand-in by hand; support staff borrow documents (档案借阅单); second line and the document
   * administrator ask to change archived documents, which the system owner approves by candidate group. The
   * document administrator (文档综合管理岗) works the reviews, loans and returns and follows all three.
   */
  static void archive(List<Grant> grants) {
    grants.add(new Grant(SECOND_LINE, PROCESS_DEFINITION, ArchiveProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
    for (String group : List.of(SERVICE_DESK, SECOND_LINE, DOCUMENT_ADMIN)) {
      grants.add(new Grant(group, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(new Grant(group, PROCESS_DEFINITION, ArchiveLoanProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    for (String group : List.of(SECOND_LINE, DOCUMENT_ADMIN)) {
      grants.add(new Grant(group, PROCESS_DEFINITION, ArchiveChangeProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    grants.add(new Grant(DOCUMENT_ADMIN, PROCESS_DEFINITION, ArchiveProcess.KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
  }
}
