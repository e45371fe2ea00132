package com.opsflow.ticket;

/**
 * A kind of entry in a ticket's history (table {@code ticket_event}, labels {@code event.<code>}): each feature
 * declares its codes once in an enum implementing this interface (issue 11), so no code is a literal at the call.
 * Codes are stored facts: never renamed (docs/naming.md).
 */
public interface TicketEventCode {

  /** The code stored in {@code ticket_event.event_type}. */
  String code();
}
