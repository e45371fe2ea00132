package com.opsflow.training;

import com.opsflow.intake.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exam results of one round as typed in the form: one line "姓名,分数" per trainee (the separator may
 * also be a Chinese comma, a colon, a tab or spaces). Every trainee of the round must have exactly one
 * line, nobody else; a score is 0–100 with at most one decimal. Errors name the line.
 */
public final class ExamResults {

  private static final Pattern LINE = Pattern.compile("^(.+?)[\\s,，:：]+([^\\s,，:：]*)$");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

  /** @return score per trainee, in the round's order */
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
      if (score.signum() < 0 || score.compareTo(HUNDRED) > 0 || score.stripTrailingZeros().scale() > 1) {
        throw lineError(no, line, "分数应为 0–100、最多一位小数", "the score must be 0-100 with at most one decimal");
      }
      scores.put(name, score);
    }
    List<String> missing = new ArrayList<>(roundTrainees);
    missing.removeAll(scores.keySet());
    if (!missing.isEmpty()) {
      throw new InvalidInputException(field, "字段 examResults（考试成绩）缺少学员的成绩：" + String.join("、", missing)
          + " / field 'examResults': no score for " + String.join(", ", missing));
    }
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    roundTrainees.forEach(t -> ordered.put(t, scores.get(t)));
    return ordered;
  }

  private static InvalidInputException lineError(int no, String line, String zh, String en) {
    return new InvalidInputException(TrainingProcess.Var.EXAM_RESULTS, "字段 examResults（考试成绩）第 " + no + " 行“" + line
        + "”：" + zh + " / field 'examResults' line " + no + ": " + en);
  }
}
