package com.opsflow.quality;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.quality.QualityInspectionProcess.Typed;
import com.opsflow.quality.QualityInspectionProcess.Var;
import com.opsflow.quality.QualityInspectionRegister.Scores;
import com.opsflow.quality.QualityInspectionService.Dispatch;
import com.opsflow.quality.QualityInspectionService.Sample;
import com.opsflow.quality.QualityInspectionService.WeekCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code quality-inspection} ({@code ${qualityInspections.…}}): thin adapters from the process to
 * {@link QualityInspectionService}. As the inspection task's {@link TaskCompletionValidator} it refuses on REST
 * completion what the complete listener refuses (an engineer inspecting their own calls: 403; scores: 400).
 */
@Component("qualityInspections")
public class QualityInspections implements TaskCompletionValidator {

  private final QualityInspectionService service;

  QualityInspections(QualityInspectionService service) {
    this.service = service;
  }

  /** The weekly timer, or a start by hand: one inspection instance per engineer and week requested. */
  public void dispatch(DelegateExecution execution) {
    Dispatch dispatch = service.dispatch(execution.getVariables());
    execution.setVariables(dispatch.clean());
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    // Engine-internal work: the timer has no user who could hold the right to start instances.
    WithoutAuthorization.inCurrentCommand(() -> {
      dispatch.requests().forEach((engineer, week) -> runtime.createMessageCorrelation(QualityInspectionProcess.MESSAGE)
          .setVariable(Var.ENGINEER, engineer).setVariable(Var.WEEK_OF, week)
          .setVariable(Var.DISPATCHED_BY, execution.getProcessInstanceId()).correlateStartMessage());
      return null;
    });
  }

  /** Picks the calls to inspect among the engineer's hotline calls of the week not sampled before. */
  public void sample(DelegateExecution execution) {
    Sample sample = service.sample(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        Typed.ENGINEER.require(execution), Typed.WEEK_START.require(execution));
    execution.setVariable(Var.SAMPLED_TICKETS, new ArrayList<>(sample.picked()));
    Typed.SAMPLED_COUNT.set(execution, sample.picked().size());
    Typed.HOTLINE_CALLS.set(execution, sample.hotlineCalls());
    Typed.DUE_AT.set(execution, sample.dueAt());
  }

  /** What the inspector sees of a sampled call (input of the inspection task). */
  public String describe(String ticketNumber) {
    return service.describe(ticketNumber);
  }

  /** Complete listener of the inspection: scores checked and kept as integers, the inspector recorded. */
  public void inspected(DelegateTask task) {
    String inspector = CurrentUser.of(task);
    Scores scores = service.inspected(task.getExecution().getProcessBusinessKey(), task.getVariable(Var.ENGINEER),
        inspector, task.getAssignee(), task.getVariables());
    Typed.ATTITUDE.set(task, scores.attitude());
    Typed.SKILL.set(task, scores.skill());
    Typed.TECHNICAL.set(task, scores.technical());
    Typed.RECORD.set(task, scores.record());
    Typed.INSPECTOR.set(task, inspector == null ? "" : inspector);
  }

  /** After the rating decision: the call's result goes to the register and onto the incident ticket. */
  public void record(DelegateExecution execution) {
    service.record(execution.getProcessBusinessKey(), execution.getVariables());
  }

  /** After the inspections (or their deadline): pending calls are missed; too few done this week → flag. */
  public void checkWeek(DelegateExecution execution) {
    WeekCheck week = service.checkWeek(execution.getProcessBusinessKey(), Typed.ENGINEER.require(execution),
        Typed.WEEK_START.require(execution));
    Typed.INSPECTIONS_DONE.set(execution, week.done());
    Typed.WEEK_SHORT.set(execution, week.shortfall());
  }

  public void recordShortfall(DelegateExecution execution) {
    service.recordShortfall(execution.getProcessBusinessKey(), execution.getVariables());
  }

  /** Text of the feedback mail to the engineer. */
  public String feedbackNote(DelegateExecution execution) {
    return service.feedbackNote(execution.getVariables());
  }

  /** Text of the shortfall mail to team lead and inspectors. */
  public String shortfallNote(DelegateExecution execution) {
    return service.shortfallNote(execution.getVariables());
  }

  @Override
  public String processKey() {
    return QualityInspectionProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return QualityInspectionProcess.Element.INSPECT;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    Map<String, Object> merged = new LinkedHashMap<>(current);
    merged.putAll(submitted);
    service.inspected(task.businessKey(), current.get(Var.ENGINEER), userId, task.assignee(), merged);
  }
}
