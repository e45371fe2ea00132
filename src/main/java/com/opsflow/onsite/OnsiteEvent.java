package com.opsflow.onsite;

import com.opsflow.ticket.TicketEventCode;

/**
 * On-site history entries no model names in {@code ticketEvent} (those are in {@code ticket.TicketEvent}); stored
 * codes: never renamed.
 */
enum OnsiteEvent implements TicketEventCode {
  ARRIVED("onsite-arrived");

  private final String code;

  OnsiteEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
