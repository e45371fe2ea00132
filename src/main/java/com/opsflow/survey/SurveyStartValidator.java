package com.opsflow.survey;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The survey plan (form survey-start, 确定调查计划和内容 B-2.3.13(3)1): system, title, survey period, who is
 * asked, who asks, and the questions (one per line, each answered with a rating 1–5).
 */
@Component
class SurveyStartValidator implements StartValidator {

  /** All questions together: the numbered list is a process variable (at most 4000 characters). */
  static final int MAX_QUESTIONS_TEXT = 3500;

  private final TicketTime time;

  SurveyStartValidator(TicketTime time) {
    this.time = time;
  }

  @Override
  public String processKey() {
    return SatisfactionSurveyProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(SatisfactionSurveyProcess.SYSTEMS)));
    clean.put(Var.TITLE, Fields.requiredText(v, Var.TITLE, "调查主题", 200));
    LocalDate from = date(v, Var.PERIOD_FROM, "调查开始日期");
    LocalDate to = date(v, Var.PERIOD_TO, "调查结束日期");
    if (to.isBefore(from)) {
      throw new InvalidInputException(Var.PERIOD_TO, "字段 periodTo（调查结束日期）不能早于开始日期 " + from
          + " / field 'periodTo' must not be before periodFrom");
    }
    if (to.isBefore(time.today())) {
      throw new InvalidInputException(Var.PERIOD_TO, "字段 periodTo（调查结束日期）不能早于今天 " + time.today()
          + " / field 'periodTo' must not be in the past");
    }
    clean.put(Var.PERIOD_FROM, from.toString());
    clean.put(Var.PERIOD_TO, to.toString());
    clean.put(Var.RESPONDENTS, Fields.requiredLines(v, Var.RESPONDENTS, "被调查人员", 2000));
    clean.put(Var.SURVEYOR, Fields.requiredText(v, Var.SURVEYOR, "调查人员", 100));
    clean.put(Var.QUESTIONS, String.join("\n", questions(v.get(Var.QUESTIONS))));
    return clean;
  }

  static List<String> questions(Object value) {
    List<String> questions = new ArrayList<>();
    if (value != null) {
      for (String line : value.toString().split("\\r?\\n|\\r")) {
        String q = line.strip().replaceFirst("^\\d+[.、)]\\s*", "");
        if (q.isEmpty()) {
          continue;
        }
        if (q.length() > 500) {
          throw new InvalidInputException(Var.QUESTIONS, "字段 questions（调查问题）第 " + (questions.size() + 1)
              + " 题超过 500 个字符 / field 'questions': a question is longer than 500 characters");
        }
        questions.add(q);
      }
    }
    if (String.join("\n", questions).length() > MAX_QUESTIONS_TEXT) {
      throw new InvalidInputException(Var.QUESTIONS, "字段 questions（调查问题）合计超过 " + MAX_QUESTIONS_TEXT
          + " 个字符，请精简 / field 'questions' is longer than " + MAX_QUESTIONS_TEXT + " characters in all");
    }
    if (questions.isEmpty()) {
      throw new InvalidInputException(Var.QUESTIONS, "字段 questions（调查问题）必填：每行一个问题 / field 'questions' is"
          + " required: one question per line");
    }
    if (questions.size() > SatisfactionSurveyProcess.MAX_QUESTIONS) {
      throw new InvalidInputException(Var.QUESTIONS, "字段 questions（调查问题）最多 " + SatisfactionSurveyProcess.MAX_QUESTIONS
          + " 题，收到 " + questions.size() + " 题 / field 'questions': at most " + SatisfactionSurveyProcess.MAX_QUESTIONS);
    }
    return questions;
  }

  private LocalDate date(Map<String, Object> v, String field, String label) {
    return Fields.requiredDate(v, field, label, time.zone());
  }
}
