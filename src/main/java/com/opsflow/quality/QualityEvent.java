package com.opsflow.quality;

import com.opsflow.ticket.TicketEventCode;

/** The history a call inspection leaves on the inspected incident ticket (stored code: never renamed). */
enum QualityEvent implements TicketEventCode {
  INSPECTED("quality-inspected");

  private final String code;

  QualityEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
