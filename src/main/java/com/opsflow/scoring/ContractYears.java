package com.opsflow.scoring;

import com.opsflow.scoring.ScoringDecisions.Contract;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Contract years (合同年度): a contract year starts on the contract's start date ("服务期限为2年，具体开始日期以合同为准",
 * B-2.1; A, C: 服务期 2 年) and lasts one year; it is named after the calendar year it starts in (a contract starting
 * 2031-07-01 has contract year 2031 = 2031-07-01 … 2032-06-30). Configured per contract as
 * {@code opsflow.scoring.contract-start.<contract>}; unset means 1 January (the contract year is the calendar year).
 * A start must be the first day of a month, for tips of a calendar quarter, so every contract year holds whole
 * scoring periods (4 quarters, 12 months) — a start inside a period is the bureau's to confirm and refused at startup.
 */
public final class ContractYears {

  private static final LocalDate CALENDAR_START = LocalDate.of(2000, 1, 1);

  private final Map<Contract, LocalDate> starts = new EnumMap<>(Contract.class);

  public ContractYears(Map<String, LocalDate> configured) {
    for (Contract contract : Contract.values()) {
      LocalDate start = configured == null ? null : configured.get(contract.code());
      if (start == null) {
        start = CALENDAR_START;
      }
      if (start.getDayOfMonth() != 1 || (contract.periodsPerYear() == 4 && (start.getMonthValue() - 1) % 3 != 0)) {
        throw new IllegalStateException("opsflow.scoring.contract-start." + contract.code() + " = " + start
            + ": a contract year must start on the first day of a " + (contract.periodsPerYear() == 4 ? "quarter" : "month")
            + " so that it holds whole scoring periods");
      }
      starts.put(contract, start);
    }
  }

  /** Every contract year is the calendar year. */
  public static ContractYears calendar() {
    return new ContractYears(Map.of());
  }

  /** The configured start date of the contract (1 January 2000 when none is configured). */
  public LocalDate contractStart(Contract contract) {
    return starts.get(contract);
  }

  /** The contract year a day belongs to, named after the calendar year it starts in. */
  public int yearOf(Contract contract, LocalDate day) {
    LocalDate start = yearStart(contract, day.getYear());
    return day.isBefore(start) ? day.getYear() - 1 : day.getYear();
  }

  /** First day of contract year {@code year}. */
  public LocalDate yearStart(Contract contract, int year) {
    return starts.get(contract).withYear(year);
  }

  /** The day after the last day of contract year {@code year}. */
  public LocalDate yearEnd(Contract contract, int year) {
    return yearStart(contract, year).plusYears(1);
  }
}
