package com.opsflow.problem;

import com.opsflow.calendar.CalendarForTests;
import com.opsflow.support.PlainDatabase;

/** The problem service on a plain database, for engine-free tests of this and other packages. */
public final class ProblemServiceFixture {

  private ProblemServiceFixture() {
  }

  /** Working hours 08:30-17:30 on 2026's calendar; the vendor answers in 5 days, overdue work escalates after 2. */
  public static ProblemService on(PlainDatabase db) {
    return new ProblemService(db.jdbc, db.tickets, db.time, CalendarForTests.withDefaultHours("08:30-17:30"),
        new ProblemSettings(5, 2));
  }
}
