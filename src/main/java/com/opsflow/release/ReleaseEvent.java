package com.opsflow.release;

import com.opsflow.ticket.TicketEventCode;

/**
 * The history entries of releases that no model names in {@code ticketEvent} (those stay in TicketEvent): the
 * bureau's publish decision, and the links between a release and the problems it resolves.
 */
enum ReleaseEvent implements TicketEventCode {
  PUBLISHED("release-published"),
  PUBLISH_POSTPONED("release-publish-postponed"),
  PUBLISH_REFUSED("release-publish-refused"),
  /** On a problem's ticket: a release will resolve it. */
  RELEASE_LINKED("release-linked"),
  /** On the release's ticket: a problem linked after the start. */
  PROBLEM_LINKED("problem-linked");

  private final String code;

  ReleaseEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
