package com.opsflow.evaluation;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.ScoringDecisions.Contract;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scoring period of a contract: a quarter for tips ({@code 2031-Q1}, A-5.5), a month for oa and
 * invoice ({@code 2031-03}, B-2.6, C). Dates are {@code [from, to)} in the bureau's zone. The contract
 * year is the one the period starts in ({@link ContractYears}: from the contract's start date, not 1 January).
 */
public record EvaluationPeriod(Contract contract, String code, int contractYear, LocalDate from, LocalDate to) {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

  /** A period of a contract whose contract year is the calendar year. */
  public static EvaluationPeriod parse(Contract contract, String code) {
    return parse(contract, code, ContractYears.calendar());
  }

  public static EvaluationPeriod parse(Contract contract, String code, ContractYears years) {
    return parseCalendar(contract, code).in(years);
  }

  private static EvaluationPeriod parseCalendar(Contract contract, String code) {
    String text = code == null ? "" : code.trim();
    if (contract.periodsPerYear() == 4) {
      Matcher m = QUARTER.matcher(text);
      if (!m.matches()) {
        throw new InvalidInputException(ServiceEvaluationProcess.Var.PERIOD, "字段 period（考评季度）应为 yyyy-Qn，如 2031-Q1"
            + "（" + contract.label() + "按季度评分），收到 '" + text + "' / field 'period' must be a quarter yyyy-Qn for "
            + contract.code());
      }
      return quarter(contract, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    Matcher m = MONTH.matcher(text);
    if (!m.matches()) {
      throw new InvalidInputException(ServiceEvaluationProcess.Var.PERIOD, "字段 period（考评月份）应为 yyyy-MM，如 2031-03"
          + "（" + contract.label() + "按月评分），收到 '" + text + "' / field 'period' must be a month yyyy-MM for "
          + contract.code());
    }
    return month(contract, YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  static EvaluationPeriod quarter(Contract contract, int year, int quarter) {
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new EvaluationPeriod(contract, year + "-Q" + quarter, year, from, from.plusMonths(3));
  }

  static EvaluationPeriod month(Contract contract, YearMonth month) {
    return new EvaluationPeriod(contract, month.toString(), month.getYear(), month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /**
   * The period of {@code contract} that ended with the month before {@code today}'s month, if one did
   * (tips only after a quarter). Any day of the month gives the same answer, so a period-end run that
   * fires late (engine down on the 1st) still starts the right evaluations.
   */
  public static java.util.Optional<EvaluationPeriod> endedBefore(Contract contract, LocalDate today) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    if (contract.periodsPerYear() == 4) {
      return last.getMonthValue() % 3 == 0
          ? java.util.Optional.of(quarter(contract, last.getYear(), last.getMonthValue() / 3))
          : java.util.Optional.empty();
    }
    return java.util.Optional.of(month(contract, last));
  }

  /** Every period of the calendar contract year, in order. */
  public static List<EvaluationPeriod> ofYear(Contract contract, int year) {
    return ofYear(contract, year, ContractYears.calendar());
  }

  /** Every period of contract year {@code year}, in order, starting with the contract year's first month. */
  public static List<EvaluationPeriod> ofYear(Contract contract, int year, ContractYears years) {
    List<EvaluationPeriod> periods = new ArrayList<>();
    YearMonth first = YearMonth.from(years.yearStart(contract, year));
    int step = 12 / contract.periodsPerYear();
    for (int i = 0; i < contract.periodsPerYear(); i++) {
      YearMonth m = first.plusMonths((long) i * step);
      EvaluationPeriod p = contract.periodsPerYear() == 4 ? quarter(contract, m.getYear(), (m.getMonthValue() - 1) / 3 + 1)
          : month(contract, m);
      periods.add(p.in(years));
    }
    return periods;
  }

  /** This period with its contract year taken from {@code years}. */
  EvaluationPeriod in(ContractYears years) {
    return new EvaluationPeriod(contract, code, years.yearOf(contract, from), from, to);
  }

  /** The last day inside the period. */
  public LocalDate lastDay() {
    return to.minusDays(1);
  }
}
