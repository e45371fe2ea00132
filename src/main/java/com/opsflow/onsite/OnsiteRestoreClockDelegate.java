package com.opsflow.onsite;

import com.opsflow.engine.CurrentUser;

import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.calendar.ClockBasis;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 启动恢复时限计时: the engineer's recorded arrival plus {@code onsiteRestoreHours} (DMN
 * major-incident-clock), counted on {@code onsiteRestoreClock}, is when the fault must be restored; the timer on 现场分析与处理 waits for it.
 */
@Component("startOnsiteRestoreClock")
class OnsiteRestoreClockDelegate implements JavaDelegate {

  private final OnsiteService onsite;

  OnsiteRestoreClockDelegate(OnsiteService onsite) {
    this.onsite = onsite;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Number hours = (Number) execution.getVariable(Var.ONSITE_RESTORE_HOURS);
    Instant due = onsite.recordArrival(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.REQUEST_TYPE), (String) execution.getVariable(Var.ENGINEER),
        execution.getVariable(Var.ARRIVED_AT), (String) execution.getVariable(Var.SYSTEM),
        ClockBasis.of(execution.getVariable(Var.ONSITE_RESTORE_CLOCK)),
        Boolean.TRUE.equals(execution.getVariable(Var.IMPORTANT_PERIOD)), hours.intValue(), CurrentUser.of(execution));
    execution.setVariable(Var.RESTORE_DUE, Date.from(due));
  }
}
