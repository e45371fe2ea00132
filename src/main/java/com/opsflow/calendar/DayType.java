package com.opsflow.calendar;

/** How a calendar entry changes the default week (Mon–Fri worked, Sat/Sun off). */
public enum DayType {
  /** A day off, also on a weekday (法定节假日). */
  HOLIDAY,
  /** A Saturday or Sunday that is worked (调休上班). */
  WORKDAY
}
