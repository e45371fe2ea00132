package com.opsflow.calendarmaintenance;

import com.opsflow.calendarmaintenance.CalendarMaintenanceService.Recorded;
import com.opsflow.engine.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of 节假日维护 ({@code ${calendarDayIntake.accept(execution)}}): bureau IT keeps the holidays and
 * make-up workdays in Tasklist, behind the webapps' login, instead of raw REST calls (issue 16). The entry is saved
 * by {@link CalendarMaintenanceService} in the starting transaction, so a refused entry starts nothing; every node
 * re-reads the calendar (its version counter). Only bureau-it may start the process (AccessPolicy).
 */
@Component("calendarDayIntake")
public class CalendarDayIntake {

  private final CalendarMaintenanceService service;

  CalendarDayIntake(CalendarMaintenanceService service) {
    this.service = service;
  }

  public void accept(DelegateExecution execution) {
    Recorded recorded = service.record(execution.getProcessBusinessKey(), execution.getVariables(),
        CurrentUser.of(execution));
    execution.setVariables(recorded.variables());
    execution.setProcessBusinessKey(recorded.businessKey());
  }
}
