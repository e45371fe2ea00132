package com.opsflow.onsite;

import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ClockBasis;
import com.opsflow.document.TicketDocuments;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On-site support on plain values: the request's intake, visits and confirmations, the slips among the ticket's
 * documents, and the ticket history of each step (B-2.3.9); runs in the engine's transaction.
 */
@Service
@Transactional
public class OnsiteService {

  /** Kind of the confirmation slip among the ticket's documents. */
  public static final String SLIP_KIND = "onsite-confirmation-slip";

  private final JdbcTemplate jdbc;
  private final TicketService tickets;
  private final TicketDocuments documents;
  private final TicketTime time;
  private final BusinessCalendarService calendar;
  private final OnsiteStartValidator validator;
  private final TicketNumbers ticketNumbers;

  OnsiteService(JdbcTemplate jdbc, TicketService tickets, TicketDocuments documents, TicketTime time,
      BusinessCalendarService calendar, OnsiteStartValidator validator, TicketNumbers ticketNumbers) {
    this.jdbc = jdbc;
    this.tickets = tickets;
    this.documents = documents;
    this.time = time;
    this.calendar = calendar;
    this.validator = validator;
    this.ticketNumbers = ticketNumbers;
  }

  /** A request as started: the variables to keep (checked, with the ticket number) and the business key. */
  record Intake(Map<String, Object> variables, String ticketNumber, boolean existingTicket) {
  }

  /**
   * Checks the start variables on every way in and chooses the ticket. An instance for an existing ticket keeps that
   * ticket's number (given as variable {@code ticketNumber}, or as business key by a caller inside the engine such as
   * a call activity); a new request gets an ONS- number.
   */
  Intake intake(String businessKey, Map<String, Object> started) {
    Map<String, Object> variables = new HashMap<>(started);
    Object given = variables.get(Var.TICKET_NUMBER);
    if (businessKey != null && !businessKey.isBlank()) {
      if (given != null && !given.toString().isBlank() && !given.toString().equals(businessKey)) {
        throw new InvalidInputException("businessKey", "业务键 " + businessKey + " 与已有工单号 " + given
            + " 不一致 / business key and ticketNumber name different tickets");
      }
      variables.put(Var.TICKET_NUMBER, businessKey);
    }
    Map<String, Object> keep = new HashMap<>(validator.validate(variables));
    Object number = keep.containsKey(Var.TICKET_NUMBER) ? keep.get(Var.TICKET_NUMBER) : variables.get(Var.TICKET_NUMBER);
    boolean existing = number != null && !number.toString().isBlank();
    if (!existing) {
      number = ticketNumbers.next(OnsiteSupportProcess.TICKET_PREFIX);
      keep.put(Var.TICKET_NUMBER, number);
    } else if (!keep.containsKey(Var.TICKET_NUMBER) && businessKey != null && !businessKey.isBlank()) {
      keep.put(Var.TICKET_NUMBER, businessKey);
    }
    keep.put(Var.EXISTING_TICKET, existing);
    return new Intake(keep, number.toString(), existing);
  }

  /** The request as the ticket's history tells it. */
  void recordRequest(String number, String processInstanceId, String requestType, String site, String actor) {
    String type = shown(requestType);
    tickets.event(number, TicketEvent.ONSITE_REQUESTED, actor, OnsiteSupportProcess.REQUEST_TYPES.getOrDefault(type,
        type) + "，现场地点：" + shown(site) + "（现场支持流程 " + processInstanceId + "）");
  }

  void recordDispatch(String number, String engineer, Object plannedArrival, String assessment, String actor) {
    tickets.event(number, TicketEvent.ONSITE_DISPATCHED, actor, "派工 " + shown(engineer) + "，计划到达 "
        + OnsiteTimes.show(plannedArrival, time.zone()) + "；评估：" + shown(assessment));
  }

  /** What the user signed for; {@code solution} resolves an ONS ticket. */
  record Confirmation(String confirmedByName, String confirmedByDepartment, Object confirmedAt, String solution) {
  }

  /** The user signed the slip: an entry on the ticket; an ONS ticket (a request of its own) is resolved too. */
  void recordConfirmed(String number, boolean ownTicket, Confirmation c, String actor) {
    tickets.event(number, TicketEvent.ONSITE_CONFIRMED, actor, "用户 " + shown(c.confirmedByName()) + "（"
        + shown(c.confirmedByDepartment()) + "）于 " + OnsiteTimes.show(c.confirmedAt(), time.zone())
        + " 签字确认，记录人 " + actor);
    if (ownTicket) {
      tickets.recordResolution(number, shown(c.solution()), actor);
    }
  }

