package com.opsflow.quality;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.quality.QualityInspectionProcess.Var;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.intake.StartValidator;
import com.opsflow.ticket.TicketTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The start of one inspection (form quality-start, or the weekly dispatch): a resident engineer and a day
 * of the week to inspect; the week runs Monday to Sunday and may not lie in the future.
 */
@Component
class QualityStartValidator implements StartValidator {

  private final ResidentEngineers engineers;
  private final TicketTime time;

  QualityStartValidator(ResidentEngineers engineers, TicketTime time) {
    this.engineers = engineers;
    this.time = time;
  }

  @Override
  public String processKey() {
    return QualityInspectionProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    String engineer = Fields.requiredText(v, Var.ENGINEER, "被质检的驻场工程师", 64);
    TreeSet<String> resident = new TreeSet<>();
    engineers.all().values().forEach(resident::addAll);
    if (!resident.contains(engineer)) {
      throw new InvalidInputException(Var.ENGINEER, "字段 engineer（被质检的驻场工程师）：" + engineer + " 不是驻场工程师，"
          + "可选：" + resident + " / field 'engineer' must be a resident engineer, one of " + resident);
    }
    LocalDate day = date(v.get(Var.WEEK_OF));
    LocalDate weekStart = weekStart(day);
    if (weekStart.isAfter(weekStart(time.today()))) {
      throw new InvalidInputException(Var.WEEK_OF, "字段 weekOf（质检周）：" + day + " 所在的周还没有开始"
          + " / field 'weekOf' lies in a future week");
    }
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.ENGINEER, engineer);
    clean.put(Var.WEEK_OF, day.toString());
    clean.put(Var.WEEK_START, weekStart.toString());
    return clean;
  }

  /** Monday of the week of {@code day} (weeks run Monday to Sunday, as the bureau's working week). */
  static LocalDate weekStart(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(Var.WEEK_OF, "字段 weekOf（质检周）必填 / field 'weekOf' is required");
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(time.zone()).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Var.WEEK_OF, "字段 weekOf（质检周）应为日期 yyyy-MM-dd，收到 '" + text
          + "' / field 'weekOf' must be a date yyyy-MM-dd");
    }
  }
}
