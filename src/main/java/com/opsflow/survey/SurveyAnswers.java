package com.opsflow.survey;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of answers as the desk types them: one line per respondent,
 * "受访人,评分1,…,评分N[,意见]" with one rating 1–5 per question (5 非常满意 … 1 很不满意); the comment is
 * optional and may itself contain commas. Chinese commas and tabs separate too. Errors name the line.
 */
public final class SurveyAnswers {

  /** One respondent's answer. */
  public record Answer(String respondent, List<Integer> ratings, String comment) {
  }

  private static final String SEPARATOR = "[,，\\t]";

  private SurveyAnswers() {
  }

  public static List<Answer> parse(Object value, int questions) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(Var.ANSWERS, "字段 answers（调查答卷）必填：每行“受访人,评分1,…,评分" + questions
          + "[,意见]” / field 'answers' is required: one line per respondent");
    }
    List<Answer> answers = new ArrayList<>();
    String[] lines = value.toString().split("\\r?\\n|\\r");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty()) {
        answers.add(line(i + 1, line, questions));
      }
    }
    return answers;
  }

  /** One answer given field by field (REST). */
  public static Answer of(Object respondent, List<?> ratings, Object comment, int questions) {
    respondent = Fields.text(respondent, "respondent", "受访人", false);
    comment = Fields.text(comment, "comment", "意见和建议", true);
    if (respondent == null || respondent.toString().isBlank()) {
      throw new InvalidInputException("respondent", "字段 respondent（受访人）必填 / field 'respondent' is required");
    }
    if (respondent.toString().strip().length() > 100) {
      throw new InvalidInputException("respondent", "字段 respondent（受访人）超过 100 个字符 / field 'respondent' is too long");
    }
    if (ratings == null || ratings.size() != questions) {
      throw new InvalidInputException("ratings", "字段 ratings（评分）应有 " + questions + " 个 1–5 的评分，收到 "
          + (ratings == null ? 0 : ratings.size()) + " 个 / field 'ratings' needs " + questions + " ratings 1-5");
    }
    List<Integer> values = new ArrayList<>();
    for (Object r : ratings) {
      Integer rating = rating(r == null ? "" : r.toString());
      if (rating == null) {
        throw new InvalidInputException("ratings", "字段 ratings（评分）的值“" + r + "”不是 1–5 的整数 / field 'ratings':"
            + " '" + r + "' is not a whole number 1-5");
      }
      values.add(rating);
    }
    String text = comment == null || comment.toString().isBlank() ? null : comment.toString().strip();
    if (text != null && text.length() > 1000) {
      throw new InvalidInputException("comment", "字段 comment（意见和建议）超过 1000 个字符 / field 'comment' is too long");
    }
    return new Answer(respondent.toString().strip(), values, text);
  }

  private static Answer line(int no, String line, int questions) {
    String[] parts = line.split(SEPARATOR, -1);
    String respondent = parts[0].strip();
    if (respondent.isEmpty()) {
      throw lineError(no, line, "缺少受访人", "the respondent is missing");
    }
    if (respondent.length() > 100) {
      throw lineError(no, line, "受访人超过 100 个字符", "the respondent is longer than 100 characters");
    }
    if (parts.length - 1 < questions) {
      throw lineError(no, line, "应有 " + questions + " 个评分（1–5），收到 " + (parts.length - 1) + " 个",
          questions + " ratings 1-5 expected, " + (parts.length - 1) + " given");
    }
    List<Integer> ratings = new ArrayList<>();
    for (int q = 1; q <= questions; q++) {
      Integer rating = rating(parts[q]);
      if (rating == null) {
        throw lineError(no, line, "第 " + q + " 题的评分“" + parts[q].strip() + "”不是 1–5 的整数",
            "rating of question " + q + " '" + parts[q].strip() + "' is not a whole number 1-5");
      }
      ratings.add(rating);
    }
    StringBuilder comment = new StringBuilder();
    for (int p = questions + 1; p < parts.length; p++) {
      comment.append(p > questions + 1 ? "，" : "").append(parts[p].strip());
    }
    String text = comment.toString().strip();
    if (text.length() > 1000) {
      throw lineError(no, line, "意见超过 1000 个字符", "the comment is longer than 1000 characters");
    }
    return new Answer(respondent, ratings, text.isEmpty() ? null : text);
  }

  private static Integer rating(String text) {
    String t = text.strip();
    if (t.matches("[1-5]")) {
      return Integer.parseInt(t);
    }
    return null;
  }

  private static InvalidInputException lineError(int no, String line, String zh, String en) {
    String shown = line.length() > 60 ? line.substring(0, 60) + "…" : line;
    return new InvalidInputException(Var.ANSWERS, "字段 answers（调查答卷）第 " + no + " 行“" + shown + "”：" + zh
        + " / field 'answers' line " + no + ": " + en);
  }
}
