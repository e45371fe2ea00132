package com.opsflow.problem;

import com.opsflow.ticket.TicketEventCode;

/** The problem register's entries in the ticket history (labels {@code event.<code>}); codes never change. */
enum ProblemEvent implements TicketEventCode {
  ANALYSED("problem-analysed"),
  REQUIREMENT_APPROVED("requirement-approved"),
  REQUIREMENT_REJECTED("requirement-rejected"),
  VENDOR_HANDED_OVER("vendor-handed-over"),
  VENDOR_REMINDED("vendor-reminded"),
  VENDOR_ESCALATED("vendor-escalated"),
  VENDOR_ANSWERED("vendor-answered"),
  /** On the problem's ticket: an incident was linked to it. */
  INCIDENT_LINKED("incident-linked"),
  /** On an incident's ticket: its followup received the ended problem's answer. */
  INCIDENT_NOTIFIED("problem-notified"),
  /** On an incident's ticket: the problem ended while the incident was not waiting for it. */
  INCIDENT_NOT_WAITING("problem-noted-not-waiting"),
  /** On an incident's ticket: the problem ended after the incident had closed. */
  INCIDENT_ALREADY_CLOSED("problem-noted-closed");

  private final String code;

  ProblemEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The entry of the system owner's decision on a requirement problem ({@link ProblemProcess.Outcome}). */
  static ProblemEvent requirementDecision(String outcome) {
    return ProblemProcess.Outcome.APPROVED.equals(outcome) ? REQUIREMENT_APPROVED : REQUIREMENT_REJECTED;
  }
}
