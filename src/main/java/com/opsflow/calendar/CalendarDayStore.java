package com.opsflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Where calendar days are kept. {@link CalendarDayRepository} is the only production
 * implementation; the interface lets the service be unit-tested with an in-memory map.
 */
interface CalendarDayStore {

  List<CalendarDay> findAll();

  /** Days from {@code from} to {@code to}, both inclusive, ordered by day. */
  List<CalendarDay> findBetween(LocalDate from, LocalDate to);

  void upsert(CalendarDay day);

  /** @return whether there was a row to delete */
  boolean delete(LocalDate day);

  /**
   * Changes with every upsert or delete, on whichever node: a cached calendar is current while this is unchanged. Read
   * once per transaction ({@link CalendarVersion}).
   */
  long version();

  /** The next {@link #version()} in this transaction reads the version again (the tables were changed by SQL). */
  default void forgetVersion() {
  }
}
