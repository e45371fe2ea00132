package com.opsflow.calendarmaintenance;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendarmaintenance.CalendarMaintenanceProcess.Var;
import com.opsflow.intake.Fields;
import com.opsflow.intake.StartValidator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The form 节假日维护 (calendar-maintenance-start): the date, what it becomes, its name. */
@Component
class CalendarDayStartValidator implements StartValidator {

  private final BusinessCalendarService calendar;

  CalendarDayStartValidator(BusinessCalendarService calendar) {
    this.calendar = calendar;
  }

  @Override
  public String processKey() {
    return CalendarMaintenanceProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.DAY, Fields.requiredDate(v, Var.DAY, "日期", calendar.zone()).toString());
    clean.put(Var.CHANGE, Fields.oneOf(v, Var.CHANGE, "设置", new LinkedHashSet<>(CalendarMaintenanceProcess.CHANGES)));
    clean.put(Var.NAME, Fields.optionalText(v, Var.NAME, "名称", 100));
    return clean;
  }
}
