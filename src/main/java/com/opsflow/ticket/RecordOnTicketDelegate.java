package com.opsflow.ticket;

import com.opsflow.engine.CurrentUser;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record on ticket" (element template record-on-ticket.json): writes the step named by the input
 * parameter {@code ticketEvent} to the ticket register ({@link TicketStepService}), attributed to the user who
 * completed the step; another feature's event goes to its {@link TicketEventRecorder}.
 */
@Component("recordOnTicket")
class RecordOnTicketDelegate implements JavaDelegate {

  private final TicketStepService steps;
  private final List<TicketEventRecorder> recorders;

  RecordOnTicketDelegate(TicketStepService steps, List<TicketEventRecorder> recorders) {
    this.steps = steps;
    this.recorders = recorders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TicketEvent event = TicketEvent.of(TicketVariables.TICKET_EVENT_VAR.get(execution));
    String number = execution.getProcessBusinessKey();
    String actor = CurrentUser.of(execution);
    Map<String, Object> variables = execution.getVariables();
    if (event == TicketEvent.REGISTERED) {
      registered(execution, number, actor, variables);
    } else if (!steps.record(event, number, actor, variables)) {
      recorders.stream().filter(r -> r.records(event)).findFirst()
          .orElseThrow(() -> new IllegalStateException("No recorder for ticket event " + event.code()))
          .record(event, execution, actor);
    }
  }

  /** The register row; the important-period mark is written only when it changes (else one more history row, issue 15). */
  private void registered(DelegateExecution execution, String number, String actor, Map<String, Object> variables) {
    boolean important = steps.register(number, execution.getProcessDefinitionId().split(":")[0],
        execution.getProcessInstanceId(), actor, variables);
    if (!Boolean.valueOf(important).equals(variables.get(TicketVariables.IMPORTANT_PERIOD))) {
      TicketVariables.IMPORTANT_PERIOD_VAR.set(execution, important);
    }
  }
}
