package com.opsflow.importantperiod;

import static com.opsflow.importantperiod.ImportantPeriodProcess.Var;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.ticket.SupportedSystems;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The form 申报重要时期 (important-period-start): the system, from, to, and why. */
@Component
class ImportantPeriodStartValidator implements StartValidator {

  private final BusinessCalendarService calendar;

  ImportantPeriodStartValidator(BusinessCalendarService calendar) {
    this.calendar = calendar;
  }

  @Override
  public String processKey() {
    return ImportantPeriodProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(SupportedSystems.CODES)));
    Instant from = Fields.requiredDateTime(v.get(Var.FROM), Var.FROM, "开始时间", calendar.zone());
    Instant to = Fields.requiredDateTime(v.get(Var.TO), Var.TO, "结束时间", calendar.zone());
    if (!to.isAfter(from)) {
      throw new InvalidInputException(Var.TO, "字段 " + Var.TO + "（结束时间）必须晚于开始时间 / field '" + Var.TO
          + "' must be after '" + Var.FROM + "'");
    }
    clean.put(Var.FROM, java.util.Date.from(from));
    clean.put(Var.TO, java.util.Date.from(to));
    clean.put(Var.REASON, Fields.requiredLines(v, Var.REASON, "原因", 500));
    return clean;
  }
}
