package com.opsflow.calendar;

import java.time.LocalDate;

/** The business calendar has no entry for the given day. */
public class CalendarDayNotFoundException extends RuntimeException {

  public CalendarDayNotFoundException(LocalDate day) {
    super("the business calendar has no entry for " + day);
  }
}
