package com.opsflow.migration;

import com.opsflow.ticket.TicketEventCode;

/** The migration history entry that no model names in {@code ticketEvent} (those stay in TicketEvent). */
enum MigrationEvent implements TicketEventCode {
  /** Checklist lines entered in the verification form or imported through the API. */
  CHECKLIST_IMPORTED("checklist-imported");

  private final String code;

  MigrationEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
