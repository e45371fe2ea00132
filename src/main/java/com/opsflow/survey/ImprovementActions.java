package com.opsflow.survey;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Improvement actions decided from a survey: one per line; a line may start with the responsible group
 * ("二线技术支持：…" or "second-line: …"), else the default group chosen in the form owns it.
 */
public final class ImprovementActions {

  /** One action and the group that carries it out. */
  public record Action(String group, String text) {
  }

  private static final Pattern PREFIX = Pattern.compile("^([^:：]{1,20})[:：]\\s*(.+)$");
  static final int MAX_TEXT = 500;

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
