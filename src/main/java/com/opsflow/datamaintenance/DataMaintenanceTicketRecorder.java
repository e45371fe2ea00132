package com.opsflow.datamaintenance;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The data-maintenance events of "record on ticket": the count mismatch that stops the ticket, rejection, closure. */
@Component
class DataMaintenanceTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.DM_COUNT_MISMATCH, TicketEvent.DM_REJECTED,
      TicketEvent.DM_CLOSED);

  private final DataMaintenanceService service;

  DataMaintenanceTicketRecorder(DataMaintenanceService service) {
    this.service = service;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    String number = execution.getProcessBusinessKey();
    switch (event) {
      case DM_COUNT_MISMATCH -> service.countMismatchRecorded(number, actor);
      case DM_REJECTED -> service.rejected(number, actor);
      case DM_CLOSED -> service.closed(number, actor);
      default -> throw new IllegalArgumentException("Not a data-maintenance event: " + event.code());
    }
  }
}
