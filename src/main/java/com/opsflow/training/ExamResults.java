package com.opsflow.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.intake.FormLists;
import com.opsflow.intake.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exam results of one round. The form sends them as a list (Camunda Forms dynamic list {@code examScores}, one
 * row {@code {trainee, score}} per trainee, pre-filled with the round's names; docs/adr/0010-lists-in-forms.md).
 * Tasks created before the list, and REST clients, may still send the text: one line "姓名,分数" per trainee (the
 * separator may also be a Chinese comma, a colon, a tab or spaces). Either way every trainee of the round must have
 * exactly one score, nobody else; a score is 0–100 with at most one decimal. Errors name the row or line.
 */
public final class ExamResults {

  private static final Pattern LINE = Pattern.compile("^(.+?)[\\s,，:：]+([^\\s,，:：]*)$");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCORES_FIELD = TrainingProcess.Var.EXAM_SCORES;
  /** Keys of one row of the list (form training-exam). */
  static final String TRAINEE = "trainee";
  static final String SCORE = "score";

  private ExamResults() {
  }

  /** The template the exam form starts with: each trainee of the round followed by a comma. */
  public static String template(List<String> trainees) {
    StringBuilder s = new StringBuilder();
    for (String t : trainees) {
      s.append(t).append(",\n");
    }
    return s.toString();
  }

  /** The rows the exam form's list starts with: each trainee of the round, no score yet (JSON array). */
  public static String rows(List<String> trainees) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String t : trainees) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(TRAINEE, t);
      row.put(SCORE, null);
      rows.add(row);
    }
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The scores as the exam task was completed: the list when it has a score (the list form), else the text (a task
   * opened before the list, or a REST client sending the text).
   */
  public static Map<String, BigDecimal> parse(Object list, Object text, List<String> roundTrainees) {
    return hasScore(list) ? parseRows(list, roundTrainees) : parse(text, roundTrainees);
  }

  /** Whether the list holds at least one score, i.e. somebody filled it in. */
  public static boolean hasScore(Object list) {
    if (list == null) {
      return false;
    }
    try {
      return FormLists.rows(list, SCORES_FIELD, "考试成绩").stream().anyMatch(r -> r instanceof Map<?, ?> m && m.get(SCORE) != null
          && !m.get(SCORE).toString().isBlank());
    } catch (InvalidInputException e) {
      return true; // not a list at all: parseRows says so
    }
  }

  /** @return score per trainee, in the round's order, from the list's rows; errors name the row */
  public static Map<String, BigDecimal> parseRows(Object value, List<String> roundTrainees) {
    List<?> rows = FormLists.rows(value, SCORES_FIELD, "考试成绩");
    if (rows.isEmpty()) {
      throw new InvalidInputException(SCORES_FIELD, "字段 examScores（考试成绩）必填：每名学员一行 / field 'examScores' is"
          + " required: one row per trainee");
    }
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    int no = 0;
    for (Object row : rows) {
      no++;
      if (!(row instanceof Map<?, ?> r)) {
        throw rowError(no, "", "每行应有学员和分数", "each row needs a trainee and a score");
      }
      String name = r.get(TRAINEE) == null ? "" : r.get(TRAINEE).toString().strip();
      Object raw = r.get(SCORE);
      if (name.isEmpty()) {
        throw rowError(no, name, "缺少学员姓名", "the trainee is missing");
      }
      if (!roundTrainees.contains(name)) {
        throw rowError(no, name, "学员“" + name + "”不在本轮考试名单中（" + String.join("、", roundTrainees) + "）",
            "'" + name + "' does not sit this round's exam");
      }
      if (scores.containsKey(name)) {
        throw rowError(no, name, "学员“" + name + "”的成绩重复", "'" + name + "' is listed twice");
      }
      if (raw == null || raw.toString().isBlank()) {
        throw rowError(no, name, "缺少分数", "the score is missing");
      }
      BigDecimal score;
      try {
        score = new BigDecimal(raw.toString().strip());
      } catch (NumberFormatException e) {
        throw rowError(no, name, "分数“" + raw + "”不是数字", "score '" + raw + "' is not a number");
      }
      if (!valid(score)) {
        throw rowError(no, name, "分数应为 0–100、最多一位小数", "the score must be 0-100 with at most one decimal");
      }
      scores.put(name, score);
    }
    return complete(SCORES_FIELD, "examScores", scores, roundTrainees);
  }

  private static boolean valid(BigDecimal score) {
    return score.signum() >= 0 && score.compareTo(HUNDRED) <= 0 && score.stripTrailingZeros().scale() <= 1;
  }

  private static Map<String, BigDecimal> complete(String field, String name, Map<String, BigDecimal> scores,
      List<String> roundTrainees) {
    List<String> missing = new ArrayList<>(roundTrainees);
    missing.removeAll(scores.keySet());
    if (!missing.isEmpty()) {
      throw new InvalidInputException(field, "字段 " + name + "（考试成绩）缺少学员的成绩：" + String.join("、", missing)
          + " / field '" + name + "': no score for " + String.join(", ", missing));
    }
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    roundTrainees.forEach(t -> ordered.put(t, scores.get(t)));
    return ordered;
  }

  private static InvalidInputException rowError(int no, String name, String zh, String en) {
    return new InvalidInputException(SCORES_FIELD, "字段 examScores（考试成绩）第 " + no + " 行" + (name.isEmpty() ? ""
        : "（" + name + "）") + "：" + zh + " / field 'examScores' row " + no + ": " + en);
  }

  /** @return score per trainee, in the round's order, from the text; errors name the line */
  public static Map<String, BigDecimal> parse(Object value, List<String> roundTrainees) {
    String field = TrainingProcess.Var.EXAM_RESULTS;
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "字段 examResults（考试成绩）必填：每行“姓名,分数” / field 'examResults' is"
          + " required: one line 'name,score' per trainee");
    }
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    String[] lines = value.toString().split("\\r?\\n|\\r");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int no = i + 1;
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw lineError(no, line, "应为“姓名,分数”", "expected 'name,score'");
      }
      String name = m.group(1).strip();
      String scoreText = m.group(2).strip();
      if (!roundTrainees.contains(name)) {
        throw lineError(no, line, "学员“" + name + "”不在本轮考试名单中（" + String.join("、", roundTrainees) + "）",
            "'" + name + "' does not sit this round's exam");
      }
      if (scores.containsKey(name)) {
        throw lineError(no, line, "学员“" + name + "”的成绩重复", "'" + name + "' is listed twice");
      }
      if (scoreText.isEmpty()) {
        throw lineError(no, line, "缺少分数", "the score is missing");
      }
      BigDecimal score;
      try {
        score = new BigDecimal(scoreText);
      } catch (NumberFormatException e) {
        throw lineError(no, line, "分数“" + scoreText + "”不是数字", "score '" + scoreText + "' is not a number");
      }
      if (!valid(score)) {
        throw lineError(no, line, "分数应为 0–100、最多一位小数", "the score must be 0-100 with at most one decimal");
      }
      scores.put(name, score);
    }
    return complete(field, "examResults", scores, roundTrainees);
  }

  private static InvalidInputException lineError(int no, String line, String zh, String en) {
    return new InvalidInputException(TrainingProcess.Var.EXAM_RESULTS, "字段 examResults（考试成绩）第 " + no + " 行“" + line
        + "”：" + zh + " / field 'examResults' line " + no + ": " + en);
  }
}
