package com.opsflow.incident;

import com.opsflow.ticket.TicketEventCode;

/** The incident package's own entries in the ticket history (labels {@code event.<code>}); codes never change. */
enum IncidentEvent implements TicketEventCode {
  /** B-2.3.13(4): a delay agreed with the user, with the new resolution time. */
  DELAY_AGREED("delay-agreed");

  private final String code;

  IncidentEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
