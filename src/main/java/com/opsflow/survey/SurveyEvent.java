package com.opsflow.survey;

import com.opsflow.ticket.TicketEventCode;

/** The ticket history of a satisfaction survey (stored codes: never renamed). */
enum SurveyEvent implements TicketEventCode {
  ANSWERS("survey-answers"),
  SUMMARISED("survey-summarised"),
  ACTIONS("survey-actions"),
  ACTION_DONE("survey-action-done");

  private final String code;

  SurveyEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
