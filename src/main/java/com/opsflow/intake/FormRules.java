package com.opsflow.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      String key = field.path("key").asText(null);
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

  private static List<JsonNode> fields(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : components) {
      all.add(c);
      if (c.has("components")) {
        all.addAll(fields(c.get("components")));
      }
    }
    return all;
  }
}
