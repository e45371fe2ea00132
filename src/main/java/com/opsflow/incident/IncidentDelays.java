package com.opsflow.incident;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * B-2.3.13(4)「处理工单的运维高级技术工程师要给出延期处理的合理理由，在征得用户许可的情况下，继续处理工单」: a ticket that
 * will miss its resolution time gets a reason and the user's consent to a new time. The agreement is kept
 * (who recorded it — the authenticated caller —, when, who consented, the agreed time); the agreed time
 * becomes the ticket's resolution due date and moves the running resolution timer, so breaches and the
 * evaluation evidence ({@code fault-slow}) count against it.
 */
@Service
@Transactional
public class IncidentDelays {

  private final JdbcTemplate jdbc;
  private final TicketService tickets;
  private final TicketTime time;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final ProcessEngineConfigurationImpl configuration;

  IncidentDelays(JdbcTemplate jdbc, TicketService tickets, TicketTime time, RuntimeService runtime,
      ManagementService management, ProcessEngineConfigurationImpl configuration) {
    this.jdbc = jdbc;
    this.tickets = tickets;
    this.time = time;
    this.runtime = runtime;
    this.management = management;
    this.configuration = configuration;
  }

  /**
   * @throws NoSuchElementException when there is no such incident
   * @throws InvalidInputException when a field is missing or the agreed time is not after the current due date
   * @throws IllegalStateException when the ticket is resolved or closed, or its resolution time has already run out
   */
  public Map<String, Object> agree(String ticketNumber, String actor, Map<String, Object> body) {
    Ticket ticket = tickets.find(ticketNumber).filter(t -> IncidentProcess.KEY.equals(t.ticketType()))
        .orElseThrow(() -> new NoSuchElementException("没有事件单 " + ticketNumber + " / no incident " + ticketNumber));
    String reason = Fields.requiredText(body, "reason", "延期理由", 2000);
    String consentedBy = Fields.requiredText(body, "consentedBy", "同意延期的用户", 200);
    Instant agreed = Fields.requiredDateTime(body.get("agreedResolveAt"), "agreedResolveAt", "约定解决时间", time.zone());
    if (ticket.resolvedAt() != null || TicketStatus.CLOSED.code().equals(ticket.status())) {
      throw new IllegalStateException("事件单 " + ticketNumber + " 已解决或关闭 / incident " + ticketNumber
          + " is already resolved or closed");
    }
    Instant now = time.now();
    Instant due = ticket.resolveDueAt() == null ? null : ticket.resolveDueAt().atZone(time.zone()).toInstant();
    if (ticket.resolveBreachedAt() != null || (due != null && !now.isBefore(due))) {
      throw new IllegalStateException("事件单 " + ticketNumber + " 已超过解决时限，延期须在到期前征得用户同意 / incident "
          + ticketNumber + " has already missed its resolution time; a delay is agreed before it runs out");
    }
    if (due != null && !agreed.isAfter(due)) {
      throw new InvalidInputException("agreedResolveAt", "字段 agreedResolveAt（约定解决时间）须晚于当前解决时限 "
          + ticket.resolveDueAt() + " / field 'agreedResolveAt' must be after the current due date");
    }
    LocalDateTime recordedAt = time.localNow();
    jdbc.update("""
        INSERT INTO ticket_delay (ticket_number, reason, consented_by, previous_resolve_due_at, agreed_resolve_at,
          recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        ticketNumber, reason, consentedBy, ticket.resolveDueAt() == null ? null : Timestamp.valueOf(ticket.resolveDueAt()),
        Timestamp.valueOf(time.local(agreed)), actor, Timestamp.valueOf(recordedAt));
    jdbc.update("UPDATE ticket SET resolve_due_at = ?, delay_agreed_at = ?, updated_at = ? WHERE ticket_number = ?",
        Timestamp.valueOf(time.local(agreed)), Timestamp.valueOf(recordedAt), Timestamp.valueOf(recordedAt), ticketNumber);
    tickets.event(ticketNumber, "delay-agreed", actor, "用户 " + consentedBy + " 同意延期至 " + time.local(agreed)
        + "（原解决时限 " + ticket.resolveDueAt() + "）；理由：" + reason);
    // the caller's right to record a delay is checked by the controller; moving the timer is OpsFlow's own work
    configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      moveResolveTimer(ticketNumber, agreed);
      return null;
    }));
    return Map.of("ticketNumber", ticketNumber, "agreedResolveAt", time.local(agreed).toString(),
        "previousResolveDueAt", String.valueOf(ticket.resolveDueAt()), "recordedBy", String.valueOf(actor),
        "recordedAt", recordedAt.toString(), "consentedBy", consentedBy);
  }

  private void moveResolveTimer(String ticketNumber, Instant agreed) {
    ProcessInstance incident = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY)
        .processInstanceBusinessKey(ticketNumber).singleResult();
    if (incident == null) {
      return;
    }
    runtime.setVariable(incident.getId(), IncidentProcess.Var.RESOLVE_DUE, Date.from(agreed));
    for (Job timer : management.createJobQuery().processInstanceId(incident.getId()).timers()
        .activityId(IncidentProcess.Element.RESOLVE_SLA).list()) {
      management.setJobDuedate(timer.getId(), Date.from(agreed));
    }
  }
}
