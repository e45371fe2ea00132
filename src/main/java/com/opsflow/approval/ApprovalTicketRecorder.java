package com.opsflow.approval;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import com.opsflow.ticket.TicketService;
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

  private final TicketService tickets;
  private final Approvals approvals;

  ApprovalTicketRecorder(TicketService tickets, Approvals approvals) {
    this.tickets = tickets;
    this.approvals = approvals;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    String number = execution.getProcessBusinessKey();
    if (number == null || tickets.find(number).isEmpty()) {
      return;
    }
    Object subject = execution.getVariable(ApprovalProcess.In.SUBJECT);
    String detail = switch (event) {
      case APPROVAL_REQUESTED -> approvals.route(execution);
      case APPROVAL_OVERDUE -> "审批超过期限仍未完成（已催办项目经理和审批组）：" + subject;
      default -> String.valueOf(subject);
    };
    tickets.event(number, event.code(), actor, detail);
  }
}
