package com.opsflow.calendarmaintenance;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.CalendarDayNotFoundException;
import com.opsflow.calendar.DayType;
import com.opsflow.calendarmaintenance.CalendarMaintenanceProcess.Var;
import com.opsflow.intake.InvalidInputException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 节假日维护 on plain values (issue 16): a holiday, a make-up workday or the removal of an entry, checked by the start
 * form's rules and saved with the business calendar's own service — the one {@code /api/calendar} uses.
 */
@Service
class CalendarMaintenanceService {

  private final BusinessCalendarService calendar;
  private final CalendarDayStartValidator validator;

  CalendarMaintenanceService(BusinessCalendarService calendar, CalendarDayStartValidator validator) {
    this.calendar = calendar;
    this.validator = validator;
  }

  /** The entry as recorded: the checked variables (with who recorded it) and the business key {@code CAL-<day>}. */
  record Recorded(Map<String, Object> variables, String businessKey) {
  }

  /** Saves or removes the day the start form names; {@code businessKey} must be empty (the key is the day's). */
  Recorded record(String businessKey, Map<String, Object> submitted, String actor) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    Map<String, Object> clean = new HashMap<>(validator.validate(submitted));
    LocalDate day = LocalDate.parse((String) clean.get(Var.DAY));
    String change = (String) clean.get(Var.CHANGE);
    if (CalendarMaintenanceProcess.REMOVE.equals(change)) {
      try {
        calendar.deleteDay(day);
      } catch (CalendarDayNotFoundException e) {
        throw new InvalidInputException(Var.DAY, "字段 day（日期）：" + day + " 没有节假日或调休设置，无需删除 / no calendar entry"
            + " on " + day);
      }
    } else {
      calendar.saveDay(day, CalendarMaintenanceProcess.HOLIDAY.equals(change) ? DayType.HOLIDAY : DayType.WORKDAY,
          (String) clean.get(Var.NAME), actor);
    }
    clean.put(Var.RECORDED_BY, actor);
    return new Recorded(clean, "CAL-" + day);
  }
}
