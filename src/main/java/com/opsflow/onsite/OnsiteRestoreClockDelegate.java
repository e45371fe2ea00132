package com.opsflow.onsite;

import com.opsflow.engine.CurrentUser;

import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.calendar.ClockBasis;
import com.opsflow.onsite.OnsiteSupportProcess.Typed;
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
    Instant due = onsite.recordArrival(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        Typed.REQUEST_TYPE.get(execution), Typed.ENGINEER.get(execution), execution.getVariable(Var.ARRIVED_AT),
        Typed.SYSTEM.get(execution), ClockBasis.of(execution.getVariable(Var.ONSITE_RESTORE_CLOCK)),
        Boolean.TRUE.equals(Typed.IMPORTANT_PERIOD.get(execution)), Typed.ONSITE_RESTORE_HOURS.require(execution),
        CurrentUser.of(execution));
    Typed.RESTORE_DUE.set(execution, Date.from(due));
  }
}
