package com.opsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives process instances in tests: start with defaults, complete tasks by element id, fire timers. */
public class ProcessDriver {

  private final ProcessEngine engine;

  public ProcessDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  public static Map<String, Object> incidentVariables(String system, String impact, String urgency) {
    Map<String, Object> v = new HashMap<>();
    v.put("system", system);
    v.put("channel", "hotline");
    v.put("reporter", "李明（某区税务局第一税务所）");
    v.put("summary", "电子缴款书打印失败");
    v.put("description", "纳税人缴款成功后打印缴款书空白");
    v.put("impact", impact);
    v.put("urgency", urgency);
    return v;
  }

  public ProcessInstance startIncident(Map<String, Object> variables) {
    return engine.getRuntimeService().createProcessInstanceByKey("incident").setVariables(variables).execute();
  }

  public Task task(ProcessInstance instance, String taskDefinitionKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as("open task %s of %s", taskDefinitionKey, instance.getBusinessKey()).hasSize(1);
    return tasks.get(0);
  }

  public void complete(ProcessInstance instance, String taskDefinitionKey, Object... keyValues) {
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      vars.put((String) keyValues[i], keyValues[i + 1]);
    }
    engine.getTaskService().complete(task(instance, taskDefinitionKey).getId(), vars);
  }

  /** Starts {@code processKey} as {@code user} of {@code group}, as Tasklist or REST would for that user. */
  public ProcessInstance startAs(String processKey, String user, String group, Map<String, Object> variables) {
    return as(user, List.of(group),
        () -> engine.getRuntimeService().createProcessInstanceByKey(processKey).setVariables(variables).execute());
  }

  /** Starts the process whose start event catches {@code message} as {@code user} of {@code group}. */
  public ProcessInstance startByMessageAs(String message, String user, String group, Map<String, Object> variables) {
    return as(user, List.of(group), () -> engine.getRuntimeService().createMessageCorrelation(message)
        .setVariables(variables).correlateStartMessage());
  }

  /** The notifications tickets started, and their delivery. */
  public Notifications notifications() {
    return new Notifications(engine);
  }

  /** Runs {@code action} as {@code user} of {@code group}, as Tasklist or REST would for that user. */
  public void as(String user, String group, Runnable action) {
    as(user, List.of(group), () -> {
      action.run();
      return null;
    });
  }

  /** Runs {@code action} as {@code user} of {@code groups}. */
  public void as(String user, List<String> groups, Runnable action) {
    Acting.as(engine.getIdentityService(), user, groups, action);
  }

  /** Runs {@code action} as {@code user} of {@code groups} and returns its result. */
  public <T> T as(String user, List<String> groups, Supplier<T> action) {
    return Acting.as(engine.getIdentityService(), user, groups, action);
  }

  /** Completes the open task {@code taskKey} as {@code user} of {@code group} with the given name/value pairs. */
  public void completeAs(ProcessInstance instance, String taskKey, String user, String group, Object... keyValues) {
    completeAs(task(instance, taskKey), user, group, keyValues);
  }

  /** Completes {@code task} as {@code user} of {@code group} with the given name/value pairs. */
  public void completeAs(Task task, String user, String group, Object... keyValues) {
    Acting.as(engine.getIdentityService(), user, List.of(group),
        () -> engine.getTaskService().complete(task.getId(), values(keyValues)));
  }

  /** Claims the open task {@code taskKey} for {@code user} when nobody has it, then completes it as that user. */
  public void claimAndCompleteAs(ProcessInstance instance, String taskKey, String user, String group,
      Object... keyValues) {
    Task task = task(instance, taskKey);
    if (task.getAssignee() == null) {
      engine.getTaskService().claim(task.getId(), user);
    }
    completeAs(task, user, group, keyValues);
  }

  private static Map<String, Object> values(Object... keyValues) {
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      vars.put((String) keyValues[i], keyValues[i + 1]);
    }
    return vars;
  }

  /** Moves the engine clock to the timer's due date and runs it, as the job executor would. */
  public void fireTimer(ProcessInstance instance, String timerActivityId) {
    Job job = timerJob(instance, timerActivityId);
    ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
    engine.getManagementService().executeJob(job.getId());
  }

  public Job timerJob(ProcessInstance instance, String timerActivityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(timerActivityId).list();
    if (jobs.isEmpty()) {
      // timers inside a called process belong to that instance
      jobs = engine.getManagementService().createJobQuery().timers().activityId(timerActivityId).list().stream()
          .filter(j -> instance.getBusinessKey().equals(engine.getRuntimeService().createProcessInstanceQuery()
              .processInstanceId(j.getProcessInstanceId()).singleResult().getBusinessKey()))
          .toList();
    }
    assertThat(jobs).as("timer %s", timerActivityId).hasSize(1);
    return jobs.get(0);
  }

  /** Notification instances requested for a ticket, by mail template. */
  public List<String> notificationTemplates(String ticketNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(ticketNumber).list().stream()
        .map(p -> (String) engine.getRuntimeService().getVariable(p.getId(), "notificationTemplate"))
        .toList();
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
