package com.opsflow.major;

import static com.opsflow.major.MajorIncidentProcess.Var;

import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the duty clocks of a major incident from the decided figures. Major incidents run around the
 * clock (7×24), so the due dates are plain time, not working time.
 */
@Component("majorIncidentDuties")
class MajorIncidentDutiesDelegate implements JavaDelegate {

  private final TicketTime time;
  private final TicketService tickets;

  MajorIncidentDutiesDelegate(TicketTime time, TicketService tickets) {
    this.time = time;
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = time.now();
    Instant notifyDue = now.plus(Duration.ofMinutes(number(execution, Var.NOTIFY_MINUTES)));
    Instant responseDue = now.plus(Duration.ofMinutes(number(execution, Var.SECOND_LINE_RESPONSE_MINUTES)));
    Instant firstReportDue = now.plus(Duration.ofHours(number(execution, Var.FIRST_REPORT_HOURS)));
    execution.setVariable(Var.NOTIFY_DUE, Date.from(notifyDue));
    execution.setVariable(Var.RESPONSE_DUE, Date.from(responseDue));
    execution.setVariable(Var.FIRST_REPORT_DUE, Date.from(firstReportDue));
    tickets.event(execution.getProcessBusinessKey(), "major-duties-started", null,
        "通知联系人截止 " + time.local(notifyDue) + "，二线响应截止 " + time.local(responseDue) + "，首次报告截止 "
            + time.local(firstReportDue) + "，状态更新每 " + execution.getVariable(Var.UPDATE_INTERVAL_MINUTES) + " 分钟");
  }

  private static long number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof Number n)) {
      throw new IllegalStateException("Decision " + MajorIncidentProcess.CLOCK_DECISION + " gave no " + name);
    }
    return n.longValue();
  }
}
