package com.opsflow.change;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import com.opsflow.ticket.TicketService;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The change events when a model records them through "record on ticket" (the change process itself
 * records them with their details in {@link Changes}).
 */
@Component
class ChangeTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.CHANGE_ASSESSED, TicketEvent.CHANGE_CLASSIFIED,
      TicketEvent.CHANGE_SCHEDULE_CONFLICT, TicketEvent.CHANGE_IMPLEMENTED, TicketEvent.CHANGE_ROLLED_BACK);

  private final TicketService tickets;

  ChangeTicketRecorder(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    tickets.event(execution.getProcessBusinessKey(), event.code(), actor,
        String.valueOf(execution.getVariable(ChangeProcess.Var.SUMMARY)));
  }
}
