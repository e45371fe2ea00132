package com.opsflow.complaint;

import com.opsflow.complaint.ComplaintRegister.Complaint;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import java.time.LocalDate;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Complaints about an engineer in their evaluation: those the rating decision gave an item (属实的服务态度投诉 →
 * poor-attitude) as that item with the complaint numbers; every other complaint of the period as information.
 */
@Component
class ComplaintEvidence implements EvaluationEvidenceSource {

  private final ComplaintRegister register;

  ComplaintEvidence(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to) {
    List<Complaint> complaints = register.about(engineer, contract, from, to);
    List<EvaluationEvidence> lines = new ArrayList<>();
    complaints.stream().map(Complaint::evaluationItem).filter(Objects::nonNull).distinct().forEach(item -> {
      List<String> numbers = complaints.stream().filter(c -> item.equals(c.evaluationItem()))
          .map(Complaint::complaintNumber).toList();
      lines.add(new EvaluationEvidence(item, numbers.size(), numbers, "调查属实的投诉，计“" + itemName(item) + "” "
          + numbers.size() + " 件"));
    });
    List<Complaint> others = complaints.stream().filter(c -> c.evaluationItem() == null).toList();
    if (!others.isEmpty()) {
      StringBuilder s = new StringBuilder("本期其他投诉 " + others.size() + " 件（不计分，供参考）：");
      for (Complaint c : others) {
        s.append(c.complaintNumber()).append(" ").append(state(c)).append("；");
      }
      lines.add(EvaluationEvidence.information(s.toString(), others.stream().map(Complaint::complaintNumber).toList()));
    }
    return lines;
  }

  private static String itemName(String item) {
    return Arrays.stream(ScoreItem.values()).filter(i -> i.code().equals(item)).map(ScoreItem::label).findFirst()
        .orElse(item);
  }

  private static String state(Complaint c) {
    String category = c.category() == null ? "" : Complaints.CATEGORY_NAMES.getOrDefault(c.category(), c.category());
    if (c.substantiated() == null) {
      return "调查中" + (category.isEmpty() ? "" : "（" + category + "）");
    }
    return (c.substantiated() ? "属实" : "不属实") + (category.isEmpty() ? "" : "（" + category + "）");
  }
}
