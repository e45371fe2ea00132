package com.opsflow.incident;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import com.opsflow.ticket.TicketTime;
import com.opsflow.ticket.TicketVariables;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * B-2.3.13(4)「处理工单的运维高级技术工程师要给出延期处理的合理理由，在征得用户许可的情况下，继续处理工单」: a ticket that
 * will miss its resolution time gets a reason and the user's consent to a new time. The agreement is kept
 * (who recorded it — the authenticated caller —, when, who consented and when, the agreed time); the agreed time
 * becomes the ticket's resolution due date and moves the running resolution timer ({@link ResolveTimer}), so
 * breaches and the evaluation evidence ({@code fault-slow}) count against it. One service for both ways in: the
 * REST endpoint ({@link IncidentDelayController}) and the Tasklist form 登记延期 ({@link IncidentDelayIntake}).
 */
@Service
@Transactional
public class IncidentDelays {

  /** Field names, the same for the REST body and the Tasklist form {@code incident-delay-start}. */
  public static final String REASON = "reason";
  public static final String CONSENTED_BY = "consentedBy";
  public static final String CONSENTED_AT = "consentedAt";
  public static final String AGREED_RESOLVE_AT = "agreedResolveAt";

  /** Moves the running resolution clock of an incident to the agreed time; the engine adapter implements it. */
  public interface ResolveTimer {
    void moveTo(String ticketNumber, Instant agreed);
  }

  private final JdbcTemplate jdbc;
  private final TicketService tickets;
  private final TicketTime time;
  private final ResolveTimer timer;
  private final IncidentDelayStartValidator form;

  IncidentDelays(JdbcTemplate jdbc, TicketService tickets, TicketTime time, ResolveTimer timer,
      IncidentDelayStartValidator form) {
    this.jdbc = jdbc;
    this.tickets = tickets;
    this.time = time;
    this.timer = timer;
    this.form = form;
  }

  /**
   * The Tasklist form 登记延期 (the start of {@value IncidentDelayProcess#KEY}): checks the form and records the delay
   * as {@link #agree} does; a refused delay starts nothing.
   *
   * @param businessKey the start's business key, which must be empty: the instance runs under the incident's number
   * @return the variables the instance runs with (the checked form and who recorded it); its {@code ticketNumber} is
   *     the business key
   * @throws InvalidInputException on a field, and on {@code ticketNumber} when there is no such incident or it can
   *     no longer be delayed
   */
  Map<String, Object> agreeByForm(Map<String, Object> variables, String businessKey, String actor) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    Map<String, Object> clean = form.validate(variables);
    String ticketNumber = TicketVariables.TICKET_NUMBER_VAR.from(clean);
    try {
      agree(ticketNumber, actor, clean);
    } catch (NoSuchElementException | IllegalStateException e) {
      throw new InvalidInputException(TicketVariables.TICKET_NUMBER, "字段 ticketNumber（事件单号）：" + e.getMessage()
          + " / field 'ticketNumber'");
    }
    Map<String, Object> run = new HashMap<>(clean);
    run.put(IncidentDelayProcess.Var.RECORDED_BY, actor);
    return run;
  }

  /**
   * @param body {@code reason}, {@code consentedBy}, {@code agreedResolveAt}, optional {@code consentedAt} (when the
   *     user consented; now when absent, never in the future)
   * @throws NoSuchElementException when there is no such incident
   * @throws InvalidInputException when a field is missing or the agreed time is not after the current due date
   * @throws IllegalStateException when the ticket is resolved or closed, or its resolution time has already run out
   */
  public Map<String, Object> agree(String ticketNumber, String actor, Map<String, Object> body) {
    Ticket ticket = tickets.find(ticketNumber).filter(t -> IncidentProcess.KEY.equals(t.ticketType()))
        .orElseThrow(() -> new NoSuchElementException("没有事件单 " + ticketNumber + " / no incident " + ticketNumber));
    String reason = Fields.requiredLines(body, REASON, "延期理由", 2000);
    String consentedBy = Fields.requiredText(body, CONSENTED_BY, "同意延期的用户", 200);
    Instant agreed = Fields.requiredDateTime(body.get(AGREED_RESOLVE_AT), AGREED_RESOLVE_AT, "约定解决时间", time.zone());
    Instant now = time.now();
    Object consentedAtValue = body.get(CONSENTED_AT);
    Instant consentedAt = consentedAtValue == null || consentedAtValue.toString().isBlank() ? now
        : Fields.requiredDateTime(consentedAtValue, CONSENTED_AT, "用户同意时间", time.zone());
    if (consentedAt.isAfter(now)) {
      throw new InvalidInputException(CONSENTED_AT, "字段 consentedAt（用户同意时间）不能晚于现在 / field 'consentedAt' is in"
          + " the future");
    }
    if (ticket.resolvedAt() != null || TicketStatus.CLOSED.code().equals(ticket.status())) {
      throw new IllegalStateException("事件单 " + ticketNumber + " 已解决或关闭 / incident " + ticketNumber
          + " is already resolved or closed");
    }
    Instant due = ticket.resolveDueAt() == null ? null : ticket.resolveDueAt().atZone(time.zone()).toInstant();
    if (ticket.resolveBreachedAt() != null || (due != null && !now.isBefore(due))) {
      throw new IllegalStateException("事件单 " + ticketNumber + " 已超过解决时限，延期须在到期前征得用户同意 / incident "
          + ticketNumber + " has already missed its resolution time; a delay is agreed before it runs out");
    }
    if (due != null && !agreed.isAfter(due)) {
      throw new InvalidInputException(AGREED_RESOLVE_AT, "字段 agreedResolveAt（约定解决时间）须晚于当前解决时限 "
          + ticket.resolveDueAt() + " / field 'agreedResolveAt' must be after the current due date");
    }
    LocalDateTime recordedAt = time.localNow();
    jdbc.update("""
        INSERT INTO ticket_delay (ticket_number, reason, consented_by, consented_at, previous_resolve_due_at,
          agreed_resolve_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        ticketNumber, reason, consentedBy, Timestamp.valueOf(time.local(consentedAt)),
        ticket.resolveDueAt() == null ? null : Timestamp.valueOf(ticket.resolveDueAt()),
        Timestamp.valueOf(time.local(agreed)), actor, Timestamp.valueOf(recordedAt));
    jdbc.update("UPDATE ticket SET resolve_due_at = ?, delay_agreed_at = ?, updated_at = ? WHERE ticket_number = ?",
        Timestamp.valueOf(time.local(agreed)), Timestamp.valueOf(recordedAt), Timestamp.valueOf(recordedAt), ticketNumber);
    tickets.event(ticketNumber, IncidentEvent.DELAY_AGREED, actor, "用户 " + consentedBy + " 于 " + time.local(consentedAt)
        + " 同意延期至 " + time.local(agreed) + "（原解决时限 " + ticket.resolveDueAt() + "）；理由：" + reason);
    timer.moveTo(ticketNumber, agreed);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(TicketVariables.TICKET_NUMBER, ticketNumber);
    result.put(AGREED_RESOLVE_AT, time.local(agreed).toString());
    result.put("previousResolveDueAt", String.valueOf(ticket.resolveDueAt()));
    result.put("recordedBy", String.valueOf(actor));
    result.put("recordedAt", recordedAt.toString());
    result.put(CONSENTED_BY, consentedBy);
    result.put(CONSENTED_AT, time.local(consentedAt).toString());
    return result;
  }
}
