package com.opsflow.survey;

import com.opsflow.intake.Fields;
import com.opsflow.intake.FormLists;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch of answers as the desk enters them. The form sends a list (Camunda Forms dynamic list {@code answerRows},
 * one row {@code {respondent, q1…qN, comment}} per respondent; docs/adr/0010-lists-in-forms.md); tasks opened before
 * the list, and REST clients, may still send the text: one line per respondent, "受访人,评分1,…,评分N[,意见]". Either
 * way one rating 1–5 per question (5 非常满意 … 1 很不满意), the comment optional. In the text Chinese commas and tabs
 * separate too and the comment may itself contain commas. Errors name the row or line.
 */
public final class SurveyAnswers {

  /** One respondent's answer. */
  public record Answer(String respondent, List<Integer> ratings, String comment) {
  }

  private static final String SEPARATOR = "[,，\\t]";
  /** Keys of one row of the list (form survey-answers); question n is {@code q<n>}. */
  static final String RESPONDENT = "respondent";
  static final String COMMENT = "comment";
  static final String QUESTION_PREFIX = "q";

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

  /** The answers of the list's rows; rows nobody filled in are skipped. Errors name the row. */
  public static List<Answer> parseRows(Object value, int questions) {
    List<Answer> answers = new ArrayList<>();
    int no = 0;
    for (Object row : FormLists.rows(value, Var.ANSWER_ROWS, "调查答卷")) {
      no++;
      if (!(row instanceof Map<?, ?> r)) {
        throw rowError(no, "每行应为一份答卷", "each row must be one answer");
      }
      if (r.values().stream().allMatch(v -> v == null || v.toString().isBlank())) {
        continue; // a row added and left empty
      }
      String respondent = r.get(RESPONDENT) == null ? "" : r.get(RESPONDENT).toString().strip();
      if (respondent.isEmpty()) {
        throw rowError(no, "缺少受访人", "the respondent is missing");
      }
      if (respondent.length() > 100 || respondent.contains("\n")) {
        throw rowError(no, "受访人应为一行、不超过 100 个字符", "the respondent must be one line of at most 100 characters");
      }
      List<Integer> ratings = new ArrayList<>();
      for (int q = 1; q <= questions; q++) {
        Object given = r.get(QUESTION_PREFIX + q);
        Integer rating = given == null ? null : rating(given instanceof Number n && n.doubleValue() == n.intValue()
            ? String.valueOf(n.intValue()) : given.toString());
        if (rating == null) {
          throw rowError(no, "第 " + q + " 题" + (given == null || given.toString().isBlank() ? "缺少评分"
              : "的评分“" + given + "”不是 1–5 的整数"), "rating of question " + q + " missing or not a whole number 1-5");
        }
        ratings.add(rating);
      }
      String comment = r.get(COMMENT) == null ? "" : r.get(COMMENT).toString().strip();
      if (comment.length() > 1000) {
        throw rowError(no, "意见超过 1000 个字符", "the comment is longer than 1000 characters");
      }
      answers.add(new Answer(respondent, ratings, comment.isEmpty() ? null : comment));
    }
    return answers;
  }

  private static InvalidInputException rowError(int no, String zh, String en) {
    return new InvalidInputException(Var.ANSWER_ROWS, "字段 answerRows（调查答卷）第 " + no + " 行：" + zh
        + " / field 'answerRows' row " + no + ": " + en);
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
