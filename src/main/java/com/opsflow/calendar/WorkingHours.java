package com.opsflow.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The working intervals of one working day, ordered and non-overlapping, e.g. 08:00-12:00,14:00-18:00. */
record WorkingHours(List<Interval> intervals) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  record Interval(LocalTime start, LocalTime end) {

    Duration length() {
      return Duration.between(start, end);
    }
  }

  WorkingHours {
    intervals = List.copyOf(intervals);
  }

  /**
   * Parses {@code "HH:mm-HH:mm[,HH:mm-HH:mm…]"}.
   *
   * @throws IllegalArgumentException naming the offending part
   */
  static WorkingHours parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is empty; expected HH:mm-HH:mm[,HH:mm-HH:mm…]");
    }
    List<Interval> intervals = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      Interval interval = parseInterval(part.strip());
      if (!intervals.isEmpty() && interval.start().isBefore(intervals.get(intervals.size() - 1).end())) {
        throw new IllegalArgumentException(
            "interval '" + part.strip() + "' overlaps or precedes the one before it; list intervals in order");
      }
      intervals.add(interval);
    }
    return new WorkingHours(intervals);
  }

  private static Interval parseInterval(String part) {
    String[] bounds = part.split("-", -1);
    if (bounds.length != 2) {
      throw new IllegalArgumentException("'" + part + "' is not HH:mm-HH:mm");
    }
    LocalTime start;
    LocalTime end;
    try {
      start = LocalTime.parse(bounds[0].strip(), TIME);
      end = LocalTime.parse(bounds[1].strip(), TIME);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + part + "' is not HH:mm-HH:mm", e);
    }
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("interval '" + part + "' must start before it ends");
    }
    return new Interval(start, end);
  }
}
