package com.opsflow.onsite;

import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The on-site events of "record on ticket". Every step is an audit entry on the ticket; an ONS ticket
 * (a request of its own) is also resolved, reopened and closed by these steps, while an existing
 * ticket (an incident) keeps its own status, which its own process manages.
 */
@Component
class OnsiteTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.ONSITE_REQUESTED, TicketEvent.ONSITE_DISPATCHED,
      TicketEvent.ONSITE_RESTORE_BREACHED, TicketEvent.ONSITE_CONFIRMED, TicketEvent.ONSITE_RECURRED,
      TicketEvent.ONSITE_CLOSED);

  private final TicketService tickets;
  private final OnsiteService onsite;
  private final TicketTime time;

  OnsiteTicketRecorder(TicketService tickets, OnsiteService onsite, TicketTime time) {
    this.tickets = tickets;
    this.onsite = onsite;
    this.time = time;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    String number = execution.getProcessBusinessKey();
    boolean ownTicket = !Boolean.TRUE.equals(execution.getVariable(Var.EXISTING_TICKET));
    switch (event) {
      case ONSITE_REQUESTED -> tickets.event(number, event.code(), actor,
          requestType(execution) + "，现场地点：" + text(execution, Var.SITE) + "（现场支持流程 "
              + execution.getProcessInstanceId() + "）");
      case ONSITE_DISPATCHED -> tickets.event(number, event.code(), actor,
          "派工 " + text(execution, Var.ENGINEER) + "，计划到达 "
              + OnsiteTimes.show(execution.getVariable(Var.PLANNED_ARRIVAL), time.zone()) + "；评估："
              + text(execution, Var.ASSESSMENT));
      case ONSITE_RESTORE_BREACHED -> onsite.recordRestoreBreach(number, execution.getProcessInstanceId());
      case ONSITE_CONFIRMED -> {
        tickets.event(number, event.code(), actor, "用户 " + text(execution, Var.CONFIRMED_BY_NAME) + "（"
            + text(execution, Var.CONFIRMED_BY_DEPARTMENT) + "）于 "
            + OnsiteTimes.show(execution.getVariable(Var.CONFIRMED_AT), time.zone()) + " 签字确认，记录人 " + actor);
        if (ownTicket) {
          tickets.recordResolution(number, text(execution, Var.SOLUTION), actor);
        }
      }
      case ONSITE_RECURRED -> {
        String reason = execution.getVariable(Var.CALLBACK_OUTCOME) != null
            ? "回访核实未解决：" + text(execution, Var.CALLBACK_NOTE)
            : "运行监控发现问题复现：" + text(execution, Var.MONITORING_NOTE);
        tickets.event(number, event.code(), actor, reason);
        if (ownTicket) {
          tickets.recordReopen(number, actor, reason);
        }
      }
      case ONSITE_CLOSED -> {
        if (ownTicket) {
          tickets.recordClosure(number, false, text(execution, Var.CALLBACK_NOTE), actor);
        } else {
          tickets.event(number, event.code(), actor, "现场支持闭单：" + text(execution, Var.CALLBACK_NOTE));
        }
      }
      default -> throw new IllegalArgumentException("Not an on-site event: " + event.code());
    }
  }

  private static String requestType(DelegateExecution execution) {
    String type = text(execution, Var.REQUEST_TYPE);
    return OnsiteSupportProcess.REQUEST_TYPES.getOrDefault(type, type);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "—" : value.toString();
  }
}
