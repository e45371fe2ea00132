package com.opsflow.training;

import com.opsflow.intake.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The trainees of a plan as typed in the form's textarea: one name per line, or separated by commas
 * (also Chinese ，、；). Blank entries are skipped; a name twice is refused (results are per name).
 */
public final class TraineeList {

  static final String SEPARATORS = "[\\r\\n,，、;；]+";
  static final int MAX_NAME = 64;
  /**
   * Longest list, one name per line: process variables hold at most 4000 characters and the exam text adds
   * a score to every name.
   */
  static final int MAX_TEXT = 2500;

  private TraineeList() {
  }

  public static List<String> parse(Object value) {
    String field = TrainingProcess.Var.TRAINEES;
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 trainees（培训对象）必填：每行一个姓名，或用逗号分隔 / field 'trainees' is"
          + " required: one name per line or comma-separated");
    }
    Set<String> names = new LinkedHashSet<>();
    for (String part : value.toString().split(SEPARATORS)) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (name.length() > MAX_NAME) {
        throw new InvalidInputException(field, "字段 trainees（培训对象）：姓名“" + name + "”超过 " + MAX_NAME
            + " 个字符 / field 'trainees': a name is longer than " + MAX_NAME + " characters");
      }
      if (!names.add(name)) {
        throw new InvalidInputException(field, "字段 trainees（培训对象）：学员“" + name + "”重复 / field 'trainees':"
            + " '" + name + "' is listed twice");
      }
    }
    if (names.isEmpty()) {
      throw new InvalidInputException(field, "字段 trainees（培训对象）必填：每行一个姓名，或用逗号分隔 / field 'trainees' is"
          + " required");
    }
    if (names.size() > TrainingProcess.MAX_TRAINEES) {
      throw new InvalidInputException(field, "字段 trainees（培训对象）最多 " + TrainingProcess.MAX_TRAINEES + " 人，收到 "
          + names.size() + " 人 / field 'trainees': at most " + TrainingProcess.MAX_TRAINEES + " trainees");
    }
    if (lines(new ArrayList<>(names)).length() > MAX_TEXT) {
      throw new InvalidInputException(field, "字段 trainees（培训对象）名单过长（超过 " + MAX_TEXT + " 个字符），请分批培训"
          + " / field 'trainees': the list is longer than " + MAX_TEXT + " characters");
    }
    return new ArrayList<>(names);
  }

  /** The form's text for a list: one name per line. */
  public static String lines(List<String> names) {
    return String.join("\n", names);
  }
}
