package com.opsflow.schedule;

import com.opsflow.engine.CurrentUser;
import com.opsflow.ticket.SupportedSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Reads DMN {@code operation-schedule} (its latest version: a table deployed from Modeler counts at the next tick). */
@Component
public class ScheduleRules {

  public static final String DECISION = "operation-schedule";

  private final DecisionService decisions;
  private final IdentityService identity;

  ScheduleRules(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  /** Every schedule of the process, for every supported system. */
  public List<ScheduleRule> of(String process) {
    List<ScheduleRule> rules = new ArrayList<>();
    for (String system : SupportedSystems.CODES) {
      rules.addAll(of(process, system));
    }
    return rules;
  }

  public List<ScheduleRule> of(String process, String system) {
    DmnDecisionResult result = evaluate(process, system);
    List<ScheduleRule> rules = new ArrayList<>();
    for (Map<String, Object> row : result.getResultList()) {
      rules.add(new ScheduleRule(process, (String) row.get("schedule"), system,
          Frequency.of((String) row.get("frequency")), number(row.get("month")), number(row.get("day")),
          (String) row.get("group"), number(row.get("catchUpDays"))));
    }
    return rules;
  }

  public Optional<ScheduleRule> find(String process, String system, String schedule) {
    return of(process, system).stream().filter(r -> r.schedule().equals(schedule)).findFirst();
  }

  /** The Chinese name of a schedule (DMN output {@code label}). */
  public String label(String process, String system, String schedule) {
    DmnDecisionResult result = evaluate(process, system);
    return result.getResultList().stream().filter(r -> schedule.equals(r.get("schedule")))
        .map(r -> (String) r.get("label")).findFirst().orElse(schedule);
  }

  /**
   * The schedule is configuration that every start needs, whoever starts (a timer, a desk engineer by hand): it is
   * read without the caller's decision rights, which are for the decisions users take.
   */
  private DmnDecisionResult evaluate(String process, String system) {
    return CurrentUser.withoutAuthentication(identity, () -> decisions.evaluateDecisionByKey(DECISION)
          .variables(Variables.createVariables().putValue("process", process).putValue("system", system)).evaluate());
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
