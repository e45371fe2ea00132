package com.opsflow.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Records ticket events that belong to another feature's process (on-site support, …), so the
 * shared "record on ticket" delegate stays one switch over the incident's events plus this hook.
 */
public interface TicketEventRecorder {

  boolean records(TicketEvent event);

  /** @param actor the user who completed the step that led here; null for timers */
  void record(TicketEvent event, DelegateExecution execution, String actor);
}
