package com.opsflow.evaluation;

import com.opsflow.engine.CurrentUser;
import com.opsflow.evaluation.EvaluationService.Prefill;
import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartIntake;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.PeriodAssessment;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.scoring.ScoringDecisions.Action;
import com.opsflow.scoring.ScoringDecisions.Contract;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.ticket.TicketTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  static final Set<String> DECISIONS = new LinkedHashSet<>(List.of(Action.NONE.code(), Action.WARN.code(),
      Action.REPLACE_ENGINEER.code(), Action.TERMINATE_CONTRACT.code()));

  private final EvaluationService service;
  private final EvaluationRegister register;
  private final ResidentEngineers engineers;
  private final TicketTime time;
  private final ContractYears years;

  Evaluations(EvaluationService service, EvaluationRegister register, ResidentEngineers engineers, TicketTime time,
      ContractYears years) {
    this.service = service;
    this.register = register;
    this.engineers = engineers;
    this.time = time;
    this.years = years;
  }

  /** Start listener after {@code startIntake}: claims the period (never twice) and sets its dates and due date. */
  public void claim(DelegateExecution execution) {
    EvaluationPeriod period = period(execution);
    String engineer = (String) execution.getVariable(Var.ENGINEER);
    register.claim(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), engineer, period);
    execution.setVariable(Var.CONTRACT_YEAR, period.contractYear());
    execution.setVariable(Var.PERIOD_FROM, period.from().toString());
    execution.setVariable(Var.PERIOD_TO, period.lastDay().toString());
    execution.setVariable(Var.ITEM_SHEET, period.contract().usesItemSheet());
    execution.setVariable(Var.DUE_AT, service.dueDate(period));
    execution.setVariable(Var.SUMMARY, engineer + " " + period.contract().label() + " " + period.code() + " 服务质量评价");
  }

  /** Pre-fills the evaluator's form from every evidence source. */
  public void prefill(DelegateExecution execution) {
    EvaluationPeriod period = period(execution);
    Prefill prefill = service.prefill(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.ENGINEER),
        period);
    if (period.contract().usesItemSheet()) {
      for (Map.Entry<ScoreItem, EvaluationEvidence> e : prefill.items().entrySet()) {
        ScoreItem item = e.getKey();
        execution.setVariable(Var.prefilled(item), e.getValue().count());
        execution.setVariable(Var.count(item), e.getValue().count());
        execution.setVariable(Var.evidence(item), e.getValue().count() == 0 && e.getValue().references().isEmpty() ? ""
            : e.getValue().explanation());
      }
    }
    execution.setVariable(Var.INFORMATION, prefill.informationText(!period.contract().usesItemSheet()));
    if (!period.contract().usesItemSheet()) {
      execution.setVariable(Var.INVOICE_SHEET_GUIDE, service.invoiceSheet().guide());
      execution.setVariable(Var.INVOICE_SHEET, service.invoiceSheet().template());
    }
  }

  /** Create listener: the modelled name plus engineer, contract and period, so the evaluator tells the tasks apart. */
  public void nameTask(DelegateTask task) {
    Contract contract = Contract.of((String) task.getVariable(Var.CONTRACT)).orElseThrow();
    task.setName(task.getName() + "：" + task.getVariable(Var.ENGINEER) + " " + contract.label() + " "
        + task.getVariable(Var.PERIOD));
  }

  /** Complete listener of the item sheet: corrected counts need a reason (also for Java API completions). */
  public void itemsScored(DelegateTask task) {
    service.checkCorrections(task.getExecution().getProcessBusinessKey(), task.getVariables());
    task.setVariable(Var.EVALUATOR_NOTE, note(task));
    keepEvaluator(task);
  }

  /** Complete listener of the invoice sheet: every configured line scored (also for Java API completions); the sum. */
  public void invoiceRated(DelegateTask task) {
    task.setVariable(Var.INVOICE_SCORE, InvoiceSheet.total(service.checkInvoiceRating(task.getVariables())).doubleValue());
    keepEvaluator(task);
  }

  /** Scores and stores the period (async: runs after the evaluator's completion is safe). */
  public void recordScore(DelegateExecution execution) {
    PeriodAssessment assessment = service.score(execution.getProcessBusinessKey(),
        (String) execution.getVariable(Var.EVALUATOR), execution.getVariables());
    execution.setVariable(Var.SCORE, assessment.score().doubleValue());
    execution.setVariable(Var.ACTION, assessment.action().code());
    execution.setVariable(Var.ACTION_LABEL, assessment.action().label());
    execution.setVariable(Var.PERIODS_BELOW_50, assessment.periodsBelow50());
    execution.setVariable(Var.CONSECUTIVE_BELOW_40, assessment.consecutiveBelow40());
  }

  /** Complete listener of the system owner's decision: a known decision and a note; who decided. */
  public void actionDecided(DelegateTask task) {
    Object taken = task.getVariable(Var.ACTION_TAKEN);
    if (taken == null || !DECISIONS.contains(taken.toString())) {
      throw new InvalidInputException(Var.ACTION_TAKEN, "字段 actionTaken（处理决定）应为 " + DECISIONS
          + " 之一 / field 'actionTaken' must be one of " + DECISIONS);
    }
    Object note = task.getVariable(Var.ACTION_NOTE);
    if (note == null || note.toString().isBlank()) {
      throw new InvalidInputException(Var.ACTION_NOTE, "字段 actionNote（处理说明）必填 / field 'actionNote' is required");
    }
    task.setVariable(Var.DECIDED_BY, java.util.Objects.requireNonNullElse(CurrentUser.of(task), ""));
  }

  public void recordDecision(DelegateExecution execution) {
    service.decide(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.ACTION_TAKEN),
        (String) execution.getVariable(Var.ACTION_NOTE), (String) execution.getVariable(Var.DECIDED_BY), time.today());
  }

  /** Process end listener: an evaluation ended without a score (cancelled) frees its period. */
  public void released(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() != null) {
      register.releaseIfOpen(execution.getProcessBusinessKey());
    }
  }

  /**
   * Period-end timer: starts one evaluation per resident engineer of every contract whose period ended
   * with last month (tips after a quarter, oa and invoice every month); periods already claimed are skipped.
   */
  public void startDue(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<String> started = new ArrayList<>();
    for (Contract contract : Contract.values()) {
      EvaluationPeriod.endedBefore(contract, time.today()).ifPresent(period -> {
        for (String engineer : engineers.of(contract.code())) {
          if (register.find(contract.code(), engineer, period.code()).isPresent()) {
            continue;
          }
          Map<String, Object> vars = new HashMap<>();
          vars.put(Var.CONTRACT, contract.code());
          vars.put(Var.ENGINEER, engineer);
          vars.put(Var.PERIOD, period.code());
          runtime.createMessageCorrelation(ServiceEvaluationProcess.MESSAGE_DUE).setVariables(vars).correlateStartMessage();
          started.add(contract.code() + "/" + engineer + "/" + period.code());
        }
      });
    }
    execution.setVariable(Var.STARTED, String.join(", ", started));
  }

  /** The text of the decision mail ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return "考评单：" + execution.getProcessBusinessKey() + "\n"
        + "合同：" + execution.getVariable(Var.CONTRACT) + "，驻场工程师：" + execution.getVariable(Var.ENGINEER)
        + "，考评期：" + execution.getVariable(Var.PERIOD) + "\n"
        + "期评分：" + execution.getVariable(Var.SCORE) + "；评分规则建议：" + execution.getVariable(Var.ACTION_LABEL) + "\n"
        + "采购方处理决定：" + actionLabel((String) execution.getVariable(Var.ACTION_TAKEN)) + "\n"
        + "处理说明：" + execution.getVariable(Var.ACTION_NOTE) + "\n"
        + termination(execution.getProcessBusinessKey());
  }

  /** The termination figures from the register (never from a variable a task could have set). */
  private String termination(String number) {
    return register.find(number).filter(e -> e.terminationEffective() != null)
        .map(e -> "中止服务合同自 " + e.terminationEffective() + " 起，未履行服务 " + e.terminationDays() + " 天，扣除金额（元）："
            + (e.terminationDeduction() == null ? "合同开始日期或金额未配置，由采购方确认" : e.terminationDeduction().toPlainString())
            + "\n")
        .orElse("");
  }

  private static String actionLabel(String code) {
    for (Action a : Action.values()) {
      if (a.code().equals(code)) {
        return a.label();
      }
    }
    return String.valueOf(code);
  }

  private static String note(DelegateTask task) {
    Object note = task.getVariable(Var.EVALUATOR_NOTE);
    return note == null ? "" : note.toString();
  }

  private static void keepEvaluator(DelegateTask task) {
    task.setVariable(Var.EVALUATOR, java.util.Objects.requireNonNullElse(CurrentUser.of(task), ""));
  }


  private EvaluationPeriod period(DelegateExecution execution) {
    Contract contract = Contract.of((String) execution.getVariable(Var.CONTRACT)).orElseThrow();
    return EvaluationPeriod.parse(contract, (String) execution.getVariable(Var.PERIOD), years);
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
