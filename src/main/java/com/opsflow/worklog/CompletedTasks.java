package com.opsflow.worklog;

import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The register of completed user tasks: who completed which step of which instance and ticket, written
 * by the engine in the completing transaction ({@link CompletedTasksPlugin}). Four-eyes rules ("someone
 * other than the author") read the author here: a task candidate can rewrite a process variable, never
 * this register or the history (issue 9, docs/adr/0007).
 */
@Service
public class CompletedTasks {

  /** One authoring step: the user task {@code taskKey} of process {@code processKey}. */
  public record Step(String processKey, String taskKey) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  public CompletedTasks(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void record(String taskId, String processInstanceId, String businessKey, String processKey, String taskKey,
      String completedBy) {
    jdbc.update("INSERT INTO task_completion (task_id, process_instance_id, business_key, process_key, task_key,"
        + " completed_by, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", taskId, processInstanceId, businessKey,
        processKey, taskKey, completedBy, Timestamp.from(time.now()));
  }

  /** Who last completed the user task {@code taskKey} in this process instance, if anyone known did. */
  public Optional<String> lastCompletedBy(String processInstanceId, String taskKey) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    List<String> users = jdbc.queryForList("SELECT completed_by FROM task_completion WHERE process_instance_id = ?"
        + " AND task_key = ? AND completed_by IS NOT NULL ORDER BY completed_at DESC, task_id DESC", String.class,
        processInstanceId, taskKey);
    return users.stream().findFirst();
  }

  /**
   * Who last completed one of {@code steps} for the ticket {@code businessKey} (any instance of the
   * ticket: the approval flow asks for the author of its caller's plan).
   */
  public Optional<String> lastCompletedBy(String businessKey, Collection<Step> steps) {
    if (businessKey == null || steps.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder sql = new StringBuilder("SELECT completed_by FROM task_completion WHERE business_key = ?"
        + " AND completed_by IS NOT NULL AND (");
    Object[] args = new Object[1 + steps.size() * 2];
    args[0] = businessKey;
    int i = 1;
    for (Step step : steps) {
      sql.append(i > 1 ? " OR " : "").append("(process_key = ? AND task_key = ?)");
      args[i++] = step.processKey();
      args[i++] = step.taskKey();
    }
    sql.append(") ORDER BY completed_at DESC, task_id DESC");
    return jdbc.queryForList(sql.toString(), String.class, args).stream().findFirst();
  }
}
