package com.opsflow.ticket;

import com.opsflow.engine.CurrentUser;
import static com.opsflow.ticket.TicketVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record on ticket" (element template record-on-ticket.json): writes the step named by the input
 * parameter {@code ticketEvent} to the ticket register, attributed to the user who completed the step.
 */
@Component("recordOnTicket")
class RecordOnTicketDelegate implements JavaDelegate {

  // service-desk of OpsFlowGroups, spelled out: security reaches ticket (the systems of its Tasklist filters), so
  // ticket naming security would close a package cycle (issue 11)
  private static final String SERVICE_DESK = "service-desk";

  private final TicketService tickets;
  private final List<TicketEventRecorder> recorders;
  private final List<TicketRegistrationListener> registrationListeners;

  private final com.opsflow.calendar.BusinessCalendarService calendar;
  private final TicketTime time;

  RecordOnTicketDelegate(TicketService tickets, List<TicketEventRecorder> recorders,
      List<TicketRegistrationListener> registrationListeners,
      com.opsflow.calendar.BusinessCalendarService calendar, TicketTime time) {
    this.tickets = tickets;
    this.recorders = recorders;
    this.registrationListeners = registrationListeners;
    this.calendar = calendar;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TicketEvent event = TicketEvent.of(text(execution, TICKET_EVENT));
    String number = execution.getProcessBusinessKey();
    String actor = CurrentUser.of(execution);
    switch (event) {
      case REGISTERED -> {
        // an important period declared for the system (issue 12) marks the ticket without anyone ticking a box;
        // the priority decision and the clocks read the variable
        String system = text(execution, SYSTEM);
        boolean important = Boolean.TRUE.equals(execution.getVariable(IMPORTANT_PERIOD))
            || system != null && calendar.importantPeriodAt(system, time.now()).isPresent();
        if (!Boolean.valueOf(important).equals(execution.getVariable(IMPORTANT_PERIOD))) {
          execution.setVariable(IMPORTANT_PERIOD, important); // unchanged, it would only add a history row (issue 15)
        }
        tickets.register(new NewTicket(number, processKey(execution), execution.getProcessInstanceId(), system,
            text(execution, CHANNEL), text(execution, REPORTER), text(execution, REPORTER_EMAIL),
            text(execution, SUMMARY), text(execution, DESCRIPTION), text(execution, IMPACT), text(execution, URGENCY),
            important, actor));
        registrationListeners.forEach(l -> l.registered(number, processKey(execution), actor));
      }
      case RESPONDED -> {
        tickets.recordResponse(number, actor, SERVICE_DESK);
        tickets.recordKnowledgeUsed(number, text(execution, KNOWLEDGE_ARTICLE_USED), actor);
      }
      case RESPONSE_BREACHED -> tickets.recordResponseBreach(number);
      case RESOLVE_BREACHED -> tickets.recordResolveBreach(number);
      case MAJOR_DECLARED -> tickets.recordMajor(number);
      case ESCALATED -> tickets.recordEscalation(number, text(execution, ASSIGN_GROUP), actor,
          text(execution, ESCALATION_REASON));
      case RESOLVED -> tickets.recordResolution(number, text(execution, SOLUTION), actor);
      case CLOSED -> {
        String category = text(execution, CATEGORY);
        if (category != null && CATEGORIES.contains(category)) {
          tickets.recordCategory(number, category);
        }
        tickets.recordClosure(number, Boolean.TRUE.equals(execution.getVariable(NEW_KNOWLEDGE_CANDIDATE)),
            text(execution, CLOSURE_NOTE), actor);
      }
      case TRANSFER_OPENED -> tickets.openTransfer(number, SERVICE_DESK, text(execution, ASSIGN_GROUP));
      case TRANSFER_TRACKED -> tickets.trackTransfer(number);
      case SOLUTION_RETURNED -> {
        tickets.transferSolutionReturned(number, actor);
        tickets.recordProblemLink(number, text(execution, PROBLEM_NUMBER), actor);
      }
      case REOPENED -> tickets.transferReopened(number, actor, text(execution, REOPEN_REASON));
      case TRANSFER_CLOSED -> tickets.closeTransfer(number);
      case MAJOR_DUTY_MISSED -> tickets.event(number, event.code(), null, text(execution, MAJOR_DUTY));
      case STATUS_UPDATE_SENT -> tickets.event(number, event.code(), null, text(execution, PROGRESS_NOTE));
      case SERVICE_RESTORED -> tickets.event(number, event.code(), actor, text(execution, RESTORE_NOTE));
      case MAJOR_CLOSED -> tickets.event(number, event.code(), actor, null);
      case RETURNED -> tickets.recordReturn(number, actor, text(execution, RETURN_REASON));
      case HANDLING_PROPOSAL -> tickets.event(number, event.code(), actor, text(execution, HANDLING_PROPOSAL));
      default -> recorders.stream().filter(r -> r.records(event)).findFirst()
          .orElseThrow(() -> new IllegalStateException("No recorder for ticket event " + event.code()))
          .record(event, execution, actor);
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static String processKey(DelegateExecution execution) {
    return execution.getProcessDefinitionId().split(":")[0];
  }

  /** The user who completed the step that led here; null for timers and other engine work. */
}
