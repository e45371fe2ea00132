package com.opsflow.mail;

import com.opsflow.ticket.TicketEventCode;

/** The mail's entry in the ticket history (label {@code event.notified}); the code never changes. */
enum NotificationEvent implements TicketEventCode {
  NOTIFIED("notified");

  private final String code;

  NotificationEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
