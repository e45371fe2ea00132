package com.opsflow.datamaintenance;

import com.opsflow.ticket.TicketEventCode;

/**
 * The history entries the data-maintenance steps write (B-2.3.3); the events the model names in
 * {@code ticketEvent} ({@code dm-count-mismatch}, {@code dm-rejected}, {@code dm-closed}) stay in TicketEvent.
 */
enum DataMaintenanceEvent implements TicketEventCode {
  /** On the incident the request came from. */
  OPENED("data-maintenance-opened"),
  INCIDENT_LINKED("incident-linked"),
  COMMUNICATED("dm-communicated"),
  ANALYSED("dm-analysed"),
  PLAN_WRITTEN("dm-plan-written"),
  TESTED("dm-tested"),
  EXECUTED("dm-executed"),
  MISMATCH_REVIEWED("dm-mismatch-reviewed"),
  ROLLED_BACK("dm-rolled-back"),
  USER_CONFIRMED("dm-user-confirmed");

  private final String code;

  DataMaintenanceEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
