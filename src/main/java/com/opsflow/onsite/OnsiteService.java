package com.opsflow.onsite;

import com.opsflow.engine.CurrentUser;
import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ClockBasis;
import com.opsflow.document.TicketDocuments;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visits and confirmations of on-site support, the slips among the ticket's documents; runs in the engine's transaction. */
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

  OnsiteService(JdbcTemplate jdbc, TicketService tickets, TicketDocuments documents, TicketTime time,
      BusinessCalendarService calendar) {
    this.jdbc = jdbc;
    this.tickets = tickets;
    this.documents = documents;
    this.time = time;
    this.calendar = calendar;
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
    tickets.event(number, "onsite-arrived", actor, engineer + " 到达现场 " + time.local(arrived).format(OnsiteTimes.SHOWN)
        + "，恢复时限 " + time.local(due).format(OnsiteTimes.SHOWN));
    return due;
  }

  void recordRestoreBreach(String number, String processInstanceId) {
    LocalDateTime now = time.localNow();
    jdbc.update("""
        UPDATE onsite_visit SET restore_breached_at = ? WHERE id = (SELECT MAX(id) FROM onsite_visit
          WHERE process_instance_id = ?)""", ts(now), processInstanceId);
    tickets.event(number, "onsite-restore-breached", null, "抵达现场后未在恢复时限内恢复");
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

  /** The user who completed the step that led here; null for timers and other engine work. */

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }
}
