package com.opsflow.ticket;

/** Where a ticket stands; stored lower-case in the register. */
public enum TicketStatus {
  OPEN, RESPONDED, ESCALATED, RESOLVED, CLOSED;

  public String code() {
    return name().toLowerCase();
  }
}
