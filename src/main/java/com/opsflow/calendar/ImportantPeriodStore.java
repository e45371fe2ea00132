package com.opsflow.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where important periods and their duty rosters are kept. {@link ImportantPeriodRepository} is the production
 * implementation; every change bumps the calendar's version so that every node's cached calendar reloads.
 */
interface ImportantPeriodStore {

  /** Every period (with its roster) that ends after {@code after}, ordered by start. */
  List<ImportantPeriod> endingAfter(LocalDateTime after);

  /** Periods of {@code system} (any system when null) overlapping [{@code from}, {@code to}), ordered by start. */
  List<ImportantPeriod> overlapping(String system, LocalDateTime from, LocalDateTime to);

  /** The period with this number (unique), with its roster. */
  Optional<ImportantPeriod> byNumber(String number);

  /** @return the new period's id */
  long insert(ImportantPeriod period, String processInstanceId);

  /** Replaces the roster of a period. */
  void replaceRoster(long periodId, List<ImportantPeriod.DutyShift> roster, String recordedBy, LocalDateTime at);
}
