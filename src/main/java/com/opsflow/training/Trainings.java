package com.opsflow.training;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.training.TrainingProcess.Typed;
import com.opsflow.training.TrainingProcess.Var;
import com.opsflow.training.TrainingService.ExamOutcome;
import com.opsflow.training.TrainingService.Registration;
import com.opsflow.training.TrainingService.Round;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code training} ({@code ${trainings.…}}): thin adapters from the process to {@link TrainingService}
 * (plan and ticket, delivery, exam rounds, retraining, report). The exam results (the form's list, or the text of
 * older tasks) are also checked on REST/Tasklist completion (400 naming the row or line) as this class is the exam
 * task's {@link TaskCompletionValidator}.
 */
@Component("trainings")
public class Trainings implements TaskCompletionValidator {

  private final TrainingService service;

  Trainings(TrainingService service) {
    this.service = service;
  }

  /** Start listener after {@code startIntake}: register row, trainees, ticket; first exam round is everybody. */
  public void register(DelegateExecution execution) {
    registered(execution, service.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        CurrentUser.of(execution), execution.getVariables()));
  }

  /**
   * Complete listener of 填写培训计划 (a training the system started, B-2.3.12 "必须进行"): the plan is checked
   * by the same rules as the start form (on every way in; REST/Tasklist get 400 from {@link TrainingPlanTask}),
   * then registered as a planned training is.
   */
  public void planned(DelegateTask task) {
    TrainingService.Planned planned = service.planned(task.getExecution().getProcessBusinessKey(),
        task.getProcessInstanceId(), CurrentUser.of(task), task.getVariables());
    task.setVariables(planned.clean());
    registered(task, planned.registration());
  }

  /** Complete listener of 培训实施. */
  public void delivered(DelegateTask task) {
    service.delivered(task.getExecution().getProcessBusinessKey(), CurrentUser.of(task),
        Typed.DELIVERY_NOTE.get(task));
  }

  /** Complete listener of 考试与成绩录入: stores the round and the overall pass rate for the decision. */
  public void examRecorded(DelegateTask task) {
    ExamOutcome outcome = service.recordExam(task.getExecution().getProcessBusinessKey(), CurrentUser.of(task),
        task.getVariables());
    Typed.PASSED_COUNT.set(task, outcome.passedCount());
    Typed.PASS_RATE.set(task, outcome.passRate());
    Typed.FAILED_TRAINEES.set(task, TraineeList.lines(outcome.failed()));
    Typed.FAILED_COUNT.set(task, outcome.failed().size());
    Typed.EXAM_SUMMARY.set(task, outcome.summary());
  }

  /** Complete listener of 重新培训: the next round is the failed trainees only. */
  public void retrained(DelegateTask task) {
    startRound(task, service.retrained(task.getExecution().getProcessBusinessKey(), Typed.EXAM_ROUND.require(task),
        Typed.RETRAIN_NOTE.get(task), CurrentUser.of(task)));
  }

  /** Writes the training report (DOCX) and keeps it with the ticket. */
  public void writeReport(DelegateExecution execution) {
    Typed.CLOSURE_NOTE.set(execution, service.report(execution.getProcessBusinessKey(), CurrentUser.of(execution),
        Typed.EXAM_SUMMARY.get(execution)));
  }

  /** The text of the training mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return TrainingService.note(execution.getVariables());
  }

  private static void registered(VariableScope scope, Registration registration) {
    Typed.REMINDER_AT.set(scope, registration.reminderAt());
    Typed.TRAINEE_COUNT.set(scope, registration.traineeCount());
    startRound(scope, registration.firstRound());
  }

  private static void startRound(VariableScope scope, Round round) {
    Typed.EXAM_ROUND.set(scope, round.number());
    Typed.EXAM_TRAINEES.set(scope, TraineeList.lines(round.trainees()));
    Typed.EXAM_RESULTS.set(scope, ExamResults.template(round.trainees()));
    // a Json variable: Tasklist fills the form's list from it and sends the rows back as Json
    scope.setVariable(Var.EXAM_SCORES, SpinValues.jsonValue(ExamResults.rows(round.trainees())).create());
  }

  @Override
  public String processKey() {
    return TrainingProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return TrainingProcess.Element.RECORD_EXAM;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    List<String> roundTrainees = TraineeList.parse(current.get(Var.EXAM_TRAINEES));
    if (submitted.containsKey(Var.EXAM_SCORES)) {
      ExamResults.parseRows(submitted.get(Var.EXAM_SCORES), roundTrainees);
      return;
    }
    Object text = submitted.containsKey(Var.EXAM_RESULTS) ? submitted.get(Var.EXAM_RESULTS) : current.get(Var.EXAM_RESULTS);
    ExamResults.parse(submitted.containsKey(Var.EXAM_RESULTS) ? null : current.get(Var.EXAM_SCORES), text,
        roundTrainees);
  }
}
