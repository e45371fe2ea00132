package com.opsflow.major;

import static com.opsflow.major.MajorIncidentProcess.Var;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ClockBasis;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the duty clocks of a major incident from the decided figures, each counted on the basis the
 * decision gives for it (working time on the system's calendar, or natural time).
 */
@Component("majorIncidentDuties")
public class MajorIncidentDutiesDelegate implements JavaDelegate {

  private final TicketTime time;
  private final TicketService tickets;
  private final BusinessCalendarService calendar;

  MajorIncidentDutiesDelegate(TicketTime time, TicketService tickets, BusinessCalendarService calendar) {
    this.time = time;
    this.tickets = tickets;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = time.now();
    Instant notifyDue = due(execution, now, Var.NOTIFY_CLOCK, number(execution, Var.NOTIFY_MINUTES));
    Instant responseDue = due(execution, now, Var.SECOND_LINE_RESPONSE_CLOCK,
        number(execution, Var.SECOND_LINE_RESPONSE_MINUTES));
    // B-2.3.14「在故障发生的24小时内，提供第一次事故报告」: counted from the fault, not from the declaration
    Object faultOccurredAt = execution.getVariable(Var.FAULT_OCCURRED_AT);
    Instant faultAt = faultOccurredAt instanceof Date d ? d.toInstant() : now;
    Instant firstReportDue = due(execution, faultAt, Var.FIRST_REPORT_CLOCK, 60 * number(execution, Var.FIRST_REPORT_HOURS));
    ClockBasis.of(execution.getVariable(Var.UPDATE_INTERVAL_CLOCK)); // a cycle: natural only (the DMN allows no other)
    execution.setVariable(Var.NOTIFY_DUE, Date.from(notifyDue));
    execution.setVariable(Var.RESPONSE_DUE, Date.from(responseDue));
    execution.setVariable(Var.FIRST_REPORT_DUE, Date.from(firstReportDue));
    tickets.event(execution.getProcessBusinessKey(), "major-duties-started", null,
        "通知联系人截止 " + time.local(notifyDue) + "，二线响应截止 " + time.local(responseDue) + "，首次报告截止 "
            + time.local(firstReportDue) + "（故障发生于 " + time.local(faultAt) + "）" + "，状态更新每 " + execution.getVariable(Var.UPDATE_INTERVAL_MINUTES) + " 分钟");
  }

  /** Timer of 现场恢复系统: {@code onsiteRestoreHours} from now (the engineer is on site) on its basis. */
  public Date onsiteRestoreDue(DelegateExecution execution) {
    return Date.from(due(execution, time.now(), Var.ONSITE_RESTORE_CLOCK, 60 * number(execution, Var.ONSITE_RESTORE_HOURS)));
  }

  private Instant due(DelegateExecution execution, Instant start, String clockVariable, long minutes) {
    Object basis = execution.getVariable(clockVariable);
    if (basis == null) {
      throw new IllegalStateException("Decision " + MajorIncidentProcess.CLOCK_DECISION + " gave no " + clockVariable);
    }
    return calendar.addMinutes((String) execution.getVariable(Var.SYSTEM), ClockBasis.of(basis),
        Boolean.TRUE.equals(execution.getVariable(Var.IMPORTANT_PERIOD)), start, minutes);
  }

  private static long number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof Number n)) {
      throw new IllegalStateException("Decision " + MajorIncidentProcess.CLOCK_DECISION + " gave no " + name);
    }
    return n.longValue();
  }
}
