package com.opsflow.evaluation;

import com.opsflow.engine.CurrentUser;
import com.opsflow.evaluation.EvaluationService.Claimed;
import com.opsflow.evaluation.ServiceEvaluationProcess.Typed;
import com.opsflow.intake.StartIntake;
import com.opsflow.scoring.PeriodAssessment;
import com.opsflow.ticket.TicketTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code service-evaluation} ({@code ${evaluations.…}}): thin adapters from the process to
 * {@link EvaluationService} and the {@link EvaluationRegister}.
 */
@Component("evaluations")
public class Evaluations {

  private final EvaluationService service;
  private final EvaluationRegister register;
  private final TicketTime time;

  Evaluations(EvaluationService service, EvaluationRegister register, TicketTime time) {
    this.service = service;
    this.register = register;
    this.time = time;
  }

  /** Start listener after {@code startIntake}: claims the period (never twice) and sets its dates and due date. */
  public void claim(DelegateExecution execution) {
    Claimed claimed = service.claim(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        Typed.ENGINEER.get(execution), Typed.CONTRACT.require(execution), Typed.PERIOD.get(execution));
    Typed.CONTRACT_YEAR.set(execution, claimed.contractYear());
    Typed.PERIOD_FROM.set(execution, claimed.periodFrom());
    Typed.PERIOD_TO.set(execution, claimed.periodTo());
    Typed.ITEM_SHEET.set(execution, claimed.itemSheet());
    Typed.DUE_AT.set(execution, claimed.dueAt());
    Typed.SUMMARY.set(execution, claimed.summary());
  }

  /** Pre-fills the evaluator's form from every evidence source. */
  public void prefill(DelegateExecution execution) {
    execution.setVariables(service.prefillForm(execution.getProcessBusinessKey(), Typed.ENGINEER.get(execution),
        Typed.CONTRACT.require(execution), Typed.PERIOD.get(execution)));
  }

  /** Create listener: the modelled name plus engineer, contract and period, so the evaluator tells the tasks apart. */
  public void nameTask(DelegateTask task) {
    task.setName(EvaluationService.taskName(task.getName(), Typed.ENGINEER.get(task), Typed.CONTRACT.require(task),
        Typed.PERIOD.get(task)));
  }

  /** Complete listener of the item sheet: corrected counts need a reason (also for Java API completions). */
  public void itemsScored(DelegateTask task) {
    service.checkCorrections(task.getExecution().getProcessBusinessKey(), task.getVariables());
    Typed.EVALUATOR_NOTE.set(task, Objects.requireNonNullElse(Typed.EVALUATOR_NOTE.get(task), ""));
    keepEvaluator(task);
  }

  /** Complete listener of the invoice sheet: every configured line scored (also for Java API completions); the sum. */
  public void invoiceRated(DelegateTask task) {
    Typed.INVOICE_SCORE.set(task, InvoiceSheet.total(service.checkInvoiceRating(task.getVariables())).doubleValue());
    keepEvaluator(task);
  }

  /** Scores and stores the period (async: runs after the evaluator's completion is safe). */
  public void recordScore(DelegateExecution execution) {
    PeriodAssessment assessment = service.score(execution.getProcessBusinessKey(), Typed.EVALUATOR.get(execution),
        execution.getVariables());
    Typed.SCORE.set(execution, assessment.score().doubleValue());
    Typed.ACTION.set(execution, assessment.action().code());
    Typed.ACTION_LABEL.set(execution, assessment.action().label());
    Typed.PERIODS_BELOW_50.set(execution, assessment.periodsBelow50());
    Typed.CONSECUTIVE_BELOW_40.set(execution, assessment.consecutiveBelow40());
  }

  /** Complete listener of the system owner's decision: a known decision and a note; who decided. */
  public void actionDecided(DelegateTask task) {
    EvaluationService.checkDecision(Typed.ACTION_TAKEN.get(task), Typed.ACTION_NOTE.get(task));
    Typed.DECIDED_BY.set(task, Objects.requireNonNullElse(CurrentUser.of(task), ""));
  }

  public void recordDecision(DelegateExecution execution) {
    service.decide(execution.getProcessBusinessKey(), Typed.ACTION_TAKEN.get(execution),
        Typed.ACTION_NOTE.get(execution), Typed.DECIDED_BY.get(execution), time.today());
  }

  /** Process end listener: an evaluation ended without a score (cancelled) frees its period. */
  public void released(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() != null) {
      register.releaseIfOpen(execution.getProcessBusinessKey());
    }
  }

  /** Period-end timer: starts the evaluations whose period ended with last month, each period once. */
  public void startDue(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<String> started = new ArrayList<>();
    for (EvaluationService.DueEvaluation due : service.dueEvaluations()) {
      runtime.createMessageCorrelation(ServiceEvaluationProcess.MESSAGE_DUE).setVariables(due.variables())
          .correlateStartMessage();
      started.add(due.label());
    }
    Typed.STARTED.set(execution, String.join(", ", started));
  }

  /** The text of the decision mail ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return service.decisionNote(execution.getProcessBusinessKey(), execution.getVariables());
  }

  private static void keepEvaluator(DelegateTask task) {
    Typed.EVALUATOR.set(task, Objects.requireNonNullElse(CurrentUser.of(task), ""));
  }

  /** REST/Tasklist completion of the item sheet: 400 naming the reason field before the engine sees it. */
  @Component
  static class ItemSheetCompletion implements com.opsflow.intake.TaskCompletionValidator {

    private final EvaluationService service;

    ItemSheetCompletion(EvaluationService service) {
      this.service = service;
    }

    @Override
    public String processKey() {
      return ServiceEvaluationProcess.KEY;
    }

    @Override
    public String taskDefinitionKey() {
      return ServiceEvaluationProcess.Element.SCORE_ITEMS;
    }

    @Override
    public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
      Map<String, Object> values = new HashMap<>(current);
      values.putAll(submitted);
      service.checkCorrections((String) current.get(StartIntake.TICKET_NUMBER), values);
    }
  }

  /** REST/Tasklist completion of the invoice sheet. */
  @Component
  static class InvoiceSheetCompletion implements com.opsflow.intake.TaskCompletionValidator {

    private final EvaluationService service;

    InvoiceSheetCompletion(EvaluationService service) {
      this.service = service;
    }

    @Override
    public String processKey() {
      return ServiceEvaluationProcess.KEY;
    }

    @Override
    public String taskDefinitionKey() {
      return ServiceEvaluationProcess.Element.RATE_INVOICE;
    }

    @Override
    public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
      Map<String, Object> values = new HashMap<>(current);
      values.putAll(submitted);
      service.checkInvoiceRating(values);
    }
  }
}
