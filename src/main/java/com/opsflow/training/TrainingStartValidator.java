package com.opsflow.training;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.training.TrainingProcess.Var;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The training plan (form training-start): system, topic, time, place, teacher, material and trainees
 * (培训准备 B-2.3.12(2)); the pass mark defaults to {@code opsflow.training.pass-mark}.
 */
@Component
class TrainingStartValidator implements StartValidator {

  private final TicketTime time;
  private final BigDecimal defaultPassMark;

  TrainingStartValidator(TicketTime time, @Value("${opsflow.training.pass-mark:60}") BigDecimal defaultPassMark) {
    this.time = time;
    this.defaultPassMark = defaultPassMark;
  }

  @Override
  public String processKey() {
    return TrainingProcess.KEY;
  }

  /**
   * A start by message {@value TrainingProcess#REQUIRED_MESSAGE} carries only the system and the reason; the
   * plan follows in 填写培训计划 and is checked there by {@link #validate(Map)} as well.
   */
  @Override
  public Map<String, Object> validate(String startEventId, Map<String, Object> v) {
    if (!TrainingProcess.Element.START_REQUIRED.equals(startEventId)) {
      return validate(v);
    }
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(TrainingProcess.SYSTEMS)));
    clean.put(Var.TRAINING_REASON, Fields.requiredLines(v, Var.TRAINING_REASON, "发起事由", 1000));
    String source = Fields.optionalText(v, Var.SOURCE_TICKET, "来源工单", 40);
    clean.put(Var.SOURCE_TICKET, source == null ? "" : source);
    return clean;
  }

  /** The plan, from the start form or from 填写培训计划. */
  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(TrainingProcess.SYSTEMS)));
    clean.put(Var.TOPIC, Fields.requiredText(v, Var.TOPIC, "培训主题", 200));
    clean.put(Var.TRAINING_AT, trainingAt(v).toString());
    clean.put(Var.PLACE, Fields.requiredText(v, Var.PLACE, "培训地点", 200));
    clean.put(Var.TEACHER, Fields.requiredText(v, Var.TEACHER, "培训讲师", 100));
    clean.put(Var.MATERIAL, Fields.requiredLines(v, Var.MATERIAL, "培训教材与课件", 1000));
    clean.put(Var.TRAINEES, TraineeList.lines(TraineeList.parse(v.get(Var.TRAINEES))));
    clean.put(Var.PASS_MARK, passMark(v.get(Var.PASS_MARK)).doubleValue());
    return clean;
  }

  /** The planned start, local time of the bureau; the form sends it without zone, other callers may add one. */
  LocalDateTime trainingAt(Map<String, Object> v) {
    Object value = v.get(Var.TRAINING_AT);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(Var.TRAINING_AT, "字段 trainingAt（培训时间）必填 / field 'trainingAt' is required");
    }
    if (value instanceof Date d) {
      return time.local(d.toInstant()).withSecond(0).withNano(0);
    }
    String text = value.toString().trim();
    try {
      if (text.endsWith("Z")) {
        return time.local(Instant.parse(text));
      }
      if (text.matches(".*[+-]\\d{2}:\\d{2}$") && text.length() > 16) {
        return time.local(OffsetDateTime.parse(text).toInstant());
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atTime(9, 0);
      }
      return LocalDateTime.parse(text).withSecond(0).withNano(0);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Var.TRAINING_AT, "字段 trainingAt（培训时间）应为日期时间 yyyy-MM-ddTHH:mm，收到 '"
          + text + "' / field 'trainingAt' must be a date-time yyyy-MM-ddTHH:mm");
    }
  }

  BigDecimal passMark(Object value) {
    if (value == null || value.toString().isBlank()) {
      return defaultPassMark;
    }
    try {
      BigDecimal mark = new BigDecimal(value.toString().trim());
      if (mark.signum() > 0 && mark.compareTo(BigDecimal.valueOf(100)) <= 0) {
        return mark;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException(Var.PASS_MARK, "字段 passMark（及格分数）应为 1–100 的数字，收到 '" + value
        + "' / field 'passMark' must be a number from 1 to 100");
  }
}
