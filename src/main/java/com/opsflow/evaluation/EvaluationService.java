package com.opsflow.evaluation;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.evaluation.EvaluationRegister.Evaluation;
import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.scoring.PeriodAssessment;
import com.opsflow.scoring.PeriodScore;
import com.opsflow.scoring.ScoringDecisions.Action;
import com.opsflow.scoring.ScoringDecisions.Contract;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.scoring.ScoringService;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.scoring.Termination;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The use cases of the service evaluation: pre-fill a period from every {@link EvaluationEvidenceSource},
 * check the evaluator's corrections (a changed count needs a reason), score the period with
 * {@link ScoringService} and keep it in the {@link EvaluationRegister}.
 */
@Service
public class EvaluationService {

  /** The evaluator's task is due at this time of its due day. */
  static final LocalTime DUE_TIME = LocalTime.of(17, 30);
  static final int MAX_REASON = 1000;
  /** Before any contract: the history of an engineer's scores starts here. */
  static final LocalDate HISTORY_START = LocalDate.of(1900, 1, 1);

  private final List<EvaluationEvidenceSource> sources;
  private final EvaluationRegister register;
  private final ScoringService scoring;
  private final BusinessCalendarService calendar;
  private final InvoiceSheet invoiceSheet;
  private final ContractYears years;
  private final ResidentEngineers engineers;
  private final TicketTime time;

  EvaluationService(List<EvaluationEvidenceSource> sources, EvaluationRegister register, ScoringService scoring,
      BusinessCalendarService calendar, InvoiceSheet invoiceSheet, ContractYears years, ResidentEngineers engineers,
      TicketTime time) {
    this.sources = sources;
    this.register = register;
    this.scoring = scoring;
    this.calendar = calendar;
    this.invoiceSheet = invoiceSheet;
    this.years = years;
    this.engineers = engineers;
    this.time = time;
  }

  /** The system owner's possible decisions on a period's threshold action. */
  static final Set<String> DECISIONS = new LinkedHashSet<>(List.of(Action.NONE.code(), Action.WARN.code(),
      Action.REPLACE_ENGINEER.code(), Action.TERMINATE_CONTRACT.code()));

  /** A claimed period: its dates, sheet and due date, and the summary the tasks show. */
  public record Claimed(int contractYear, String periodFrom, String periodTo, boolean itemSheet, Date dueAt,
      String summary) {
  }

  /** An evaluation the period-end path starts: its start variables and how the run names it. */
  public record DueEvaluation(Map<String, Object> variables, String label) {
  }

  /** Claims the period of {@code contract} and {@code periodCode} for the engineer (never twice). */
  public Claimed claim(String number, String processInstanceId, String engineer, String contract, String periodCode) {
    EvaluationPeriod period = period(contract, periodCode);
    register.claim(number, processInstanceId, engineer, period);
    return new Claimed(period.contractYear(), period.from().toString(), period.lastDay().toString(),
        period.contract().usesItemSheet(), dueDate(period),
        engineer + " " + period.contract().label() + " " + period.code() + " 服务质量评价");
  }

  /**
   * The evaluator's form pre-filled from every evidence source, as variables: per item its pre-filled count, the
   * count to confirm and the evidence (tips/oa), the information, and the invoice sheet (invoice).
   */
  public Map<String, Object> prefillForm(String number, String engineer, String contract, String periodCode) {
    EvaluationPeriod period = period(contract, periodCode);
    Prefill prefill = prefill(number, engineer, period);
    boolean items = period.contract().usesItemSheet();
    Map<String, Object> form = new LinkedHashMap<>();
    if (items) {
      for (Map.Entry<ScoreItem, EvaluationEvidence> e : prefill.items().entrySet()) {
        ScoreItem item = e.getKey();
        form.put(Var.prefilled(item), e.getValue().count());
        form.put(Var.count(item), e.getValue().count());
        form.put(Var.evidence(item), e.getValue().count() == 0 && e.getValue().references().isEmpty() ? ""
            : e.getValue().explanation());
      }
    }
    form.put(Var.INFORMATION, prefill.informationText(!items));
    if (!items) {
      form.put(Var.INVOICE_SHEET_GUIDE, invoiceSheet.guide());
      form.put(Var.INVOICE_SHEET, invoiceSheet.template());
    }
    return form;
  }

