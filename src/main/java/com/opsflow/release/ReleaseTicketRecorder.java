package com.opsflow.release;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The release events of "record on ticket": registering the release (ticket, register row, links to the
 * problems it resolves), withdrawal, rejection, rollback, deployment and closing; recorded by {@link ReleaseService}.
 */
@Component
class ReleaseTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.RELEASE_REGISTERED, TicketEvent.RELEASE_WITHDRAWN,
      TicketEvent.RELEASE_REJECTED, TicketEvent.RELEASE_NOT_PUBLISHED, TicketEvent.RELEASE_ROLLED_BACK, TicketEvent.RELEASE_DEPLOYED,
      TicketEvent.RELEASE_CLOSED);

  private final ReleaseService service;

  ReleaseTicketRecorder(ReleaseService service) {
    this.service = service;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    service.recorded(event, execution.getProcessBusinessKey(), execution.getProcessInstanceId(), actor,
        execution.getVariables());
  }
}
