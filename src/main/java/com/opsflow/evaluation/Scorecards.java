package com.opsflow.evaluation;

import com.opsflow.evaluation.EvaluationRegister.Evaluation;
import com.opsflow.evaluation.EvaluationRegister.Line;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.AnnualScore;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.Payment;
import com.opsflow.scoring.ScoringDecisions.Contract;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.scoring.ScoringProperties;
import com.opsflow.scoring.ScoringService;
import com.opsflow.scoring.VendorScoreMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * An engineer's scorecard for a contract year: every scored period with every item (count, points, pre-filled count,
 * correction reason, evidence) or, for invoice, every line of the bureau's sheet, and the engineer's annual score —
 * evidence only. The payment is the vendor's: {@link #vendorScorecard} combines the engineers' period scores into
 * 服务商年考核分 per contract ({@link VendorScoreMode}) and applies the deduction once (A-5.5.3, B-2.6.3, C) — the
 * figures the annual report uses.
 */
@Service
public class Scorecards {

  public record Scorecard(String contract, String contractLabel, String engineer, int contractYear,
      LocalDate contractYearFrom, LocalDate contractYearTo, int periodsPerYear, List<PeriodCard> periods,
      List<String> missingPeriods, Annual annual) {
  }

  public record PeriodCard(String period, String evaluationNumber, BigDecimal score, String action, Integer periodsBelow50,
      Integer consecutiveBelow40, String evaluator, LocalDateTime evaluatedAt, String evaluatorNote, String actionTaken,
      String actionNote, String actionDecidedBy, TerminationCard termination, List<ItemCard> items,
      List<SheetLineCard> sheetLines, List<InformationCard> information) {
  }

  /** terminate-contract decided: from which day, how many days not served, the deduction (null: the bureau decides). */
  public record TerminationCard(LocalDate effective, Integer daysNotServed, BigDecimal deduction) {
  }

  /**
   * The vendor's (服务商) scores of a contract year: per period the engineers' scores (evidence) and the vendor's
   * period score made by {@code mode}; the annual score and the payment once per contract; the terminations decided.
   */
  public record VendorScorecard(String contract, String contractLabel, int contractYear, LocalDate contractYearFrom,
      LocalDate contractYearTo, String mode, List<VendorPeriodCard> periods, List<String> missingPeriods,
      List<String> problems, Annual annual, PaymentCard payment, List<VendorTerminationCard> terminations) {
  }

  /** {@code vendorScore} null when the period has no score or cannot be combined (see the scorecard's problems). */
  public record VendorPeriodCard(String period, List<EngineerScore> engineers, BigDecimal vendorScore) {
  }

  public record EngineerScore(String engineer, String evaluationNumber, BigDecimal score) {
  }

