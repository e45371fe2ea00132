package com.opsflow.change;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The change events when a model records them through "record on ticket" (the change process itself
 * records them with their details in {@link ChangeService}).
 */
@Component
class ChangeTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.CHANGE_ASSESSED, TicketEvent.CHANGE_CLASSIFIED,
      TicketEvent.CHANGE_SCHEDULE_CONFLICT, TicketEvent.CHANGE_IMPLEMENTED, TicketEvent.CHANGE_ROLLED_BACK);

  private final ChangeService service;

  ChangeTicketRecorder(ChangeService service) {
    this.service = service;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    service.recorded(event, execution.getProcessBusinessKey(), actor, execution.getVariable(ChangeProcess.Var.SUMMARY));
  }
}
