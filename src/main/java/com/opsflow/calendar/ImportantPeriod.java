package com.opsflow.calendar;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An important period (重要时期) the system owner declared for one system: from {@code from} (inclusive) to {@code to}
 * (exclusive), in the bureau's zone. While it lasts the system's working-time clocks run around the clock (invoice
 * contract: 7×24 duty in important periods; B-2.3.14) and the duty roster says who is on call.
 */
public record ImportantPeriod(long id, String number, String system, LocalDateTime from, LocalDateTime to,
    String reason, String declaredBy, LocalDateTime declaredAt, List<DutyShift> roster) {

  public ImportantPeriod {
    roster = roster == null ? List.of() : List.copyOf(roster);
  }

  /** Whether {@code at} (bureau time) lies in the period. */
  public boolean covers(LocalDateTime at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  /** One person on call from {@code from} (inclusive) to {@code to} (exclusive), bureau time. */
  public record DutyShift(String userId, LocalDateTime from, LocalDateTime to, String phone) {

    public boolean covers(LocalDateTime at) {
      return !at.isBefore(from) && at.isBefore(to);
    }
  }
}