  public record VendorTerminationCard(String evaluationNumber, String engineer, String period, LocalDate effective,
      Integer daysNotServed, BigDecimal deduction) {
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
  private final ContractYears years;
  private final ScoringProperties properties;

  Scorecards(EvaluationRegister register, ScoringService scoring, ContractYears years, ScoringProperties properties) {
    this.register = register;
    this.scoring = scoring;
    this.years = years;
    this.properties = properties;
  }

  public Scorecard scorecard(String contractCode, String engineer, int contractYear) {
    Contract contract = contract(contractCode, contractYear);
    LocalDate from = years.yearStart(contract, contractYear);
    LocalDate to = years.yearEnd(contract, contractYear);
    List<Evaluation> scored = register.scoredBetween(contract.code(), engineer, from, to);
    List<PeriodCard> periods = scored.stream().map(this::card).toList();
    Set<String> done = scored.stream().map(Evaluation::period).collect(Collectors.toSet());
    List<String> missing = EvaluationPeriod.ofYear(contract, contractYear, years).stream().map(EvaluationPeriod::code)
        .filter(p -> !done.contains(p)).toList();
    Annual annual = null;
    boolean complete = contract.usesItemSheet() ? missing.isEmpty() : !scored.isEmpty();
    if (complete) {
      AnnualScore a = scoring.annualScore(contract.code(), scored.stream().map(Evaluation::score).toList());
      annual = new Annual(a.score(), a.sum(), a.divisor());
    }
    return new Scorecard(contract.code(), contract.label(), engineer, contractYear, from, to.minusDays(1),
        contract.periodsPerYear(), periods, missing, annual);
  }

  /**
   * The vendor's scorecard of a contract year: every period's vendor score from the engineers scored in it
   * ({@code opsflow.scoring.vendor-score.<contract>}), then 服务商年考核分 and the payment once (tips: 4 quarters,
   * oa: 12 months, each with a vendor score; invoice: the months scored).
   */
  public VendorScorecard vendorScorecard(String contractCode, int contractYear) {
    Contract contract = contract(contractCode, contractYear);
    VendorScoreMode mode = properties.vendorScoreMode(contract);
    LocalDate from = years.yearStart(contract, contractYear);
    LocalDate to = years.yearEnd(contract, contractYear);
    Map<String, List<Evaluation>> byPeriod = register.scoredBetween(contract.code(), from, to).stream()
        .collect(Collectors.groupingBy(Evaluation::period, LinkedHashMap::new, Collectors.toList()));
    List<VendorPeriodCard> periods = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<BigDecimal> vendorScores = new ArrayList<>();
    for (EvaluationPeriod period : EvaluationPeriod.ofYear(contract, contractYear, years)) {
      List<Evaluation> scored = byPeriod.getOrDefault(period.code(), List.of());
      if (scored.isEmpty()) {
        missing.add(period.code());
        continue;
      }
      BigDecimal vendorScore = null;
      try {
        vendorScore = scoring.vendorPeriodScore(contract.code(), mode, scored.stream().map(Evaluation::score).toList());
        vendorScores.add(vendorScore);
      } catch (InvalidInputException e) {
        problems.add(period.code() + "：" + e.getMessage());
      }
      periods.add(new VendorPeriodCard(period.code(), scored.stream()
          .map(e -> new EngineerScore(e.engineer(), e.evaluationNumber(), e.score())).toList(), vendorScore));
    }
    Annual annual = null;
    PaymentCard payment = null;
    boolean complete = problems.isEmpty() && (contract.usesItemSheet() ? missing.isEmpty() : !vendorScores.isEmpty());
    if (complete) {
      AnnualScore a = scoring.annualScore(contract.code(), vendorScores);
      Payment p = scoring.payment(a);
      annual = new Annual(a.score(), a.sum(), a.divisor());
      payment = new PaymentCard(p.paysInFull(), p.contractAmount(), p.deduction(), p.basis().name());
    }
    List<VendorTerminationCard> terminations = byPeriod.values().stream().flatMap(List::stream)
        .filter(e -> e.terminationEffective() != null)
        .map(e -> new VendorTerminationCard(e.evaluationNumber(), e.engineer(), e.period(), e.terminationEffective(),
            e.terminationDays(), e.terminationDeduction())).toList();
    return new VendorScorecard(contract.code(), contract.label(), contractYear, from, to.minusDays(1),
        mode.name().toLowerCase(java.util.Locale.ROOT), periods, missing, problems, annual, payment, terminations);
  }

  private static Contract contract(String contractCode, int contractYear) {
    Contract contract = Contract.of(contractCode).orElseThrow(() -> new InvalidInputException("contract",
        "合同必须是 tips、oa 或 invoice / contract must be one of tips, oa, invoice, was " + contractCode));
    if (contractYear < 2000 || contractYear > 2999) {
      throw new InvalidInputException("contractYear", "合同年度应为四位年份 / contractYear must be a year, was " + contractYear);
    }
    return contract;
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
        e.actionDecidedBy(), e.terminationEffective() == null ? null
            : new TerminationCard(e.terminationEffective(), e.terminationDays(), e.terminationDeduction()),
        items, sheetLines, information);
  }
}
