package com.opsflow.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a Camunda Form states for its fields (required, allowed values, length, pattern, e-mail),
 * checked on the server for a submission that did not come through the form: the REST API sees the
 * same rules as Tasklist users. Hidden fields are skipped; the condition forms we use,
 * {@code =field != "value"} and {@code =field = "value"}, are understood, any other keeps the field
 * unchecked rather than guess. Text fields follow {@link Fields#text}: a textfield takes one line, a
 * textarea several.
 */
public final class FormRules {

  private static final Pattern CONDITION = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");
  private static final String DYNAMIC_LIST = "dynamiclist";
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final JsonNode form;

  private FormRules(JsonNode form) {
    this.form = form;
  }

  public static FormRules of(InputStream formJson, ObjectMapper mapper) throws IOException {
    return new FormRules(mapper.readTree(formJson));
  }

  /**
   * @param submitted the variables sent with the completion
   * @param current the variables the task already sees (for conditions and fields not sent again)
   * @throws InvalidInputException naming the first field that breaks a rule
   */
  public void check(Map<String, Object> submitted, Map<String, Object> current) {
    for (JsonNode field : fields(form.path("components"))) {
      String key = key(field);
      if (key == null || field.path("readonly").asBoolean(false) || hidden(field, submitted, current)) {
        continue;
      }
      String label = field.path("label").asText(key);
      Object value = submitted.containsKey(key) ? submitted.get(key) : current.get(key);
      JsonNode validate = field.path("validate");
      boolean blank = value == null || value.toString().isBlank();
      if (validate.path("required").asBoolean(false) && blank) {
        throw new InvalidInputException(key, "字段 " + key + "（" + label + "）必填 / field '" + key + "' is required");
      }
      if (blank || !submitted.containsKey(key)) {
        continue;
      }
      String type = field.path("type").asText();
      if ("textfield".equals(type) || "textarea".equals(type)) {
        Fields.text(value, key, label, "textarea".equals(type));
      }
      String text = value.toString();
      if (field.has("values")) {
        List<String> allowed = new ArrayList<>();
        field.get("values").forEach(v -> allowed.add(v.path("value").asText()));
        if (!allowed.contains(text)) {
          throw new InvalidInputException(key, "字段 " + key + "（" + label + "）的值 '" + text + "' 无效，可选值：" + allowed
              + " / field '" + key + "' has unknown value '" + text + "', expected one of " + allowed);
        }
      }
      if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
        throw new InvalidInputException(key, "字段 " + key + "（" + label + "）超过 " + validate.get("maxLength").asInt()
            + " 个字符 / field '" + key + "' is too long");
      }
      if (validate.has("pattern") && !Pattern.compile(validate.get("pattern").asText()).matcher(text).find()) {
        throw new InvalidInputException(key, "字段 " + key + "（" + label + "）格式不正确 / field '" + key
            + "' does not match " + validate.get("pattern").asText());
      }
      if ("email".equals(validate.path("validationType").asText()) && !EMAIL.matcher(text).matches()) {
        throw new InvalidInputException(key, "字段 " + key + "（" + label + "）不是有效的邮箱地址 / field '" + key
            + "' is not a valid e-mail address");
      }
    }
  }

  /**
   * What a completion may write (issue 9): only the form's editable fields. A variable that is no field of
   * the form is refused with 403 naming it — a task candidate cannot rewrite what the process decides on
   * (authors, due dates, addresses). Read-only fields are shown, never written back: sent unchanged (as
   * Tasklist does) they are returned to be dropped from the request; sent changed they are refused.
   *
   * @return the read-only fields in {@code submitted}, to drop before the engine sees them
   * @throws ActionNotAllowedException naming the first variable the completion may not write
   */
  public Set<String> checkWritable(Map<String, Object> submitted, Map<String, Object> current) {
    Set<String> editable = new LinkedHashSet<>();
    Set<String> readonly = new LinkedHashSet<>();
    for (JsonNode field : fields(form.path("components"))) {
      String key = key(field);
      if (key != null) {
        (field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false) ? readonly : editable).add(key);
      }
    }
    readonly.removeAll(editable);
    Set<String> drop = new LinkedHashSet<>();
    for (Map.Entry<String, Object> entry : submitted.entrySet()) {
      String key = entry.getKey();
      if (editable.contains(key)) {
        continue;
      }
      if (readonly.contains(key) && unchanged(entry.getValue(), current.get(key))) {
        drop.add(key);
        continue;
      }
      throw new ActionNotAllowedException(key, (readonly.contains(key) ? "字段 " + key + " 在本任务表单中只读" : "变量 " + key
          + " 不是本任务表单中的字段") + "，办理任务时不能修改或删除 / variable '" + key + "' is "
          + (readonly.contains(key) ? "read-only in" : "no field of") + " this task's form and cannot be changed by"
          + " completing it");
    }
    return drop;
  }

  /** A read-only value sent back as shown; values the form cannot show faithfully (dates, JSON) count as shown. */
  private static boolean unchanged(Object sent, Object stored) {
    if (sent == null || sent.toString().isEmpty()) {
      return stored == null || stored.toString().isEmpty();
    }
    if (stored instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).compareTo(new BigDecimal(sent.toString().strip())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (stored == null || stored instanceof String || stored instanceof Boolean) {
      return sent.toString().equals(stored == null ? "" : stored.toString());
    }
    return true;
  }

  private static boolean hidden(JsonNode field, Map<String, Object> submitted, Map<String, Object> current) {
    String hide = field.path("conditional").path("hide").asText(null);
    if (hide == null) {
      return false;
    }
    Matcher m = CONDITION.matcher(hide);
    if (!m.matches()) {
      return true; // a condition we do not read: leave the field to the form
    }
    Object actual = submitted.containsKey(m.group(1)) ? submitted.get(m.group(1)) : current.get(m.group(1));
    boolean equal = m.group(3).equals(actual == null ? null : actual.toString());
    return "=".equals(m.group(2)) == equal;
  }

  /** A field's variable: its key, or the path of a dynamic list (one list variable, its rows checked by the process). */
  private static String key(JsonNode field) {
    return DYNAMIC_LIST.equals(field.path("type").asText()) ? field.path("path").asText(null)
        : field.path("key").asText(null);
  }

  private static List<JsonNode> fields(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : components) {
      all.add(c);
      if (c.has("components") && !DYNAMIC_LIST.equals(c.path("type").asText())) {
        all.addAll(fields(c.get("components")));
      }
    }
    return all;
  }
}
