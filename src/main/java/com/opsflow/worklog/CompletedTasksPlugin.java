package com.opsflow.worklog;

import com.opsflow.engine.CurrentUser;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds to every user task of every model a complete listener that writes {@link CompletedTasks}, after
 * the model's own listeners (a refused completion writes nothing). A parse listener is the engine's only
 * way to reach every task without each model declaring it (engine internals: no public API for it).
 */
@Component
class CompletedTasksPlugin extends AbstractProcessEnginePlugin {

  private final CompletedTasks register;

  CompletedTasksPlugin(@Lazy CompletedTasks register) {
    this.register = register;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener recorder = this::completed;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, recorder);
      }
    });
  }

  private void completed(DelegateTask task) {
    String processKey = task.getProcessDefinitionId() == null ? "" : task.getProcessDefinitionId().split(":")[0];
    register.record(task.getId(), task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey(),
        processKey, task.getTaskDefinitionKey(), CurrentUser.of(task));
  }
}
