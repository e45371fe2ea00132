package com.opsflow.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the business calendar: a day that differs from the default week. */
public record CalendarDay(LocalDate day, DayType type, String name, String updatedBy, Instant updatedAt) {}
