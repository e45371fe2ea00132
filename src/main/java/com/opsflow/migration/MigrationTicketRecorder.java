package com.opsflow.migration;

import static com.opsflow.migration.MigrationProcess.Var;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import com.opsflow.ticket.TicketService;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The migration events of "record on ticket": registration, rejection, switch-over, rollback, closing. */
@Component
class MigrationTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.MIGRATION_REGISTERED,
      TicketEvent.MIGRATION_REJECTED, TicketEvent.MIGRATION_SWITCHED_OVER, TicketEvent.MIGRATION_ROLLED_BACK,
      TicketEvent.MIGRATION_CLOSED);

  private final TicketService tickets;
  private final MigrationRegister register;
  private final MigrationChecklist checklist;

  MigrationTicketRecorder(TicketService tickets, MigrationRegister register, MigrationChecklist checklist) {
    this.tickets = tickets;
    this.register = register;
    this.checklist = checklist;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    String number = execution.getProcessBusinessKey();
    switch (event) {
      case MIGRATION_REGISTERED -> {
        tickets.register(new NewTicket(number, MigrationProcess.TICKET_TYPE, execution.getProcessInstanceId(),
            text(execution, Var.SYSTEM), null, text(execution, Var.REQUESTING_OFFICE), null, text(execution, Var.SUMMARY),
            text(execution, Var.DESCRIPTION), null, null, false, actor));
        register.register(number, text(execution, Var.SYSTEM), text(execution, Var.TYPE),
            Boolean.TRUE.equals(execution.getVariable(Var.DATA_MIGRATION)), text(execution, Var.REQUESTING_OFFICE), actor);
        tickets.event(number, event.code(), actor, Migrations.TYPE_NAMES.get(text(execution, Var.TYPE)) + "，申请单位 "
            + text(execution, Var.REQUESTING_OFFICE));
      }
      case MIGRATION_REJECTED -> {
        register.ended(number, MigrationProcess.REJECTED);
        tickets.recordClosure(number, false, "迁移方案未获批准：" + text(execution, ApprovalProcess.Out.REASON), actor);
      }
      case MIGRATION_SWITCHED_OVER -> {
        register.switchedOver(number);
        tickets.event(number, event.code(), actor, "数据核对 " + checklist.lines(number).size() + " 张表全部一致；"
            + text(execution, Var.SWITCH_OVER_NOTE));
      }
      case MIGRATION_ROLLED_BACK -> {
        register.rolledBack(number);
        String step = text(execution, Var.FAILED_STEP);
        tickets.recordClosure(number, false, "已回退（" + Migrations.STEP_NAMES.getOrDefault(step, step) + "）："
            + text(execution, Var.ROLLBACK_NOTE), actor);
      }
      case MIGRATION_CLOSED -> {
        register.ended(number, MigrationProcess.COMPLETED);
        tickets.recordResolution(number, "迁移完成，切换后一个业务周期内运行正常", actor);
        tickets.recordClosure(number, false, "业务周期监控结束，迁移完成", actor);
      }
      default -> throw new IllegalArgumentException("Not a migration event: " + event.code());
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