  /** The evaluator's task name: the modelled name plus engineer, contract and period. */
  static String taskName(String modelled, String engineer, String contract, String period) {
    return modelled + "：" + engineer + " " + Contract.of(contract).orElseThrow().label() + " " + period;
  }

  /** The system owner's decision: a known decision and a note (400 naming the field otherwise). */
  static void checkDecision(String taken, String note) {
    if (taken == null || !DECISIONS.contains(taken)) {
      throw new InvalidInputException(Var.ACTION_TAKEN, "字段 actionTaken（处理决定）应为 " + DECISIONS
          + " 之一 / field 'actionTaken' must be one of " + DECISIONS);
    }
    if (note == null || note.isBlank()) {
      throw new InvalidInputException(Var.ACTION_NOTE, "字段 actionNote（处理说明）必填 / field 'actionNote' is required");
    }
  }

  /**
   * Period end: one evaluation per resident engineer of every contract whose period ended with last month (tips
   * after a quarter, oa and invoice every month); periods already claimed are skipped.
   */
  public List<DueEvaluation> dueEvaluations() {
    List<DueEvaluation> due = new ArrayList<>();
    for (Contract contract : Contract.values()) {
      EvaluationPeriod.endedBefore(contract, time.today()).ifPresent(period -> {
        for (String engineer : engineers.of(contract.code()).stream().distinct().toList()) {
          if (register.find(contract.code(), engineer, period.code()).isEmpty()) {
            Map<String, Object> vars = new HashMap<>();
            vars.put(Var.CONTRACT, contract.code());
            vars.put(Var.ENGINEER, engineer);
            vars.put(Var.PERIOD, period.code());
            due.add(new DueEvaluation(vars, contract.code() + "/" + engineer + "/" + period.code()));
          }
        }
      });
    }
    return due;
  }

