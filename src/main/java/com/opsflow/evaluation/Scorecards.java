package com.opsflow.evaluation;

import com.opsflow.evaluation.EvaluationRegister.Evaluation;
import com.opsflow.evaluation.EvaluationRegister.Line;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.AnnualScore;
import com.opsflow.scoring.Payment;
import com.opsflow.scoring.ScoringDecisions.Contract;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.scoring.ScoringService;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * An engineer's scorecard for a contract year: every scored period with every item (count, points,
 * pre-filled count, correction reason, evidence) or, for invoice, every line of the bureau's sheet, the annual score and the payment deduction of
 * {@link ScoringService} — the figures the annual report uses.
 */
@Service
public class Scorecards {

  public record Scorecard(String contract, String contractLabel, String engineer, int contractYear, int periodsPerYear,
      List<PeriodCard> periods, List<String> missingPeriods, Annual annual, PaymentCard payment) {
  }

  public record PeriodCard(String period, String evaluationNumber, BigDecimal score, String action, Integer periodsBelow50,
      Integer consecutiveBelow40, String evaluator, LocalDateTime evaluatedAt, String evaluatorNote, String actionTaken,
      String actionNote, String actionDecidedBy, List<ItemCard> items, List<SheetLineCard> sheetLines,
      List<InformationCard> information) {
  }

  /** invoice: one line of the bureau's sheet as configured when the period was scored; empty for tips/oa. */
  public record SheetLineCard(String code, String label, BigDecimal points, BigDecimal max) {
  }

  public record ItemCard(String item, String label, int prefilledCount, Integer count, Integer points, Integer subtotal,
      boolean corrected, String correctionReason, String evidence, List<String> references) {
  }

  public record InformationCard(String text, List<String> references) {
  }

  /** {@code score} rounded to 2 decimals; {@code sum / divisor} exactly. */
  public record Annual(BigDecimal score, BigDecimal sum, int divisor) {
  }

  /** {@code deduction} null when the seeds give no formula (basis BUREAU_DECIDES). */
  public record PaymentCard(boolean paysInFull, BigDecimal contractAmount, BigDecimal deduction, String basis) {
  }

  private final EvaluationRegister register;
  private final ScoringService scoring;

  Scorecards(EvaluationRegister register, ScoringService scoring) {
    this.register = register;
    this.scoring = scoring;
  }

  public Scorecard scorecard(String contractCode, String engineer, int contractYear) {
    Contract contract = Contract.of(contractCode).orElseThrow(() -> new InvalidInputException("contract",
        "合同必须是 tips、oa 或 invoice / contract must be one of tips, oa, invoice, was " + contractCode));
    if (contractYear < 2000 || contractYear > 2999) {
      throw new InvalidInputException("contractYear", "合同年度应为四位年份 / contractYear must be a year, was " + contractYear);
    }
    List<Evaluation> scored = register.scoredInYear(contract.code(), engineer, contractYear);
    List<PeriodCard> periods = scored.stream().map(this::card).toList();
    Set<String> done = scored.stream().map(Evaluation::period).collect(Collectors.toSet());
    List<String> missing = EvaluationPeriod.ofYear(contract, contractYear).stream().map(EvaluationPeriod::code)
        .filter(p -> !done.contains(p)).toList();
    Annual annual = null;
    PaymentCard payment = null;
    boolean complete = contract.usesItemSheet() ? missing.isEmpty() : !scored.isEmpty();
    if (complete) {
      AnnualScore a = scoring.annualScore(contract.code(), scored.stream().map(Evaluation::score).toList());
      Payment p = scoring.payment(a);
      annual = new Annual(a.score(), a.sum(), a.divisor());
      payment = new PaymentCard(p.paysInFull(), p.contractAmount(), p.deduction(), p.basis().name());
    }
    return new Scorecard(contract.code(), contract.label(), engineer, contractYear, contract.periodsPerYear(), periods,
        missing, annual, payment);
  }

  private PeriodCard card(Evaluation e) {
    List<Line> lines = register.lines(e.id());
    // invoice is not scored by item: its item lines are the records the evaluator saw, kept only where there were any
    boolean itemSheet = Contract.of(e.contract()).map(Contract::usesItemSheet).orElse(true);
    List<ItemCard> items = lines.stream().filter(l -> l.item() != null && !l.sheetLine())
        .filter(l -> itemSheet || l.prefilledCount() > 0).map(l -> {
      ScoreItem item = EvaluationService.item(l.item());
      return new ItemCard(l.item(), item == null ? l.item() : item.label(), l.prefilledCount(), l.count(), l.points(),
          l.subtotal(), l.corrected(), l.correctionReason(), l.explanation(), l.references());
    }).toList();
    List<SheetLineCard> sheetLines = lines.stream().filter(Line::sheetLine)
        .map(l -> new SheetLineCard(l.item(), l.explanation(), l.sheetPoints(), l.sheetMax())).toList();
    List<InformationCard> information = lines.stream().filter(l -> l.item() == null)
        .map(l -> new InformationCard(l.explanation(), l.references())).toList();
    return new PeriodCard(e.period(), e.evaluationNumber(), e.score(), e.action(), e.periodsBelow50(),
        e.consecutiveBelow40(), e.evaluator(), e.evaluatedAt(), e.evaluatorNote(), e.actionTaken(), e.actionNote(),
        e.actionDecidedBy(), items, sheetLines, information);
  }
}
