package com.opsflow.major;

import static com.opsflow.major.MajorIncidentProcess.Var;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ClockBasis;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidators;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.ticket.TicketVariables;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A major incident on plain values: its declaration (the checks of both start events, under the incident's own ticket
 * number — no new ticket) and the duty clocks from the figures of decision {@value MajorIncidentProcess#CLOCK_DECISION},
 * each counted on the basis the decision gives for it (working time on the system's calendar, or natural time).
 */
@Service
class MajorIncidentService {

  private final TicketTime time;
  private final TicketService tickets;
  private final BusinessCalendarService calendar;
  private final StartValidators validators;
  private final MajorIncidentDeclaration declaration;

  MajorIncidentService(TicketTime time, TicketService tickets, BusinessCalendarService calendar,
      StartValidators validators, MajorIncidentDeclaration declaration) {
    this.time = time;
    this.tickets = tickets;
    this.calendar = calendar;
    this.validators = validators;
    this.declaration = declaration;
  }

  /**
   * Checks a declaration and records it on the incident's ticket with the fault time. A declaration in Tasklist or by
   * REST start ({@code byMessage} false) names the ticket in {@code ticketNumber} and may not choose a business key; a
   * declaration by message ({@link MajorIncidentDeclaration}, or a message sent over engine-rest) carries the ticket
   * number as business key. OpsFlow's own declaration names its declarer; any other start is declared by
   * {@code authenticated}, the caller.
   *
   * @return the variables the handling runs with; its {@code ticketNumber} is the instance's business key
   */
  Map<String, Object> acceptDeclaration(boolean byMessage, String businessKey, Map<String, Object> variables,
      String authenticated) {
    String ticketNumber;
    String reason;
    if (byMessage) {
      if (businessKey == null || businessKey.isBlank()) {
        throw new InvalidInputException("businessKey", "宣布重大事件的消息须以事件单号为业务键 / field 'businessKey':"
            + " the message that declares a major incident needs the incident's ticket number as business key");
      }
      Object named = variables.get(TicketVariables.TICKET_NUMBER);
      if (named != null && !businessKey.equals(named)) {
        throw new InvalidInputException(TicketVariables.TICKET_NUMBER, "字段 ticketNumber 与业务键 " + businessKey
            + " 不一致 / field 'ticketNumber' differs from the business key " + businessKey);
      }
      ticketNumber = businessKey;
      reason = Objects.requireNonNullElse(
          Fields.optionalLines(variables, Var.DECLARED_REASON, "宣布原因", 2000), "");
      try {
        declaration.declarable(ticketNumber);
      } catch (NoSuchElementException e) {
        throw new InvalidInputException(TicketVariables.TICKET_NUMBER, "字段 ticketNumber：没有工单 " + ticketNumber
            + " / field 'ticketNumber': no ticket " + ticketNumber);
      }
    } else {
      if (businessKey != null && !businessKey.isBlank()) {
        throw InvalidInputException.businessKeyGiven();
      }
      Map<String, Object> clean = validators.forProcess(MajorIncidentProcess.KEY).orElseThrow().validate(variables);
      ticketNumber = TicketVariables.TICKET_NUMBER_VAR.from(clean);
      reason = (String) clean.get(Var.DECLARED_REASON);
    }
    Ticket ticket = declaration.declarable(ticketNumber);
    String actor = MajorIncidentDeclaration.declaring().orElseGet(() -> Optional.ofNullable(authenticated)).orElse(null);
    Instant faultAt = declaration.faultOccurredAt(ticket, variables.get(Var.FAULT_OCCURRED_AT));
    tickets.recordMajorDeclared(ticketNumber, actor, reason);
    declaration.recordFaultOccurred(ticketNumber, actor, ticket, faultAt);
    Map<String, Object> run = MajorIncidentDeclaration.variablesOf(ticket);
    run.put(Var.DECLARED_REASON, reason);
    run.put(Var.DECLARED_BY, actor);
    run.put(Var.FAULT_OCCURRED_AT, Date.from(faultAt));
    return run;
  }

  /** Starts the duty clocks of the ticket's major incident; returns the due dates its timers fire on. */
  Map<String, Object> startDuties(String ticketNumber, Map<String, ?> v) {
    Instant now = time.now();
    Instant notifyDue = due(v, now, Var.NOTIFY_CLOCK, number(v, Var.NOTIFY_MINUTES));
    Instant responseDue = due(v, now, Var.SECOND_LINE_RESPONSE_CLOCK, number(v, Var.SECOND_LINE_RESPONSE_MINUTES));
    // B-2.3.14「在故障发生的24小时内，提供第一次事故报告」: counted from the fault, not from the declaration
    Date faultOccurredAt = Var.FAULT_OCCURRED_AT_VAR.from(v);
    Instant faultAt = faultOccurredAt != null ? faultOccurredAt.toInstant() : now;
    Instant firstReportDue = due(v, faultAt, Var.FIRST_REPORT_CLOCK, 60 * number(v, Var.FIRST_REPORT_HOURS));
    ClockBasis.of(v.get(Var.UPDATE_INTERVAL_CLOCK)); // a cycle: natural only (the DMN allows no other)
    tickets.event(ticketNumber, MajorIncidentEvent.DUTIES_STARTED, null,
        "通知联系人截止 " + time.local(notifyDue) + "，二线响应截止 " + time.local(responseDue) + "，首次报告截止 "
            + time.local(firstReportDue) + "（故障发生于 " + time.local(faultAt) + "）" + "，状态更新每 "
            + v.get(Var.UPDATE_INTERVAL_MINUTES) + " 分钟");
    Map<String, Object> set = new HashMap<>();
    set.put(Var.NOTIFY_DUE, Date.from(notifyDue));
    set.put(Var.RESPONSE_DUE, Date.from(responseDue));
    set.put(Var.FIRST_REPORT_DUE, Date.from(firstReportDue));
    return set;
  }

  /** Due date of 现场恢复系统: {@code onsiteRestoreHours} from now (the engineer is on site) on its basis. */
  Date onsiteRestoreDue(Map<String, ?> v) {
    return Date.from(due(v, time.now(), Var.ONSITE_RESTORE_CLOCK, 60 * number(v, Var.ONSITE_RESTORE_HOURS)));
  }

  private Instant due(Map<String, ?> v, Instant start, String clockVariable, long minutes) {
    Object basis = v.get(clockVariable);
    if (basis == null) {
      throw new IllegalStateException("Decision " + MajorIncidentProcess.CLOCK_DECISION + " gave no " + clockVariable);
    }
    return calendar.addMinutes(Var.SYSTEM_VAR.from(v), ClockBasis.of(basis),
        Boolean.TRUE.equals(v.get(Var.IMPORTANT_PERIOD)), start, minutes);
  }

  private static long number(Map<String, ?> v, String name) {
    if (!(v.get(name) instanceof Number n)) {
      throw new IllegalStateException("Decision " + MajorIncidentProcess.CLOCK_DECISION + " gave no " + name);
    }
    return n.longValue();
  }
}
