package com.opsflow.ticket;

/**
 * The register's own history entries whose codes differ from the {@link TicketEvent} that models name (labels
 * {@code event.<code>}); codes are stored facts and never change. Where the code is the same, the register writes the
 * {@link TicketEvent} itself.
 */
public enum TicketHistory implements TicketEventCode {
  PRIORITIZED("prioritized"),
  RESPONSE_SLA_BREACHED("response-sla-breached"),
  RESOLVE_SLA_BREACHED("resolve-sla-breached"),
  MAJOR_INCIDENT_DECLARED("major-incident-declared"),
  KNOWLEDGE_USED("knowledge-used"),
  PROBLEM_LINKED("problem-linked"),
  TRANSFER_SOLUTION_RETURNED("transfer-solution-returned");

  private final String code;

  TicketHistory(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
