package com.opsflow.approval;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The approval events of "record on ticket" in {@code approval.bpmn}: the plan went to approval, the
 * deadline passed with tasks still open. The decisions and the outcome are recorded by {@link Approvals} with
 * their reasons; the other codes are accepted here too, so the element template offers nothing that fails.
 */
@Component
class ApprovalTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.APPROVAL_REQUESTED, TicketEvent.APPROVAL_APPROVED,
      TicketEvent.APPROVAL_REJECTED, TicketEvent.APPROVAL_REWORK, TicketEvent.APPROVAL_OVERDUE,
      TicketEvent.APPROVAL_CONCLUDED);

  private final ApprovalService service;

  ApprovalTicketRecorder(ApprovalService service) {
    this.service = service;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    service.recorded(event, execution.getProcessBusinessKey(), actor, Approvals.request(execution));
  }
}
