package com.opsflow.major;

import static com.opsflow.major.MajorIncidentProcess.Var;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import com.opsflow.ticket.TicketTime;
import com.opsflow.ticket.TicketVariables;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares a ticket a major incident: starts its major-incident handling by message, under the ticket's
 * own number (no new ticket), at most once per ticket.
 */
@Service
@Transactional
public class MajorIncidentDeclaration {

  private final TicketService tickets;
  private final RuntimeService runtime;
  private final TicketTime time;

  MajorIncidentDeclaration(TicketService tickets, RuntimeService runtime, TicketTime time) {
    this.tickets = tickets;
    this.runtime = runtime;
    this.time = time;
  }

  /**
   * When the fault occurred (B-2.3.14: the first incident report is due within 24 hours of it): the time
   * given, else the time the ticket was reported. Never in the future.
   *
   * @throws InvalidInputException when the given value is no date-time or lies in the future
   */
  public Instant faultOccurredAt(Ticket ticket, Object given) {
    if (given == null || given.toString().isBlank()) {
      return ticket.createdAt().atZone(time.zone()).toInstant();
    }
    Instant at = Fields.requiredDateTime(given, Var.FAULT_OCCURRED_AT, "故障发生时间", time.zone());
    if (at.isAfter(time.now())) {
      throw new InvalidInputException(Var.FAULT_OCCURRED_AT, "字段 faultOccurredAt（故障发生时间）不能晚于当前时间 / field"
          + " 'faultOccurredAt' lies in the future");
    }
    return at;
  }

  /** Puts the fault time on the ticket. */
  void recordFaultOccurred(String ticketNumber, String actor, Ticket ticket, Instant faultOccurredAt) {
    boolean reportTime = faultOccurredAt.equals(ticket.createdAt().atZone(time.zone()).toInstant());
    tickets.event(ticketNumber, MajorIncidentEvent.FAULT_OCCURRED, actor, "故障发生时间 " + time.local(faultOccurredAt)
        + (reportTime ? "（未另行填写，按报告时间）" : "") + "；首次事故报告自此起算（B-2.3.14）");
  }

  /**
   * The ticket, if it may be declared major now.
   * @throws NoSuchElementException when there is no such ticket
   * @throws InvalidInputException when it is closed or already handled as a major incident
   */
  public Ticket declarable(String ticketNumber) {
    Ticket ticket = tickets.find(ticketNumber)
        .orElseThrow(() -> new NoSuchElementException("没有工单 " + ticketNumber + " / no ticket " + ticketNumber));
    if (TicketStatus.CLOSED.code().equals(ticket.status())) {
      throw new InvalidInputException("ticketNumber", "工单 " + ticketNumber + " 已关闭 / ticket " + ticketNumber
          + " is closed");
    }
    if (runtime.createProcessInstanceQuery().processDefinitionKey(MajorIncidentProcess.KEY)
        .processInstanceBusinessKey(ticketNumber).count() > 0) {
      throw new InvalidInputException("ticketNumber", "工单 " + ticketNumber + " 已在重大事件处置中 / ticket "
          + ticketNumber + " is already handled as a major incident");
    }
    return ticket;
  }

  /** The ticket's facts the handling shows in its forms and report. */
  static Map<String, Object> variablesOf(Ticket ticket) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TicketVariables.TICKET_NUMBER, ticket.ticketNumber());
    variables.put("system", ticket.system());
    variables.put("summary", ticket.summary());
    variables.put("description", ticket.description() == null ? "" : ticket.description());
    variables.put("priority", ticket.priority());
    variables.put("impact", ticket.impact());
    variables.put(MajorIncidentProcess.Var.IMPORTANT_PERIOD, ticket.importantPeriod());
    return variables;
  }

  /**
   * Who declares, while OpsFlow itself declares on this thread (the REST endpoint as the caller, or the
   * incident's priority decision as nobody): the start listener takes the declarer from here, never from a
   * variable a message start could carry (issue 9).
   */
  private static final ThreadLocal<Optional<String>> DECLARING = new ThreadLocal<>();

  /** The declarer OpsFlow named for a declaration under way on this thread; empty when none is under way. */
  static Optional<Optional<String>> declaring() {
    return Optional.ofNullable(DECLARING.get());
  }

  /** @return the id of the major-incident instance; the fault counts as occurred when the ticket was reported */
  public String declare(String ticketNumber, String actor, String reason) {
    return declare(ticketNumber, actor, reason, null);
  }

  /**
   * @param faultOccurredAt when the fault occurred (a date-time; blank: when the ticket was reported)
   * @return the id of the major-incident instance
   */
  public String declare(String ticketNumber, String actor, String reason, Object faultOccurredAt) {
    Ticket ticket = declarable(ticketNumber);
    Instant faultAt = faultOccurredAt(ticket, faultOccurredAt);
    Map<String, Object> variables = variablesOf(ticket);
    variables.put(MajorIncidentProcess.Var.DECLARED_BY, actor);
    variables.put(MajorIncidentProcess.Var.DECLARED_REASON, reason == null ? "" : reason);
    variables.put(Var.FAULT_OCCURRED_AT, Date.from(faultAt));
    DECLARING.set(Optional.ofNullable(actor));
    try {
      // the start listener (MajorIncidentIntake) checks the ticket again and records the declaration and fault time
      return runtime.createMessageCorrelation(MajorIncidentProcess.DECLARED_MESSAGE)
          .processInstanceBusinessKey(ticketNumber)
          .setVariables(variables)
          .correlateStartMessage()
          .getId();
    } finally {
      DECLARING.remove();
    }
  }
}
