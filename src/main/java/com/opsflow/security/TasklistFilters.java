package com.opsflow.security;

import static com.opsflow.security.OpsFlowGroups.WORK_GROUPS;

import com.opsflow.ticket.SupportedSystems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters OpsFlow sets up (issue 16): "我的任务", one per group, "逾期任务" (past their due date),
 * "重大事件" (major-incident duties) and one per supported system. Every list shows the ticket number, system,
 * priority and summary beside the task name; the query results stay limited by the engine's authorizations, so
 * a shared filter shows each user only the tasks their groups may see.
 */
final class TasklistFilters {

  static final String MY_TASKS = "我的任务";
  static final String OVERDUE = "逾期任务";
  static final String MAJOR_INCIDENTS = "重大事件";
  /** Process key of SPEC §3's major incident (kept here as text: security does not depend on the feature). */
  static final String MAJOR_INCIDENT_PROCESS = "major-incident";

  /** Process variables shown as columns in every filter's list (Tasklist's filter property "variables"). */
  static final List<Map<String, String>> COLUMNS = List.of(
      column("ticketNumber", "工单号"),
      column("system", "系统"),
      column("priority", "优先级"),
      column("summary", "摘要"));

  /** One filter: name, description, order in Tasklist, its query, and who may use it (null: everybody). */
  record Spec(String name, String description, int priority, Function<TaskService, TaskQuery> query,
      List<String> groups) {

    Map<String, Object> properties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("variables", COLUMNS);
      return properties;
    }
  }

  private TasklistFilters() {
  }

  static List<Spec> all() {
    List<Spec> specs = new ArrayList<>();
    specs.add(new Spec(MY_TASKS, "分配给我的任务", -10,
        tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), null));
    specs.add(new Spec(OVERDUE, "已过处理时限、仍未完成的任务（我的和我所在组的）", -5,
        tasks -> mineOrMyGroups(tasks).dueBeforeExpression("${now()}"), null));
    int priority = 0;
    for (Map.Entry<String, String> group : WORK_GROUPS.entrySet()) {
      priority++;
      String id = group.getKey();
      specs.add(new Spec(groupFilterName(group.getValue()), group.getValue() + "的待办任务", priority,
          tasks -> tasks.createTaskQuery().taskCandidateGroup(id).includeAssignedTasks(), List.of(id)));
    }
    specs.add(new Spec(MAJOR_INCIDENTS, "重大事件处置中的任务", ++priority,
        tasks -> mineOrMyGroups(tasks).processDefinitionKey(MAJOR_INCIDENT_PROCESS), null));
    for (Map.Entry<String, String> system : SupportedSystems.NAMES.entrySet()) {
      String code = system.getKey();
      specs.add(new Spec(system.getValue() + "任务", system.getValue() + "的待办任务（我的和我所在组的）", ++priority,
          tasks -> mineOrMyGroups(tasks).processVariableValueEquals("system", code), null));
    }
    return specs;
  }

  static String groupFilterName(String groupName) {
    return groupName + "任务";
  }

  /** Tasks assigned to the current user or offered to one of their groups. */
  private static TaskQuery mineOrMyGroups(TaskService tasks) {
    return tasks.createTaskQuery().or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private static Map<String, String> column(String name, String label) {
    Map<String, String> column = new LinkedHashMap<>();
    column.put("name", name);
    column.put("label", label);
    return column;
  }
}
