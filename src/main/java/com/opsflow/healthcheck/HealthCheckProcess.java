package com.opsflow.healthcheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ids of {@code processes/health-check.bpmn} and its variables (SPEC §3 health-check; A-3.2.1.1, B-2.3.10, B-2.2 item 5). */
public final class HealthCheckProcess {

  public static final String KEY = "health-check";
  public static final String PREFIX = "HC";
  public static final String TICKET_TYPE = "health-check";
  public static final String MESSAGE = "health-check-due";
  public static final String THRESHOLD_DECISION = "health-check-threshold";
  public static final String REPORT_KIND = "health-check-report";
  /** The quarterly special checks of B-2.2 item 5 (schedules of operation-schedule). */
  public static final String SPECIAL_APPLICATION = "special-application";
  public static final String SPECIAL_DATABASE = "special-database";
  public static final List<String> FOLLOW_UPS = List.of("incident", "problem", "change", "host");

  /** Check scopes of B-2.3.10 健康检查范围, code → (plan checkbox variable, Chinese name). */
  public static final Map<String, Scope> SCOPES = scopes();
  /** Checklist items (rows of DMN health-check-threshold), code → the variable its measured value arrives in. */
  public static final Map<String, String> ITEMS = items();

  public record Scope(String variable, String name) {
  }

  private HealthCheckProcess() {
  }

  private static Map<String, Scope> scopes() {
    Map<String, Scope> m = new LinkedHashMap<>();
    m.put("db-server", new Scope("scopeDbServer", "数据库服务器：操作系统"));
    m.put("mw-server", new Scope("scopeMwServer", "中间件服务器：操作系统、应用系统落地文件夹"));
    m.put("db-software", new Scope("scopeDbSoftware", "数据库软件"));
    m.put("mw-software", new Scope("scopeMwSoftware", "中间件软件"));
    m.put("app-data", new Scope("scopeAppData", "应用系统数据：管理类数据、业务类数据"));
    return m;
  }

  private static Map<String, String> items() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("db-os-cpu", "mDbOsCpu");
    m.put("db-os-filesystem", "mDbOsFilesystem");
    m.put("mw-os-cpu", "mMwOsCpu");
    m.put("mw-app-folder", "mMwAppFolder");
    m.put("db-tablespace", "mDbTablespace");
    m.put("db-sessions", "mDbSessions");
    m.put("db-slow-sql", "mDbSlowSql");
    m.put("mw-heap", "mMwHeap");
    m.put("mw-threads", "mMwThreads");
    m.put("app-admin-data", "mAppAdminData");
    m.put("app-business-data", "mAppBusinessData");
    return m;
  }

  public static final class Var {
    public static final String SPECIAL = "specialCheck";
    public static final String DEADLINE = "checkDeadline";
    public static final String PLANNED_AT = "plannedAt";
    public static final String PLACE = "checkPlace";
    public static final String METHOD = "checkMethod";
    public static final String RUN_STATE = "runState";
    public static final String PROBLEMS = "problems";
    public static final String ADVICE = "advice";
    public static final String FINDING_COUNT = "findingCount";
    public static final String FINDINGS = "findings";
    public static final String HOST_FINDINGS = "hostFindings";
    public static final String HAS_HOST_FINDINGS = "hasHostFindings";
    public static final String FOLLOW_UP_TICKETS = "followUpTickets";
    public static final String OVERDUE = "checkOverdue";
    public static final String OVERDUE_NOTE = "overdueNote";
    public static final String CHECKED_BY = "checkedBy";

    private Var() {
    }
  }

  public static final class Element {
    public static final String TICK = "StartEvent_ScheduleTick";
    public static final String START_DUE = "ServiceTask_StartDueRuns";
    public static final String RUN_DUE = "StartEvent_RunDue";
    public static final String REGISTER = "ServiceTask_RegisterCheck";
    public static final String CHECK = "SubProcess_Check";
    public static final String PLAN = "Task_PlanCheck";
    public static final String PERFORM = "Task_PerformCheck";
    public static final String OVERDUE_TIMER = "Timer_CheckOverdue";
    public static final String FLAG_OVERDUE = "ServiceTask_CheckOverdue";
    public static final String NOTIFY_OVERDUE = "ServiceTask_NotifyOverdue";
    public static final String ASSESS = "ServiceTask_AssessChecklist";
    public static final String REPORT = "ServiceTask_WriteReport";
    public static final String FINDINGS = "Gateway_Findings";
    public static final String OPEN_FOLLOW_UPS = "ServiceTask_OpenFollowUps";
    public static final String HOST = "Gateway_HostFindings";
    public static final String NOTIFY_HOST = "ServiceTask_NotifyHostAdmin";
    public static final String CLOSE = "ServiceTask_CloseCheck";
    public static final String END = "EndEvent_CheckClosed";

    private Element() {
    }
  }
}
