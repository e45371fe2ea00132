package com.opsflow.major;

import com.opsflow.engine.WithoutAuthorization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "启动重大事件处置" in the incident: the priority decision said major, so handling starts at once under
 * the ticket's number. Engine-internal work: the desk user needs no right to start major incidents.
 */
@Component("declareMajorIncident")
class DeclareMajorIncidentDelegate implements JavaDelegate {

  private final MajorIncidentDeclaration declaration;

  DeclareMajorIncidentDelegate(MajorIncidentDeclaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WithoutAuthorization.inCurrentCommand(() ->
        declaration.declare(execution.getProcessBusinessKey(), null, "优先级判定为重大事件"));
  }
}
