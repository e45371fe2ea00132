package com.opsflow.onsite;

import com.opsflow.onsite.OnsiteService.Confirmation;
import com.opsflow.onsite.OnsiteSupportProcess.Typed;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The on-site events of "record on ticket": reads the step's variables and hands them to {@link OnsiteService}. An
 * ONS ticket (a request of its own) is also resolved, reopened and closed by these steps, while an existing ticket
 * (an incident) keeps its own status, which its own process manages.
 */
@Component
class OnsiteTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.ONSITE_REQUESTED, TicketEvent.ONSITE_DISPATCHED,
      TicketEvent.ONSITE_RESTORE_BREACHED, TicketEvent.ONSITE_CONFIRMED, TicketEvent.ONSITE_RECURRED,
      TicketEvent.ONSITE_CLOSED);

  private final OnsiteService onsite;

  OnsiteTicketRecorder(OnsiteService onsite) {
    this.onsite = onsite;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    String number = execution.getProcessBusinessKey();
    boolean ownTicket = !Boolean.TRUE.equals(Typed.EXISTING_TICKET.get(execution));
    switch (event) {
      case ONSITE_REQUESTED -> requested(execution, actor);
      case ONSITE_DISPATCHED -> dispatched(execution, actor);
      case ONSITE_RESTORE_BREACHED -> onsite.recordRestoreBreach(number, execution.getProcessInstanceId());
      case ONSITE_CONFIRMED -> onsite.recordConfirmed(number, ownTicket, confirmation(execution), actor);
      case ONSITE_RECURRED -> onsite.recordRecurrence(number, ownTicket, Typed.CALLBACK_OUTCOME.get(execution) != null,
          Typed.CALLBACK_NOTE.get(execution), Typed.MONITORING_NOTE.get(execution), actor);
      case ONSITE_CLOSED -> onsite.recordClosed(number, ownTicket, Typed.CALLBACK_NOTE.get(execution), actor);
      default -> throw new IllegalArgumentException("Not an on-site event: " + event.code());
    }
  }

  private void requested(DelegateExecution execution, String actor) {
    onsite.recordRequest(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        Typed.REQUEST_TYPE.get(execution), Typed.SITE.get(execution), actor);
  }

  private void dispatched(DelegateExecution execution, String actor) {
    onsite.recordDispatch(execution.getProcessBusinessKey(), Typed.ENGINEER.get(execution),
        Typed.PLANNED_ARRIVAL.get(execution), Typed.ASSESSMENT.get(execution), actor);
  }

  private static Confirmation confirmation(DelegateExecution execution) {
    return new Confirmation(Typed.CONFIRMED_BY_NAME.get(execution), Typed.CONFIRMED_BY_DEPARTMENT.get(execution),
        Typed.CONFIRMED_AT.get(execution), Typed.SOLUTION.get(execution));
  }
}
