package com.opsflow.ticket;

/**
 * Told when "record on ticket" has registered a new ticket, in the same transaction, so a feature can attach what
 * belongs to the ticket from its first moment (attachments uploaded at intake, docs/adr/0011) without this shared
 * package knowing the feature.
 */
public interface TicketRegistrationListener {

  /** @param actor the user who started the process (null for timers and other engine work) */
  void registered(String ticketNumber, String processKey, String actor);
}
