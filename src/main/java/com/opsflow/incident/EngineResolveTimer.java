package com.opsflow.incident;

import com.opsflow.engine.WithoutAuthorization;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine side of an agreed delay: the incident's {@code resolveDue}, its 解决时限到期 timer and the due date of its
 * open tasks move to the agreed time. Who may record a delay is checked where it comes in (REST controller, engine
 * grants on 登记延期); moving the timer is OpsFlow's own work and runs without the caller's authorizations.
 */
@Component
class EngineResolveTimer implements IncidentDelays.ResolveTimer {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final ProcessEngineConfiguration configuration;
  private final TaskService tasks;

  EngineResolveTimer(RuntimeService runtime, ManagementService management, ProcessEngineConfiguration configuration,
      TaskService tasks) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
    this.configuration = configuration;
  }

  @Override
  public void moveTo(String ticketNumber, Instant agreed) {
    WithoutAuthorization.inNewCommand(configuration, () -> {
      ProcessInstance incident = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY)
          .processInstanceBusinessKey(ticketNumber).singleResult();
      if (incident == null) {
        return null;
      }
      Object before = runtime.getVariable(incident.getId(), IncidentProcess.Var.RESOLVE_DUE);
      runtime.setVariable(incident.getId(), IncidentProcess.Var.RESOLVE_DUE, Date.from(agreed));
      // the open tasks that show the resolution deadline as their due date (Tasklist sorts and flags by it)
      for (Task task : tasks.createTaskQuery().processInstanceId(incident.getId()).list()) {
        if (task.getDueDate() != null && task.getDueDate().equals(before)) {
          task.setDueDate(Date.from(agreed));
          tasks.saveTask(task);
        }
      }
      for (Job timer : management.createJobQuery().processInstanceId(incident.getId()).timers()
          .activityId(IncidentProcess.Element.RESOLVE_SLA).list()) {
        management.setJobDuedate(timer.getId(), Date.from(agreed));
      }
      return null;
    });
  }
}
