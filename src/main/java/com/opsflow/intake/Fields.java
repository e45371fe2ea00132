package com.opsflow.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Small checks shared by start validators; each failure names the field and says what is expected. */
public final class Fields {

  private Fields() {
  }

  /**
   * Reads a JSON request body of OpsFlow's /api with {@code reader} and refuses any property the reader
   * never looked at (a {@code businessKey}, a misspelt field): silently ignoring it would let the
   * caller believe it was taken.
   *
   * @throws InvalidInputException naming the first unknown property
   */
  public static <T> T knownPropertiesOnly(Map<String, Object> body, Function<Map<String, Object>, T> reader) {
    ReadTrackingMap tracked = new ReadTrackingMap(body);
    T result = reader.apply(tracked);
    Set<String> unknown = new TreeSet<>(body.keySet());
    unknown.removeAll(tracked.read);
    if (!unknown.isEmpty()) {
      String field = unknown.iterator().next();
      throw new InvalidInputException(field, "未知字段 " + field + "，请求未被接受 / unknown property '" + field
          + "'; the request was not accepted");
    }
    return result;
  }

  /** A read-only view of a body that remembers which keys were asked for. */
  private static final class ReadTrackingMap extends AbstractMap<String, Object> {

    private final Map<String, Object> body;
    private final Set<String> read = new HashSet<>();

    ReadTrackingMap(Map<String, Object> body) {
      this.body = body;
    }

    @Override
    public Object get(Object key) {
      read.add(String.valueOf(key));
      return body.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      read.add(String.valueOf(key));
      return body.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      read.addAll(body.keySet()); // whoever walks all entries takes them all
      return java.util.Collections.unmodifiableMap(body).entrySet();
    }
  }

  /** A required single-line text (a name, title, summary, id): no line breaks, no control characters. */
  public static String requiredText(Map<String, Object> variables, String field, String label, int maxLength) {
    return required(variables, field, label, maxLength, false);
  }

  /** An optional single-line text; {@code null} when absent or blank. */
  public static String optionalText(Map<String, Object> variables, String field, String label, int maxLength) {
    return optional(variables, field, label, maxLength, false);
  }

  /** A required multi-line text (a description, notes, steps): line breaks and tabs allowed, other controls not. */
  public static String requiredLines(Map<String, Object> variables, String field, String label, int maxLength) {
    return required(variables, field, label, maxLength, true);
  }

  /** An optional multi-line text; {@code null} when absent or blank. */
  public static String optionalLines(Map<String, Object> variables, String field, String label, int maxLength) {
    return optional(variables, field, label, maxLength, true);
  }

  private static String required(Map<String, Object> variables, String field, String label, int maxLength,
      boolean multiLine) {
    String value = text(variables.get(field), field, label, multiLine);
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填 / field '" + field + "' is required");
    }
    return checkLength(field, label, value.trim(), maxLength);
  }

  private static String optional(Map<String, Object> variables, String field, String label, int maxLength,
      boolean multiLine) {
    String value = text(variables.get(field), field, label, multiLine);
    if (value == null || value.isBlank()) {
      return null;
    }
    return checkLength(field, label, value.trim(), maxLength);
  }

  /**
   * The one rule for text input on every way in: a text field holds a string (not a number, boolean,
   * object or list, which would otherwise be stored as "123", "{x=1}" or "[a, b]"), and no control
   * characters: NUL and the other C0 controls and DEL are refused everywhere; line feed, carriage return
   * and tab only in multi-line fields.
   *
   * @return the string, or {@code null} for a missing value
   * @throws InvalidInputException naming the field
   */
  public static String text(Object value, String field, String label, boolean multiLine) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof CharSequence)) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）应为文本，收到" + kindZh(value)
          + " / field '" + field + "' must be text, not " + kindEn(value));
    }
    String text = value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c == 0x7f;
      boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
      if (control && !(multiLine && lineBreakOrTab)) {
        throw new InvalidInputException(field, "字段 " + field + "（" + label + "）含有不允许的控制字符"
            + (lineBreakOrTab ? "（换行或制表符，此字段只能填一行）" : "") + " / field '" + field
            + "' contains a control character (U+" + String.format("%04X", (int) c) + ")"
            + (lineBreakOrTab ? "; it takes a single line" : ""));
      }
    }
    return text;
  }

  private static String kindZh(Object value) {
    if (value instanceof Number) {
      return "数字";
    }
    if (value instanceof Boolean) {
      return "布尔值";
    }
    if (value instanceof Map) {
      return "对象";
    }
    if (value instanceof Iterable || value.getClass().isArray()) {
      return "列表";
    }
    return " " + value.getClass().getSimpleName();
  }

  private static String kindEn(Object value) {
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof Iterable || value.getClass().isArray()) {
      return "a list";
    }
    return "a " + value.getClass().getSimpleName();
  }

  public static String oneOf(Map<String, Object> variables, String field, String label, Set<String> allowed) {
    Object value = text(variables.get(field), field, label, false);
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
