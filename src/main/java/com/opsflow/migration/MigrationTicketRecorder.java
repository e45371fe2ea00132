package com.opsflow.migration;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The migration events of "record on ticket": registration, rejection, switch-over, rollback, closing; recorded by
 * {@link MigrationService}.
 */
@Component
class MigrationTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.MIGRATION_REGISTERED,
      TicketEvent.MIGRATION_REJECTED, TicketEvent.MIGRATION_SWITCHED_OVER, TicketEvent.MIGRATION_ROLLED_BACK,
      TicketEvent.MIGRATION_CLOSED);

  private final MigrationService service;

  MigrationTicketRecorder(MigrationService service) {
    this.service = service;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    service.recorded(event, execution.getProcessBusinessKey(), execution.getProcessInstanceId(), actor,
        execution.getVariables());
  }
}
