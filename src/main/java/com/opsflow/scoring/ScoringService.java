package com.opsflow.scoring;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.ScoringDecisions.Action;
import com.opsflow.scoring.ScoringDecisions.Contract;
import com.opsflow.scoring.ScoringDecisions.Var;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Vendor scoring (SPEC §5, A-5.5, B-2.6, C): period score, threshold action, annual score and payment
 * deduction. Points and thresholds come from the deployed decisions {@code score-item} and
 * {@code score-action}; this class only adds them up and applies the seeds' annual formulas.
 */
@Service
public class ScoringService {

  static final int DEFAULT_SCORE = 80;
  /** tips/oa pay in full at an annual score ≥ 80 (A-5.5.3, B-2.6.3); invoice at an annual average ≥ 90 (C). */
  static final int FULL_PAY_ITEM_SHEET = 80;
  static final int FULL_PAY_INVOICE = 90;
  static final int INVOICE_MAX = 100;

  private final DecisionService decisions;
  private final ScoringProperties properties;
  private final ContractYears years;

  public ScoringService(DecisionService decisions, ScoringProperties properties, ContractYears years) {
    this.decisions = decisions;
    this.properties = properties;
    this.years = years;
  }

  /** 80 + Σ count × points of {@code score-item}; tips and oa only (invoice uses the bureau's own sheet). */
  public PeriodScore periodScore(String contractCode, Map<String, Integer> counts) {
    Contract contract = contract(contractCode);
    if (!contract.usesItemSheet()) {
      throw new InvalidInputException(Var.CONTRACT, "发票系统按采购人《运维厂商考核评级表》评分（满分 100 分），请直接录入月评分"
          + " / invoice is rated on the bureau's own 100-point sheet: enter the monthly score, not items");
    }
    List<PeriodScore.Line> lines = new ArrayList<>();
    int score = DEFAULT_SCORE;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      String item = entry.getKey();
      Integer count = entry.getValue();
      if (count == null || count < 0) {
        throw new InvalidInputException(item, "评分项目“" + item + "”的次数必须是不小于 0 的整数 / the count of '" + item
            + "' must be 0 or more, was " + count);
      }
      int points = points(contract, item);
      lines.add(new PeriodScore.Line(item, count, points));
      score += count * points;
    }
    return new PeriodScore(contract, List.copyOf(lines), BigDecimal.valueOf(score));
  }

  /** Points per time of one item for one contract, from {@code score-item}. */
  public int points(String contractCode, String item) {
    return points(contract(contractCode), item);
  }

  private int points(Contract contract, String item) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey(ScoringDecisions.SCORE_ITEM)
        .variables(Variables.createVariables().putValue(Var.CONTRACT, contract.code()).putValue(Var.ITEM, item))
        .evaluate();
    if (result.isEmpty()) {
      throw new InvalidInputException(item, "未知评分项目“" + item + "”（" + contract.label() + "评分表中没有该项）"
          + " / unknown score item '" + item + "': decision score-item has no rule for contract " + contract.code());
    }
    Object points = result.getSingleResult().getEntry(Var.POINTS);
    return ((Number) points).intValue();
  }

  /** {@code score-action} for the given figures: the last period's score and the history counts. */
  public Action action(String contractCode, BigDecimal score, int periodsBelow50, int consecutiveBelow40) {
    Contract contract = contract(contractCode);
    requireScore(contract, score, Var.SCORE);
    if (periodsBelow50 < 0 || consecutiveBelow40 < 0) {
      throw new InvalidInputException(periodsBelow50 < 0 ? Var.PERIODS_BELOW_50 : Var.CONSECUTIVE_BELOW_40,
          "期数不能为负数 / period counts must be 0 or more");
    }
    DmnDecisionResult result = decisions.evaluateDecisionByKey(ScoringDecisions.SCORE_ACTION)
        .variables(Variables.createVariables()
            .putValue(Var.CONTRACT, contract.code())
            .putValue(Var.SCORE, score.doubleValue())
            .putValue(Var.PERIODS_BELOW_50, periodsBelow50)
            .putValue(Var.CONSECUTIVE_BELOW_40, consecutiveBelow40))
        .evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException("decision score-action has no rule for contract " + contract.code());
    }
    return Action.of(result.getFirstResult().getEntry(Var.ACTION));
  }

  /**
   * The action for the latest period, given the scores of the contract year so far in order (the last
   * one is this period) and no earlier contract year.
   */
  public PeriodAssessment assess(String contractCode, List<BigDecimal> scoresSoFar) {
    return assess(contractCode, scoresSoFar, List.of());
  }

  /**
   * The action for the latest period. {@code contractYearSoFar}: the scored periods of this contract year up to
   * this one, in period order, this period last; {@code earlierScores}: the engineer's scored periods of earlier
   * contract years, in period order. Periods below 50 are counted in the contract year (SPEC §5 "in the contract
   * year"; A-5.5.3/B-2.6.3 "出现2个月的月评分低于50分" name no span — the bureau's to confirm). The run below 40
   * ("连续4个月的月评分低于40分", B-2.6.3) goes back over scored periods across 1 January and across contract years;
   * a period never scored has no 月评分, so it neither counts nor breaks the run — the seed only speaks of scores.
   */
  public PeriodAssessment assess(String contractCode, List<BigDecimal> contractYearSoFar, List<BigDecimal> earlierScores) {
    Contract contract = contract(contractCode);
    if (contractYearSoFar == null || contractYearSoFar.isEmpty()
        || contractYearSoFar.size() > contract.periodsPerYear()) {
      throw new InvalidInputException("scores", "需要本合同年度 1 至 " + contract.periodsPerYear() + " 期评分 / give 1 to "
          + contract.periodsPerYear() + " period scores of the contract year, this period last");
    }
    contractYearSoFar.forEach(s -> requireScore(contract, s, "scores"));
    List<BigDecimal> history = new ArrayList<>(earlierScores == null ? List.of() : earlierScores);
    history.forEach(s -> requireScore(contract, s, "scores"));
    history.addAll(contractYearSoFar);
    BigDecimal replaceLine = BigDecimal.valueOf(ScoringDecisions.REPLACE_LINE);
    BigDecimal terminateLine = BigDecimal.valueOf(ScoringDecisions.TERMINATE_LINE);
    int below50 = (int) contractYearSoFar.stream().filter(s -> s.compareTo(replaceLine) < 0).count();
    int run = 0;
    for (int i = history.size() - 1; i >= 0 && history.get(i).compareTo(terminateLine) < 0; i--) {
      run++;
    }
    BigDecimal score = history.get(history.size() - 1);
    return new PeriodAssessment(contract, score, below50, run, action(contract.code(), score, below50, run));
  }

  /**
   * tips: the 4 quarters / 4; oa: the 12 months / 12 — only complete contract years (a missing period
   * would otherwise count as 0 and trigger a deduction nobody decided). invoice: average of the 1–12
   * months given.
   */
  public AnnualScore annualScore(String contractCode, List<BigDecimal> periodScores) {
    Contract contract = contract(contractCode);
    int n = periodScores == null ? 0 : periodScores.size();
    if (contract.usesItemSheet() && n != contract.periodsPerYear()) {
      throw new InvalidInputException("scores", contract.label() + "年考核分需要全年 " + contract.periodsPerYear()
          + " 期评分，当前 " + n + " 期 / the annual score of " + contract.code() + " needs all "
          + contract.periodsPerYear() + " period scores, got " + n);
    }
    if (!contract.usesItemSheet() && (n == 0 || n > contract.periodsPerYear())) {
      throw new InvalidInputException("scores", "发票系统年平均分需要 1 至 12 个月评分 / the invoice annual average needs 1 to"
          + " 12 monthly scores, got " + n);
    }
    periodScores.forEach(s -> requireScore(contract, s, "scores"));
    BigDecimal sum = periodScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    int divisor = contract.usesItemSheet() ? contract.periodsPerYear() : n;
    BigDecimal score = sum.divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
    return new AnnualScore(contract, List.copyOf(periodScores), sum, divisor, score);
  }

  /**
   * The vendor's score for one period from the scores of the engineers evaluated in it (服务商年考核分 is built from
   * these, A-5.5.3/B-2.6.3/C): {@link VendorScoreMode#AVERAGE} their mean, {@link VendorScoreMode#SINGLE} the one
   * score (more than one → {@link InvalidInputException}). The mean keeps 34 significant digits (DECIMAL128), so
   * thresholds and the deduction are as good as exact; only the display rounds.
   */
  public BigDecimal vendorPeriodScore(String contractCode, VendorScoreMode mode, List<BigDecimal> engineerScores) {
    Contract contract = contract(contractCode);
    if (engineerScores == null || engineerScores.isEmpty()) {
      throw new InvalidInputException("scores", "本期没有工程师评分 / no engineer was scored in the period");
    }
    engineerScores.forEach(s -> requireScore(contract, s, "scores"));
    if (mode == VendorScoreMode.SINGLE) {
      if (engineerScores.size() != 1) {
        throw new InvalidInputException("scores", "按合同单一评分（opsflow.scoring.vendor-score." + contract.code()
            + " = single）时每期只能有一个评分，本期有 " + engineerScores.size() + " 个 / mode single allows one score per"
            + " period, got " + engineerScores.size());
      }
      return engineerScores.get(0);
    }
    BigDecimal sum = engineerScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(engineerScores.size()), MathContext.DECIMAL128);
  }

  /**
   * tips/oa: full pay at ≥ 80; 0 < score < 80: amount × (80 − score) / 80, from the exact score; at 0 or
   * below the seeds give no formula. invoice: full pay at an average ≥ 90; below, no formula in C.
   */
  public Payment payment(AnnualScore annual) {
    Contract contract = annual.contract();
    BigDecimal amount = properties.amount(contract);
    if (!contract.usesItemSheet()) {
      boolean full = annual.atLeast(FULL_PAY_INVOICE);
      return new Payment(contract, annual.score(), amount, full, full ? BigDecimal.ZERO.setScale(2) : null,
          full ? Payment.Basis.FULL_PAY : Payment.Basis.BUREAU_DECIDES);
    }
    if (annual.atLeast(FULL_PAY_ITEM_SHEET)) {
      return new Payment(contract, annual.score(), amount, true, BigDecimal.ZERO.setScale(2), Payment.Basis.FULL_PAY);
    }
    if (!annual.positive()) {
      return new Payment(contract, annual.score(), amount, false, null, Payment.Basis.BUREAU_DECIDES);
    }
    // amount × (80 − sum/n) / 80 = amount × (80n − sum) / (80n)
    BigDecimal base = BigDecimal.valueOf((long) FULL_PAY_ITEM_SHEET * annual.divisor());
    BigDecimal deduction = amount.multiply(base.subtract(annual.sum())).divide(base, 2, RoundingMode.HALF_UP);
    return new Payment(contract, annual.score(), amount, false, deduction, Payment.Basis.DEDUCTION_FORMULA);
  }

  /**
   * The deduction when the contract is terminated effective {@code effective} (the first day not served; OpsFlow
   * takes the day the bureau decides — the bureau's to confirm): "扣除未能履行合同服务时间所对应的金额" (A-5.5.3,
   * B-2.6.3). Each contract year left is deducted pro rata by days: amount × days not served / days of that year.
   */
  public Termination termination(String contractCode, LocalDate effective) {
    Contract contract = contract(contractCode);
    BigDecimal amount = properties.amount(contract);
    LocalDate start = properties.contractStart().get(contract.code());
    LocalDate end = start == null ? null : start.plusYears(properties.serviceYears());
    if (start == null || amount == null) {
      return new Termination(contract, start, end, effective, amount, 0, null, Payment.Basis.BUREAU_DECIDES);
    }
    BigDecimal total = BigDecimal.ZERO;
    long daysLeft = 0;
    LocalDate from = effective.isBefore(start) ? start : effective;
    while (from.isBefore(end)) {
      int year = years.yearOf(contract, from);
      LocalDate yearStart = years.yearStart(contract, year);
      LocalDate yearEnd = years.yearEnd(contract, year);
      LocalDate upTo = yearEnd.isAfter(end) ? end : yearEnd;
      long days = ChronoUnit.DAYS.between(from, upTo);
      long yearDays = ChronoUnit.DAYS.between(yearStart, yearEnd);
      total = total.add(amount.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(yearDays),
          MathContext.DECIMAL128));
      daysLeft += days;
      from = upTo;
    }
    return new Termination(contract, start, end, effective, amount, daysLeft, total.setScale(2, RoundingMode.HALF_UP),
        Payment.Basis.DEDUCTION_FORMULA);
  }

  private static Contract contract(String code) {
    return Contract.of(code).orElseThrow(() -> new InvalidInputException(Var.CONTRACT,
        "合同必须是 tips、oa 或 invoice / contract must be one of tips, oa, invoice, was " + code));
  }

  private static void requireScore(Contract contract, BigDecimal score, String field) {
    if (score == null) {
      throw new InvalidInputException(field, "评分不能为空 / a score is missing");
    }
    if (!contract.usesItemSheet() && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(INVOICE_MAX)) > 0)) {
      throw new InvalidInputException(field, "发票系统评分满分 100 分，应在 0 至 100 之间 / invoice scores are 0 to 100, was "
          + score);
    }
  }
}