  /** The text of the decision mail ({@code ${note}}); {@code v} are the instance's variables. */
  public String decisionNote(String number, Map<String, Object> v) {
    return "考评单：" + number + "\n"
        + "合同：" + v.get(Var.CONTRACT) + "，驻场工程师：" + v.get(Var.ENGINEER) + "，考评期：" + v.get(Var.PERIOD) + "\n"
        + "期评分：" + v.get(Var.SCORE) + "；评分规则建议：" + v.get(Var.ACTION_LABEL) + "\n"
        + "采购方处理决定：" + actionLabel((String) v.get(Var.ACTION_TAKEN)) + "\n"
        + "处理说明：" + v.get(Var.ACTION_NOTE) + "\n"
        + termination(number);
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

  private EvaluationPeriod period(String contract, String periodCode) {
    return EvaluationPeriod.parse(Contract.of(contract).orElseThrow(), periodCode, years);
  }

  /** The configured invoice sheet (opsflow.scoring.invoice-sheet). */
  public InvoiceSheet invoiceSheet() {
    return invoiceSheet;
  }

  /** The pre-filled form: one line per sheet item (tips/oa; merged from all sources) and the information lines. */
  public record Prefill(Map<ScoreItem, EvaluationEvidence> items, List<EvaluationEvidence> information) {

    /** Everything as readable text (for the invoice sheet, which has no item fields). */
    public String informationText(boolean withItems) {
      List<String> text = new ArrayList<>();
      if (withItems) {
        items.forEach((item, e) -> {
          if (e.count() > 0) {
            text.add("【" + item.label() + "】" + e.count() + " 次：" + e.explanation());
          }
        });
      }
      information.forEach(e -> text.add(e.explanation()));
      return text.isEmpty() ? "（本期没有系统记录）" : String.join("\n", text);
    }
  }

  /** Collects and stores the evidence of the period; the register keeps it as the pre-filled lines. */
  public Prefill prefill(String number, String engineer, EvaluationPeriod period) {
    Map<ScoreItem, List<EvaluationEvidence>> byItem = new LinkedHashMap<>();
    List<EvaluationEvidence> information = new ArrayList<>();
    for (EvaluationEvidenceSource source : sources) {
      for (EvaluationEvidence e : source.evidenceFor(engineer, period.contract().code(), period.from(), period.to())) {
        if (!e.scored()) {
          information.add(e);
          continue;
        }
        ScoreItem item = item(e.item());
        if (item == null) {
          // an item the sheet does not know (a source ahead of the decision table): shown, not scored
          information.add(EvaluationEvidence.information(e.item() + " × " + e.count() + "：" + e.explanation(),
              e.references()));
        } else {
          byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(e);
        }
      }
    }
    Map<ScoreItem, EvaluationEvidence> items = new LinkedHashMap<>();
    for (ScoreItem item : ScoreItem.values()) {
      List<EvaluationEvidence> found = byItem.getOrDefault(item, List.of());
      Set<String> refs = new LinkedHashSet<>();
      found.forEach(e -> refs.addAll(e.references()));
      items.put(item, new EvaluationEvidence(item.code(), found.stream().mapToInt(EvaluationEvidence::count).sum(),
          List.copyOf(refs), String.join("；", found.stream().map(EvaluationEvidence::explanation).toList())));
    }
    List<EvaluationEvidence> lines = new ArrayList<>(items.values());
    lines.addAll(information);
    register.prefill(number, lines);
    return new Prefill(items, List.copyOf(information));
  }

  /**
   * The evaluator's counts against the stored pre-filled ones: every count a whole number ≥ 0; a count
   * that differs needs a reason. {@code values} are the task's variables after completion.
   */
  public void checkCorrections(String number, Map<String, Object> values) {
    Map<String, Integer> prefilled = prefilledCounts(number);
    for (ScoreItem item : ScoreItem.values()) {
      int count = count(values, item);
      Object reason = values.get(Var.reason(item));
      int before = prefilled.getOrDefault(item.code(), 0);
      if (count != before && (reason == null || reason.toString().isBlank())) {
        throw new InvalidInputException(Var.reason(item), "“" + item.label() + "”系统预填 " + before + " 次，改为 " + count
            + " 次须填写更正原因（字段 " + Var.reason(item) + "） / field '" + Var.reason(item) + "': a count changed from "
            + before + " to " + count + " needs a reason");
      }
      if (reason != null && reason.toString().length() > MAX_REASON) {
        throw new InvalidInputException(Var.reason(item), "更正原因不能超过 " + MAX_REASON + " 个字符 / field '"
            + Var.reason(item) + "' is longer than " + MAX_REASON);
      }
    }
  }

  /**
   * The invoice sheet: the evaluator's points on every configured line of the bureau's 《运维厂商考核评级表》
   * (each exactly once, 0 ≤ points ≤ max); 400 naming the line otherwise.
   */
  public List<InvoiceSheet.Score> checkInvoiceRating(Map<String, Object> values) {
    return invoiceSheet.parse(values.get(Var.INVOICE_SHEET));
  }

  /** Scores the period, stores it with its lines and decides the threshold action on the year so far. */
  public PeriodAssessment score(String number, String evaluator, Map<String, Object> values) {
    Evaluation evaluation = register.find(number).orElseThrow();
    Contract contract = Contract.of(evaluation.contract()).orElseThrow();
    BigDecimal score;
    if (contract.usesItemSheet()) {
      checkCorrections(number, values);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (ScoreItem item : ScoreItem.values()) {
        counts.put(item.code(), count(values, item));
      }
      PeriodScore period = scoring.periodScore(contract.code(), counts);
      for (PeriodScore.Line line : period.lines()) {
        ScoreItem item = item(line.item());
        Object reason = values.get(Var.reason(item));
        register.recordLine(number, line.item(), line.count(), line.points(),
            reason == null || reason.toString().isBlank() ? null : reason.toString().trim());
      }
      score = period.score();
    } else {
      List<InvoiceSheet.Score> lines = checkInvoiceRating(values);
      for (InvoiceSheet.Score line : lines) {
        register.recordSheetLine(number, line.line().code(), line.line().label(), line.points(), line.line().max());
      }
      score = InvoiceSheet.total(lines);
    }
    // history from the register, by period dates: this contract year up to this period, and every earlier one
    LocalDate yearStart = years.yearStart(contract, years.yearOf(contract, evaluation.periodFrom()));
    List<BigDecimal> soFar = new ArrayList<>(register.scoredBetween(contract.code(), evaluation.engineer(), yearStart,
        evaluation.periodFrom()).stream().map(Evaluation::score).toList());
    soFar.add(score);
    List<BigDecimal> earlier = register.scoredBetween(contract.code(), evaluation.engineer(), HISTORY_START, yearStart)
        .stream().map(Evaluation::score).toList();
    PeriodAssessment assessment = scoring.assess(contract.code(), soFar, earlier);
    Object note = values.get(Var.EVALUATOR_NOTE);
    register.recordScore(number, score, assessment.action().code(), assessment.periodsBelow50(),
        assessment.consecutiveBelow40(), evaluator, note == null ? null : note.toString());
    return assessment;
  }

  /**
   * The bureau's decision on a period's action, kept with who decided. terminate-contract also computes and keeps what
   * the termination deducts (A-5.5.3, B-2.6.3), effective the day of the decision; the contract is the register's.
   */
  public Termination decide(String number, String actionTaken, String note, String decidedBy, LocalDate today) {
    Evaluation evaluation = register.find(number).orElseThrow();
    register.recordDecision(number, actionTaken, note, decidedBy);
    if (!Action.TERMINATE_CONTRACT.code().equals(actionTaken)) {
      return null;
    }
    Termination termination = scoring.termination(evaluation.contract(), today);
    register.recordTermination(number, today, termination.daysNotServed(), termination.deduction());
    return termination;
  }

  /** The evaluator's task is due on the {@value ServiceEvaluationProcess#DUE_WORKING_DAYS}th working day after the period. */
  public Date dueDate(EvaluationPeriod period) {
    LocalDate day = period.to();
    int working = calendar.isWorkingDay(day) ? 1 : 0;
    while (working < ServiceEvaluationProcess.DUE_WORKING_DAYS) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        working++;
      }
    }
    return Date.from(day.atTime(DUE_TIME).atZone(calendar.zone()).toInstant());
  }

  private Map<String, Integer> prefilledCounts(String number) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    register.lines(number).stream().filter(l -> l.item() != null).forEach(l -> counts.put(l.item(), l.prefilledCount()));
    return counts;
  }

  static int count(Map<String, Object> values, ScoreItem item) {
    Object raw = values.get(Var.count(item));
    if (raw == null || raw.toString().isBlank()) {
      throw new InvalidInputException(Var.count(item), "“" + item.label() + "”的次数必填（没有发生填 0） / field '"
          + Var.count(item) + "' is required");
    }
    try {
      BigDecimal n = new BigDecimal(raw.toString().trim());
      if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0) {
        throw new NumberFormatException();
      }
      return n.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(Var.count(item), "“" + item.label() + "”的次数应为不小于 0 的整数，收到 '" + raw
          + "' / field '" + Var.count(item) + "' must be a whole number ≥ 0");
    }
  }

  static ScoreItem item(String code) {
    for (ScoreItem item : ScoreItem.values()) {
      if (item.code().equals(code)) {
        return item;
      }
    }
    return null;
  }
}
