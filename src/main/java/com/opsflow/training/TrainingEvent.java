package com.opsflow.training;

import com.opsflow.ticket.TicketEventCode;

/** The ticket history of a training and of the ticket that required one (stored codes: never renamed). */
enum TrainingEvent implements TicketEventCode {
  /** On the change, migration or release that made a training compulsory. */
  STARTED("training-started"),
  REQUIRED("training-required"),
  DELIVERED("training-delivered"),
  EXAM("training-exam"),
  RETRAINED("training-retrained");

  private final String code;

  TrainingEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
