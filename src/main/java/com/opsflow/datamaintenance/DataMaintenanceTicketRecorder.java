package com.opsflow.datamaintenance;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import com.opsflow.ticket.TicketService;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The data-maintenance events of "record on ticket": the count mismatch that stops the ticket, rejection, closure. */
@Component
class DataMaintenanceTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.DM_COUNT_MISMATCH, TicketEvent.DM_REJECTED,
      TicketEvent.DM_CLOSED);

  private final TicketService tickets;
  private final DataMaintenanceRegister register;

  DataMaintenanceTicketRecorder(TicketService tickets, DataMaintenanceRegister register) {
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
    DataMaintenanceRegister.Plan plan = register.currentPlan(number).orElse(null);
    switch (event) {
      case DM_COUNT_MISMATCH -> tickets.event(number, event.code(), actor, plan == null ? null
          : "实际影响 " + plan.actualRecords() + " 条记录，预计 " + plan.expectedRecords() + " 条：暂停，待项目组长复核");
      case DM_REJECTED -> {
        register.status(number, "rejected");
        tickets.recordClosure(number, false, "方案未获批准：" + (plan == null ? "—" : plan.approvalReason()), actor);
      }
      case DM_CLOSED -> {
        register.status(number, "closed");
        tickets.recordResolution(number, "数据维护已实施并经用户确认（第 " + (plan == null ? "—" : plan.version()) + " 版方案）", actor);
        tickets.recordClosure(number, false, "数据维护处理报告已出具", actor);
      }
      default -> throw new IllegalArgumentException("Not a data-maintenance event: " + event.code());
    }
  }
}
