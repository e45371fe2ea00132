package com.opsflow.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Set;

/** Small checks shared by start validators; each failure names the field and says what is expected. */
public final class Fields {

  private Fields() {
  }

  public static String requiredText(Map<String, Object> variables, String field, String label, int maxLength) {
    Object value = variables.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填 / field '" + field + "' is required");
    }
    return checkLength(field, label, value.toString().trim(), maxLength);
  }

  public static String optionalText(Map<String, Object> variables, String field, String label, int maxLength) {
    Object value = variables.get(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return checkLength(field, label, value.toString().trim(), maxLength);
  }

  public static String oneOf(Map<String, Object> variables, String field, String label, Set<String> allowed) {
    Object value = variables.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填，可选值：" + allowed
          + " / field '" + field + "' is required, one of " + allowed);
    }
    if (!allowed.contains(value.toString())) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）的值 '" + value + "' 无效，可选值：" + allowed
          + " / field '" + field + "' has unknown value '" + value + "', expected one of " + allowed);
    }
    return value.toString();
  }

  public static boolean optionalBoolean(Map<String, Object> variables, String field, String label) {
    Object value = variables.get(field);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equalsIgnoreCase(value.toString()) || "false".equalsIgnoreCase(value.toString())) {
      return Boolean.parseBoolean(value.toString());
    }
    throw new InvalidInputException(field, "字段 " + field + "（" + label + "）应为 true 或 false / field '" + field
        + "' must be a boolean");
  }

  public static String optionalEmail(Map<String, Object> variables, String field, String label) {
    String value = optionalText(variables, field, label, 200);
    if (value != null && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）不是有效的邮箱地址 / field '" + field
          + "' is not a valid e-mail address");
    }
    return value;
  }

  private static String checkLength(String field, String label, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）超过 " + maxLength + " 个字符 / field '"
          + field + "' is longer than " + maxLength + " characters");
    }
    return value;
  }

  /**
   * A required date-time: a {@link Date}, Camunda Forms' datetime string with offset
   * ("2026-11-23T22:00+08:00"), or one without offset, read in {@code zone} (the bureau's).
   */
  public static Instant requiredDateTime(Object value, String field, String label, ZoneId zone) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填 / field '" + field + "' is required");
    }
    String text = value.toString().trim();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(field, "字段 " + field + "（" + label + "）不是有效的日期时间，例如 2026-11-23T22:00+08:00"
            + " / field '" + field + "' is not a date-time such as 2026-11-23T22:00+08:00");
      }
    }
  }

  /** A required date: a {@link Date} (read in {@code zone}) or text starting with yyyy-MM-dd. */
  public static LocalDate requiredDate(Map<String, Object> variables, String field, String label, ZoneId zone) {
    Object value = variables.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填 / field '" + field + "' is required");
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(zone).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）应为日期 yyyy-MM-dd，收到 '" + text
          + "' / field '" + field + "' must be a date yyyy-MM-dd");
    }
  }
}
