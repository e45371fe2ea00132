package com.opsflow.major;

import com.opsflow.ticket.TicketEventCode;

/** A major incident's own entries in the ticket history (labels {@code event.<code>}); codes never change. */
enum MajorIncidentEvent implements TicketEventCode {
  /** B-2.3.14: when the fault occurred, from which the first report's 24 hours run. */
  FAULT_OCCURRED("fault-occurred"),
  DUTIES_STARTED("major-duties-started");

  private final String code;

  MajorIncidentEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
