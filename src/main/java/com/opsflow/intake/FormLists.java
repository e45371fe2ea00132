package com.opsflow.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The rows of a form's dynamic list (docs/adr/0010-lists-in-forms.md): what Tasklist sends is a Json (Spin) variable
 * holding a JSON array of row objects, a REST client may send the JSON text, a Java caller a {@code List} of
 * {@code Map}s. Features read rows through here, never through Spin's API, and check each row themselves.
 */
public final class FormLists {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormLists() {
  }

  /**
   * @param value the variable (null or blank: no rows)
   * @param field the list's path, named in the error
   * @param label the list's Chinese label, named in the error
   * @throws InvalidInputException when the value is no list
   */
  public static List<?> rows(Object value, String field, String label) {
    if (value instanceof List<?> list) {
      return list;
    }
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    try {
      // a Json (Spin) variable prints as its JSON text
      Object parsed = JSON.readValue(value.toString(), Object.class);
      if (parsed instanceof List<?> list) {
        return list;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    throw new InvalidInputException(field, "字段 " + field + "（" + label + "）须为列表 / field '" + field
        + "' must be a list");
  }

  /** Whether a row holds nothing (every value null, blank or false): a row the form added and nobody filled in. */
  public static boolean isEmptyRow(Map<?, ?> row) {
    return row.values().stream().allMatch(v -> v == null || v.toString().isBlank() || Boolean.FALSE.equals(v));
  }

  /** A row's value as trimmed text; null when missing or blank. Whole numbers from JSON lose their ".0". */
  public static String text(Map<?, ?> row, String key) {
    Object value = row.get(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && !Double.isInfinite(n.doubleValue())
        && Math.abs(n.doubleValue()) < 1e15) {
      return String.valueOf(n.longValue());
    }
    return value.toString().strip();
  }
}
