package com.opsflow.complaint;

import static com.opsflow.complaint.Complaints.text;

import com.opsflow.complaint.ComplaintProcess.Var;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import com.opsflow.ticket.TicketService;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The complaint events of "record on ticket": each step is an audit entry on the CMP ticket and updates the
 * complaint register; acceptance is the ticket's response, the satisfied callback resolves and closes it.
 */
@Component
class ComplaintTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.COMPLAINT_ACCEPTED,
      TicketEvent.COMPLAINT_INVESTIGATED, TicketEvent.COMPLAINT_HANDLED, TicketEvent.COMPLAINT_REOPENED,
      TicketEvent.COMPLAINT_CLOSED);

  private final TicketService tickets;
  private final ComplaintRegister register;

  ComplaintTicketRecorder(TicketService tickets, ComplaintRegister register) {
    this.tickets = tickets;
    this.register = register;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    String number = execution.getProcessBusinessKey();
    switch (event) {
      case COMPLAINT_ACCEPTED -> {
        String category = text(execution, Var.CATEGORY);
        register.accepted(number, category);
        tickets.recordResponse(number, actor, OpsFlowGroups.SERVICE_DESK);
        tickets.event(number, event.code(), actor, "投诉类型：" + Complaints.CATEGORY_NAMES.getOrDefault(category, category)
            + "；受理记录：" + text(execution, Var.ACCEPTANCE_NOTE));
      }
      case COMPLAINT_INVESTIGATED -> {
        boolean substantiated = ComplaintProcess.SUBSTANTIATED.equals(text(execution, Var.RESULT));
        String item = text(execution, Var.ITEM);
        String engineer = text(execution, Var.ENGINEER);
        register.investigated(number, text(execution, Var.CATEGORY), engineer, substantiated,
            text(execution, Var.FINDINGS), ComplaintProcess.NO_ITEM.equals(item) ? null : item,
            text(execution, Var.INVESTIGATOR));
        tickets.event(number, event.code(), text(execution, Var.INVESTIGATOR), (substantiated ? "属实" : "不属实")
            + "；被投诉人：" + Objects.requireNonNullElse(engineer, "—") + "；计入考核："
            + (ComplaintProcess.NO_ITEM.equals(item) ? "否" : item) + "；调查情况：" + text(execution, Var.FINDINGS));
      }
      case COMPLAINT_HANDLED -> {
        register.handled(number, text(execution, Var.HANDLING));
        tickets.event(number, event.code(), actor, text(execution, Var.HANDLING));
      }
      case COMPLAINT_REOPENED -> {
        register.calledBack(number, ComplaintProcess.UNSATISFIED);
        tickets.recordReopen(number, actor, "回访用户不满意：" + text(execution, Var.CALLBACK_NOTE));
      }
      case COMPLAINT_CLOSED -> {
        register.calledBack(number, ComplaintProcess.SATISFIED);
        register.closed(number);
        tickets.recordResolution(number, text(execution, Var.HANDLING), actor);
        tickets.recordClosure(number, false, "回访用户满意：" + text(execution, Var.CALLBACK_NOTE), actor);
      }
      default -> throw new IllegalArgumentException("Not a complaint event: " + event.code());
    }
  }
}