  /**
   * The fault came back, found at the callback ({@code atCallback}) or by monitoring: an entry on the ticket; an ONS
   * ticket is reopened too (an existing ticket keeps the status its own process manages).
   */
  void recordRecurrence(String number, boolean ownTicket, boolean atCallback, String callbackNote,
      String monitoringNote, String actor) {
    String reason = atCallback ? "回访核实未解决：" + shown(callbackNote) : "运行监控发现问题复现：" + shown(monitoringNote);
    tickets.event(number, TicketEvent.ONSITE_RECURRED, actor, reason);
    if (ownTicket) {
      tickets.recordReopen(number, actor, reason);
    }
  }

  /** Closing: an ONS ticket is closed; an existing ticket gets an entry. */
  void recordClosed(String number, boolean ownTicket, String callbackNote, String actor) {
    if (ownTicket) {
      tickets.recordClosure(number, false, shown(callbackNote), actor);
    } else {
      tickets.event(number, TicketEvent.ONSITE_CLOSED, actor, "现场支持闭单：" + shown(callbackNote));
    }
  }

  /**
   * The engineer arrived: a new visit whose fault must be restored within {@code restoreHours}, counted on
   * {@code basis} (natural time, or working time on the system's calendar).
   */
  Instant recordArrival(String number, String processInstanceId, String requestType, String engineer, Object arrivedAt,
      String system, ClockBasis basis, boolean importantPeriod, int restoreHours, String actor) {
    Instant arrived = OnsiteTimes.parse(arrivedAt, Var.ARRIVED_AT, "实际到达现场时间", time.zone());
    Instant due = calendar.addMinutes(system, basis, importantPeriod, arrived, 60L * restoreHours);
    jdbc.update("""
        INSERT INTO onsite_visit (ticket_number, process_instance_id, request_type, engineer, arrived_at, restore_due_at,
          recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, requestType, engineer, ts(time.local(arrived)), ts(time.local(due)), actor,
        ts(time.localNow()));
    tickets.event(number, OnsiteEvent.ARRIVED, actor, engineer + " 到达现场 " + time.local(arrived).format(OnsiteTimes.SHOWN)
        + "，恢复时限 " + time.local(due).format(OnsiteTimes.SHOWN));
    return due;
  }

  void recordRestoreBreach(String number, String processInstanceId) {
    LocalDateTime now = time.localNow();
    jdbc.update("""
        UPDATE onsite_visit SET restore_breached_at = ? WHERE id = (SELECT MAX(id) FROM onsite_visit
          WHERE process_instance_id = ?)""", ts(now), processInstanceId);
    tickets.event(number, TicketEvent.ONSITE_RESTORE_BREACHED, null, "抵达现场后未在恢复时限内恢复");
  }

  /** Stores the confirmation the engineer recorded and the slip generated from it. */
  StoredSlip storeConfirmation(String number, String processInstanceId, Map<String, Object> v, String engineerName,
      String recordedBy) {
    LocalDateTime now = time.localNow();
    byte[] content = ConfirmationSlip.render(number, v, engineerName, recordedBy, now.format(OnsiteTimes.SHOWN),
        time.zone());
    String fileName = ConfirmationSlip.fileName(number);
    Instant finished = OnsiteTimes.parse(v.get(Var.FINISHED_AT), Var.FINISHED_AT, "处理完成时间", time.zone());
    Instant confirmed = OnsiteTimes.parse(v.get(Var.CONFIRMED_AT), Var.CONFIRMED_AT, "用户签字确认时间", time.zone());
    jdbc.update("""
        INSERT INTO onsite_confirmation (ticket_number, process_instance_id, engineer, finished_at, confirmed_by_name,
          confirmed_by_department, confirmed_at, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, v.get(Var.ENGINEER), ts(time.local(finished)), v.get(Var.CONFIRMED_BY_NAME),
        v.get(Var.CONFIRMED_BY_DEPARTMENT), ts(time.local(confirmed)), recordedBy, ts(now));
    documents.store(number, SLIP_KIND, fileName, ConfirmationSlip.CONTENT_TYPE, content, recordedBy);
    return new StoredSlip(number, processInstanceId, fileName, ConfirmationSlip.CONTENT_TYPE, content, recordedBy, now);
  }

  /** The latest slip of a ticket, with the on-site instance it was signed in. */
  @Transactional(readOnly = true)
  public Optional<StoredSlip> latestSlip(String number) {
    Optional<String> instance = jdbc.queryForList("SELECT process_instance_id FROM onsite_confirmation"
        + " WHERE ticket_number = ? ORDER BY recorded_at DESC, id DESC", String.class, number).stream().findFirst();
    return instance.flatMap(pi -> documents.latest(number, SLIP_KIND).map(d -> new StoredSlip(number, pi, d.fileName(),
        d.contentType(), d.content(), d.createdBy(), d.createdAt())));
  }

  @Transactional(readOnly = true)
  public Optional<Map<String, Object>> latestVisit(String processInstanceId) {
    return jdbc.queryForList("SELECT * FROM onsite_visit WHERE process_instance_id = ? ORDER BY id DESC",
        processInstanceId).stream().findFirst();
  }

  private static String shown(String value) {
    return value == null ? "—" : value;
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }
}
