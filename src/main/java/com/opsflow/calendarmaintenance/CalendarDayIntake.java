package com.opsflow.calendarmaintenance;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.CalendarDayNotFoundException;
import com.opsflow.calendar.DayType;
import com.opsflow.calendarmaintenance.CalendarMaintenanceProcess.Var;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidators;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of 节假日维护 ({@code ${calendarDayIntake.accept(execution)}}): bureau IT keeps the holidays and
 * make-up workdays in Tasklist, behind the webapps' login, instead of raw REST calls (issue 16). The entry is saved
 * with the business calendar's own service in the starting transaction — the same one {@code /api/calendar} uses —
 * so a refused entry starts nothing; every node re-reads the calendar (its version counter). Only bureau-it may
 * start the process (AccessPolicy).
 */
@Component("calendarDayIntake")
public class CalendarDayIntake {

  private final BusinessCalendarService calendar;
  private final StartValidators validators;

  CalendarDayIntake(BusinessCalendarService calendar, StartValidators validators) {
    this.calendar = calendar;
    this.validators = validators;
  }

  public void accept(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    Map<String, Object> clean = new HashMap<>(validators.forProcess(CalendarMaintenanceProcess.KEY).orElseThrow()
        .validate(execution.getVariables()));
    LocalDate day = LocalDate.parse((String) clean.get(Var.DAY));
    String change = (String) clean.get(Var.CHANGE);
    String name = (String) clean.get(Var.NAME);
    String actor = CurrentUser.of(execution);
    if (CalendarMaintenanceProcess.REMOVE.equals(change)) {
      try {
        calendar.deleteDay(day);
      } catch (CalendarDayNotFoundException e) {
        throw new InvalidInputException(Var.DAY, "字段 day（日期）：" + day + " 没有节假日或调休设置，无需删除 / no calendar entry"
            + " on " + day);
      }
    } else {
      calendar.saveDay(day, CalendarMaintenanceProcess.HOLIDAY.equals(change) ? DayType.HOLIDAY : DayType.WORKDAY,
          name, actor);
    }
    clean.put(Var.RECORDED_BY, actor);
    execution.setVariables(clean);
    execution.setProcessBusinessKey("CAL-" + day);
  }
}
