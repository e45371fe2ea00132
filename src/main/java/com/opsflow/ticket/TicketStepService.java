package com.opsflow.ticket;

import static com.opsflow.ticket.TicketVariables.*;

import com.opsflow.calendar.BusinessCalendarService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The steps of "record on ticket" on plain values: which register change each {@link TicketEvent} the models name
 * makes, from the process's variables {@code v}, attributed to {@code actor} (the user who completed the step that
 * led here; null for timers and other engine work).
 */
@Service
class TicketStepService {

  // service-desk of OpsFlowGroups, spelled out: security reaches ticket (the systems of its Tasklist filters), so
  // ticket naming security would close a package cycle (issue 11)
  static final String SERVICE_DESK = "service-desk";

  private final TicketService tickets;
  private final List<TicketRegistrationListener> registrationListeners;
  private final BusinessCalendarService calendar;
  private final TicketTime time;

  TicketStepService(TicketService tickets, List<TicketRegistrationListener> registrationListeners,
      BusinessCalendarService calendar, TicketTime time) {
    this.tickets = tickets;
    this.registrationListeners = registrationListeners;
    this.calendar = calendar;
    this.time = time;
  }

  /**
   * Registers the ticket of a process instance. An important period declared for the system (issue 12) marks the
   * ticket without anyone ticking a box; the priority decision and the clocks read the returned flag.
   *
   * @return whether the ticket is handled as in an important period (the {@code importantPeriod} variable)
   */
  boolean register(String number, String processKey, String processInstanceId, String actor, Map<String, ?> v) {
    String system = text(v, SYSTEM);
    boolean important = Boolean.TRUE.equals(v.get(IMPORTANT_PERIOD))
        || system != null && calendar.importantPeriodAt(system, time.now()).isPresent();
    tickets.register(new NewTicket(number, processKey, processInstanceId, system, text(v, CHANNEL), text(v, REPORTER),
        text(v, REPORTER_EMAIL), text(v, SUMMARY), text(v, DESCRIPTION), text(v, IMPACT), text(v, URGENCY), important,
        actor));
    registrationListeners.forEach(l -> l.registered(number, processKey, actor));
    return important;
  }

  /**
   * Records a step of the ticket's own lifecycle ({@link TicketEvent#REGISTERED} goes to {@link #register}).
   *
   * @return false for another feature's event, which its {@link TicketEventRecorder} records
   */
  boolean record(TicketEvent event, String number, String actor, Map<String, ?> v) {
    switch (event) {
      case RESPONDED -> {
        tickets.recordResponse(number, actor, SERVICE_DESK);
        tickets.recordKnowledgeUsed(number, text(v, KNOWLEDGE_ARTICLE_USED), actor);
      }
      case RESPONSE_BREACHED -> tickets.recordResponseBreach(number);
      case RESOLVE_BREACHED -> tickets.recordResolveBreach(number);
      case MAJOR_DECLARED -> tickets.recordMajor(number);
      case ESCALATED -> tickets.recordEscalation(number, text(v, ASSIGN_GROUP), actor, text(v, ESCALATION_REASON));
      case RESOLVED -> tickets.recordResolution(number, text(v, SOLUTION), actor);
      case CLOSED -> {
        String category = text(v, CATEGORY);
        if (category != null && CATEGORIES.contains(category)) {
          tickets.recordCategory(number, category);
        }
        tickets.recordClosure(number, Boolean.TRUE.equals(v.get(NEW_KNOWLEDGE_CANDIDATE)), text(v, CLOSURE_NOTE),
            actor);
      }
      case TRANSFER_OPENED -> tickets.openTransfer(number, SERVICE_DESK, text(v, ASSIGN_GROUP));
      case TRANSFER_TRACKED -> tickets.trackTransfer(number);
      case SOLUTION_RETURNED -> {
        tickets.transferSolutionReturned(number, actor);
        tickets.recordProblemLink(number, text(v, PROBLEM_NUMBER), actor);
      }
      case REOPENED -> tickets.transferReopened(number, actor, text(v, REOPEN_REASON));
      case TRANSFER_CLOSED -> tickets.closeTransfer(number);
      case MAJOR_DUTY_MISSED -> tickets.event(number, event, null, text(v, MAJOR_DUTY));
      case STATUS_UPDATE_SENT -> tickets.event(number, event, null, text(v, PROGRESS_NOTE));
      case SERVICE_RESTORED -> tickets.event(number, event, actor, text(v, RESTORE_NOTE));
      case MAJOR_CLOSED -> tickets.event(number, event, actor, null);
      case RETURNED -> tickets.recordReturn(number, actor, text(v, RETURN_REASON));
      case HANDLING_PROPOSAL -> tickets.event(number, event, actor, text(v, HANDLING_PROPOSAL));
      case REGISTERED -> throw new IllegalArgumentException("a ticket is registered with register(…)");
      default -> {
        return false;
      }
    }
    return true;
  }

  private static String text(Map<String, ?> v, String name) {
    Object value = v.get(name);
    return value == null ? null : value.toString();
  }
}
