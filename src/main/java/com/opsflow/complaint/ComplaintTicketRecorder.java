package com.opsflow.complaint;

import com.opsflow.complaint.ComplaintProcess.Typed;
import com.opsflow.complaint.ComplaintService.Investigation;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The complaint events of "record on ticket": reads the step's variables and hands them to {@link ComplaintService}
 * (audit entry on the CMP ticket, complaint register).
 */
@Component
class ComplaintTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.COMPLAINT_ACCEPTED,
      TicketEvent.COMPLAINT_INVESTIGATED, TicketEvent.COMPLAINT_HANDLED, TicketEvent.COMPLAINT_REOPENED,
      TicketEvent.COMPLAINT_CLOSED);

  private final ComplaintService service;

  ComplaintTicketRecorder(ComplaintService service) {
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
      case COMPLAINT_ACCEPTED -> service.accepted(number, Typed.CATEGORY.get(execution),
          Typed.ACCEPTANCE_NOTE.get(execution), actor);
      case COMPLAINT_INVESTIGATED -> service.investigated(number, investigation(execution));
      case COMPLAINT_HANDLED -> service.handled(number, Typed.HANDLING.get(execution), actor);
      case COMPLAINT_REOPENED -> service.reopened(number, Typed.CALLBACK_NOTE.get(execution), actor);
      case COMPLAINT_CLOSED -> service.closed(number, Typed.HANDLING.get(execution),
          Typed.CALLBACK_NOTE.get(execution), actor);
      default -> throw new IllegalArgumentException("Not a complaint event: " + event.code());
    }
  }

  private static Investigation investigation(DelegateExecution execution) {
    return new Investigation(Typed.CATEGORY.get(execution), Typed.ENGINEER.get(execution),
        ComplaintProcess.SUBSTANTIATED.equals(Typed.RESULT.get(execution)), Typed.FINDINGS.get(execution),
        Typed.ITEM.get(execution), Typed.INVESTIGATOR.get(execution));
  }
}
