package com.opsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.schedule.ScheduleVariables;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives scheduled processes in tests: moves the clock and fires the timer start event as the job executor would. */
public class ScheduleDriver {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  public static final String TICK = "StartEvent_ScheduleTick";

  private final ProcessEngine engine;
  private final String processKey;

  public ScheduleDriver(ProcessEngine engine, String processKey) {
    this.engine = engine;
    this.processKey = processKey;
  }

  public static void clockAt(LocalDateTime local) {
    ClockUtil.setCurrentTime(Date.from(local.atZone(SHANGHAI).toInstant()));
  }

  /** The process's one timer-start job, fired at {@code local} (bureau time). */
  public void tick(LocalDateTime local) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processDefinitionKey(processKey).timers()
        .activityId(TICK).list();
    assertThat(jobs).as("timer start job of %s", processKey).hasSize(1);
    clockAt(local);
    engine.getManagementService().executeJob(jobs.get(0).getId());
  }

  /** A second tick on the same day, as a restarted node or a second node whose timer fired again would run it. */
  public void tickAgain(LocalDateTime local) {
    clockAt(local);
    engine.getRuntimeService().createProcessInstanceByKey(processKey).startBeforeActivity("ServiceTask_StartDueRuns")
        .execute();
  }

  /** A start by hand from Tasklist (the timer start event's form). */
  public void startByHand(String user, String group, Map<String, Object> variables) {
    Acting.as(engine.getIdentityService(), user, List.of(group),
        () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, variables));
  }

  /** The runs started for one period of one schedule of one system. */
  public List<ProcessInstance> runs(String schedule, String system, String periodKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals(ScheduleVariables.SCHEDULE, schedule).variableValueEquals(ScheduleVariables.SYSTEM, system)
        .variableValueEquals(ScheduleVariables.PERIOD_KEY, periodKey).list();
  }

  /** Runs ever started (also ended ones), by history. */
  public long runsEver(String schedule, String system, String periodKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals(ScheduleVariables.SCHEDULE, schedule).variableValueEquals(ScheduleVariables.SYSTEM, system)
        .variableValueEquals(ScheduleVariables.PERIOD_KEY, periodKey).count();
  }

  public ProcessInstance run(String schedule, String system, String periodKey) {
    List<ProcessInstance> runs = runs(schedule, system, periodKey);
    assertThat(runs).as("run %s %s %s", schedule, system, periodKey).hasSize(1);
    return runs.get(0);
  }

  public Task task(ProcessInstance run, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** Completes a task as a user of the group (claim, then complete with the form's values). */
  public void complete(ProcessInstance run, String taskKey, String user, String group, Map<String, Object> values) {
    Task task = task(run, taskKey);
    assertThat(task).as("open task %s", taskKey).isNotNull();
    engine.getTaskService().claim(task.getId(), user);
    Acting.as(engine.getIdentityService(), user, List.of(group),
        () -> engine.getTaskService().complete(task.getId(), values));
  }

  /** The steps behind asynchronous boundaries of the run, as the job executor would run them. */
  public void runAsyncSteps(ProcessInstance run) {
    for (int i = 0; i < 5; i++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(run.getId()).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** Fires a timer of the run (boundary or catch) at its due date. */
  public void fireTimer(ProcessInstance run, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(run.getId()).timers()
        .activityId(activityId).singleResult();
    assertThat(job).as("timer %s", activityId).isNotNull();
    ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
    engine.getManagementService().executeJob(job.getId());
  }
}
