package com.opsflow.survey;

import com.opsflow.survey.SurveyRegister.StoredAnswer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a survey (汇总整理调查结果): average rating per question, satisfaction rate (share of
 * ratings of {@value SatisfactionSurveyProcess#SATISFIED_FROM} or 5 among all ratings), the comments.
 */
public record SurveySummary(int respondents, List<String> questions, List<BigDecimal> averages, BigDecimal average,
    BigDecimal satisfactionRate, List<String> comments) {

  public static SurveySummary of(List<String> questions, List<StoredAnswer> answers) {
    List<BigDecimal> averages = new ArrayList<>();
    int all = 0;
    int satisfied = 0;
    int sum = 0;
    for (int q = 0; q < questions.size(); q++) {
      int qSum = 0;
      int n = 0;
      for (StoredAnswer a : answers) {
        if (q < a.ratings().size()) {
          int r = a.ratings().get(q);
          qSum += r;
          n++;
          if (r >= SatisfactionSurveyProcess.SATISFIED_FROM) {
            satisfied++;
          }
        }
      }
      sum += qSum;
      all += n;
      averages.add(n == 0 ? null : BigDecimal.valueOf(qSum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
    }
    BigDecimal average = all == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
    BigDecimal rate = all == 0 ? null : BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(all), 1,
        RoundingMode.HALF_UP);
    List<String> comments = answers.stream().filter(a -> a.comment() != null)
        .map(a -> a.respondent() + "：" + a.comment()).toList();
    return new SurveySummary(answers.size(), List.copyOf(questions), averages, average, rate, comments);
  }

  /** The summary as the decision task and the mail show it. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append("回收答卷：").append(respondents).append(" 份\n");
    if (respondents == 0) {
      s.append("调查期内未回收到答卷。\n");
      return s.toString();
    }
    s.append("满意度（评 4–5 分的比例）：").append(satisfactionRate.toPlainString()).append("%\n");
    s.append("总平均分：").append(average.toPlainString()).append(" / 5\n");
    for (int q = 0; q < questions.size(); q++) {
      s.append(q + 1).append(". ").append(questions.get(q)).append("：平均 ")
          .append(averages.get(q) == null ? "—" : averages.get(q).toPlainString()).append(" 分\n");
    }
    if (!comments.isEmpty()) {
      s.append("意见和建议：\n");
      comments.forEach(c -> s.append("- ").append(c).append('\n'));
    }
    return s.toString();
  }
}
