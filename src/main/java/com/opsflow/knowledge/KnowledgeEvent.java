package com.opsflow.knowledge;

import com.opsflow.ticket.TicketEventCode;

/** Knowledge's entry in an incident's history (label {@code event.knowledge-drafted}); the code never changes. */
enum KnowledgeEvent implements TicketEventCode {
  /** A closed incident flagged as new knowledge became the draft of a new article. */
  DRAFTED("knowledge-drafted");

  private final String code;

  KnowledgeEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
