package com.opsflow.incident;

import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.incident.IncidentProcess.Var;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Opens an incident for something a scheduled operation found (a failed backup, a health-check finding): the
 * ordinary incident process with its start checks, priority and SLA clocks, channel {@code ticket}. Returns the
 * new incident's number for the caller to link.
 */
@Component
public class FollowUpIncidents {

  public record Request(String system, String reporter, String summary, String description, String impact,
      String urgency) {
  }

  public String open(DelegateExecution execution, Request request) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Var.SYSTEM, request.system());
    vars.put(Var.CHANNEL, "ticket");
    vars.put(Var.REPORTER, request.reporter());
    vars.put(Var.SUMMARY, request.summary());
    vars.put(Var.DESCRIPTION, request.description());
    vars.put(Var.IMPACT, request.impact());
    vars.put(Var.URGENCY, request.urgency());
    // Engine-internal work: a timer or the engineer completing a check needs no right to start incidents.
    return WithoutAuthorization.inCurrentCommand(() -> execution.getProcessEngineServices()
        .getRuntimeService().createProcessInstanceByKey(IncidentProcess.KEY).setVariables(vars).execute()
        .getBusinessKey());
  }
}
