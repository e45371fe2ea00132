package com.opsflow.healthcheck;

import com.opsflow.change.ChangeProcess;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.incident.FollowUpIncidents;
import com.opsflow.problem.ProblemProcess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Opens what a finding needs (A-3.2.1.1(3) 对检查出的异常问题进行判断、分析并解决): an incident, a program problem for
 * second line to analyse, or a tuning change (A-3.2.1.2 脚本调优、数据库参数调整) — each through its own process with
 * its own start checks, and returns its ticket number.
 */
@Component
class HealthCheckFollowUps {

  /** The kind of change a tuning finding asks for, by check scope. */
  static final Map<String, String> CHANGE_TYPE_BY_SCOPE = Map.of("db-server", "os", "mw-server", "application",
      "db-software", "database", "mw-software", "middleware", "app-data", "application");

  private final FollowUpIncidents incidents;

  HealthCheckFollowUps(FollowUpIncidents incidents) {
    this.incidents = incidents;
  }

  String open(DelegateExecution execution, String followUp, String system, String scope, String summary,
      String description) {
    String reporter = "健康检查 " + execution.getProcessBusinessKey();
    return switch (followUp) {
      case "incident" -> incidents.open(execution, new FollowUpIncidents.Request(system, reporter, summary, description,
          "office", "medium"));
      case "problem" -> start(execution, ProblemProcess.KEY, Map.of(ProblemProcess.Var.PROBLEM_TYPE, "program",
          ProblemProcess.Var.SYSTEM, system, ProblemProcess.Var.SUMMARY, summary,
          ProblemProcess.Var.DESCRIPTION, description));
      case "change" -> start(execution, ChangeProcess.KEY, Map.of(ChangeProcess.Var.SYSTEM, system,
          ChangeProcess.Var.CHANGE_TYPE, CHANGE_TYPE_BY_SCOPE.getOrDefault(scope, "application"),
          ChangeProcess.Var.SUMMARY, summary, ChangeProcess.Var.DESCRIPTION, description,
          ChangeProcess.Var.REPORTER, reporter, ChangeProcess.Var.REQUESTED_BY, "health-check"));
      default -> throw new IllegalArgumentException("No ticket for follow-up " + followUp);
    };
  }

  private static String start(DelegateExecution execution, String key, Map<String, Object> variables) {
    Map<String, Object> vars = new HashMap<>(variables);
    // Engine-internal work: whoever completed the check needs no right to open problems or changes.
    return WithoutAuthorization.inCurrentCommand(() -> execution.getProcessEngineServices()
        .getRuntimeService().createProcessInstanceByKey(key).setVariables(vars).execute().getBusinessKey());
  }
}
