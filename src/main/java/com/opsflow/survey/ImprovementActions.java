package com.opsflow.survey;

import com.opsflow.intake.FormLists;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Improvement actions decided from a survey. The form sends a dynamic list ({@code actionRows}, rows
 * {@code {group, action}}, the group one of {@link SatisfactionSurveyProcess#ACTION_GROUPS}; docs/adr/0010-lists-in-forms.md);
 * the text (tasks opened before the list, REST clients, pasted lines) has one action per line, which may start with the
 * responsible group ("二线技术支持：…" or "second-line: …"). Without a group the default group chosen in the form owns
 * the action. Errors name the row or line.
 */
public final class ImprovementActions {

  /** One action and the group that carries it out. */
  public record Action(String group, String text) {
  }

  private static final Pattern PREFIX = Pattern.compile("^([^:：]{1,20})[:：]\\s*(.+)$");
  static final int MAX_TEXT = 500;
  static final String LABEL = "改进措施";
  /** Keys of one row of the list (form survey-actions). */
  static final String GROUP = "group";
  static final String ACTION = "action";

  private ImprovementActions() {
  }

  public static List<Action> parse(Object value, String defaultGroup) {
    List<Action> actions = new ArrayList<>();
    if (value == null || value.toString().isBlank()) {
      return actions;
    }
    String[] lines = value.toString().split("\\r?\\n|\\r");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip().replaceFirst("^(\\d+[.、)]|[-*•])\\s*", "");
      if (line.isEmpty()) {
        continue;
      }
      String group = defaultGroup;
      String text = line;
      Matcher m = PREFIX.matcher(line);
      if (m.matches()) {
        String named = group(m.group(1).strip());
        if (named != null) {
          group = named;
          text = m.group(2).strip();
        }
      }
      if (text.length() > MAX_TEXT) {
        throw new InvalidInputException(Var.IMPROVEMENT_ACTIONS, "字段 improvementActions（改进措施）第 " + (i + 1)
            + " 行超过 " + MAX_TEXT + " 个字符 / field 'improvementActions' line " + (i + 1) + " is too long");
      }
      actions.add(new Action(group, text));
    }
    if (actions.size() > SatisfactionSurveyProcess.MAX_ACTIONS) {
      throw new InvalidInputException(Var.IMPROVEMENT_ACTIONS, "字段 improvementActions（改进措施）最多 "
          + SatisfactionSurveyProcess.MAX_ACTIONS + " 条 / field 'improvementActions': at most "
          + SatisfactionSurveyProcess.MAX_ACTIONS + " actions");
    }
    return actions;
  }

  /** The actions of the list's rows; rows nobody filled in are skipped. Errors name the row. */
  public static List<Action> parseRows(Object value, String defaultGroup) {
    List<Action> actions = new ArrayList<>();
    int no = 0;
    for (Object row : FormLists.rows(value, Var.ACTION_ROWS, LABEL)) {
      no++;
      if (!(row instanceof Map<?, ?> r)) {
        throw rowError(no, "每行应为一条措施：负责组和措施", "each row must be one action");
      }
      if (FormLists.isEmptyRow(r)) {
        continue; // a row added and left empty
      }
      String text = FormLists.text(r, ACTION);
      if (text == null) {
        throw rowError(no, "缺少措施", "the action is missing");
      }
      if (text.length() > MAX_TEXT) {
        throw rowError(no, "措施超过 " + MAX_TEXT + " 个字符", "the action is longer than " + MAX_TEXT + " characters");
      }
      String named = FormLists.text(r, GROUP);
      String group = named == null ? defaultGroup : group(named);
      if (group == null) {
        throw rowError(no, "负责组“" + named + "”无效，可选：" + String.join("、",
            SatisfactionSurveyProcess.ACTION_GROUPS.values()), "unknown group '" + named + "'");
      }
      actions.add(new Action(group, text));
    }
    return max(actions, Var.ACTION_ROWS);
  }

  /** The actions of both: the list's rows, then the text's lines (a form may hold both). */
  public static List<Action> parseAll(Object rows, Object text, String defaultGroup) {
    List<Action> actions = new ArrayList<>(parseRows(rows, defaultGroup));
    actions.addAll(parse(text, defaultGroup));
    return max(actions, Var.ACTION_ROWS);
  }

  private static List<Action> max(List<Action> actions, String field) {
    if (actions.size() > SatisfactionSurveyProcess.MAX_ACTIONS) {
      throw new InvalidInputException(field, "字段 " + field + "（改进措施）最多 " + SatisfactionSurveyProcess.MAX_ACTIONS
          + " 条 / field '" + field + "': at most " + SatisfactionSurveyProcess.MAX_ACTIONS + " actions");
    }
    return actions;
  }

  private static InvalidInputException rowError(int no, String zh, String en) {
    return new InvalidInputException(Var.ACTION_ROWS, "字段 " + Var.ACTION_ROWS + "（" + LABEL + "）第 " + no + " 行：" + zh
        + " / field '" + Var.ACTION_ROWS + "' row " + no + ": " + en);
  }

  /** A group id for an id or Chinese role name; null if the prefix names no group. */
  static String group(String name) {
    for (Map.Entry<String, String> e : SatisfactionSurveyProcess.ACTION_GROUPS.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) || e.getValue().equals(name)) {
        return e.getKey();
      }
    }
    return null;
  }
}
