package com.opsflow.quality;

import com.opsflow.quality.QualityInspectionRegister.Inspection;
import com.opsflow.quality.QualityInspectionRegister.WeekFlag;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import java.time.LocalDate;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;

/**
 * Quality inspection in an engineer's evaluation: the inspected calls of the contract's system in weeks
 * starting in the period (averages, ticket numbers) and the weeks with too few inspections as information;
 * calls the rating decision gave an evaluation item (服务态度差) as that item, counted per call.
 */
@Component
class QualityInspectionEvidence implements EvaluationEvidenceSource {

  private final QualityInspectionRegister register;

  QualityInspectionEvidence(QualityInspectionRegister register) {
    this.register = register;
  }

  @Override
  public List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to) {
    List<EvaluationEvidence> lines = new ArrayList<>();
    List<Inspection> done = register.inspections(engineer, contract, from, to).stream()
        .filter(i -> QualityInspectionRegister.DONE.equals(i.status())).toList();
    if (!done.isEmpty()) {
      long failed = done.stream().filter(i -> QualityInspectionProcess.FAIL.equals(i.result())).count();
      lines.add(EvaluationEvidence.information("本期录音质检 " + done.size() + " 次，平均分：服务态度 "
          + average(done, Inspection::attitudeScore) + "，服务技巧 " + average(done, Inspection::skillScore)
          + "，技术能力 " + average(done, Inspection::technicalScore) + "，问题记录 "
          + average(done, Inspection::recordScore) + "；不合格 " + failed + " 次",
          done.stream().map(Inspection::ticketNumber).distinct().toList()));
    }
    done.stream().map(Inspection::evaluationItem).filter(Objects::nonNull).distinct().forEach(item -> {
      List<String> tickets = done.stream().filter(i -> item.equals(i.evaluationItem())).map(Inspection::ticketNumber)
          .toList();
      lines.add(new EvaluationEvidence(item, tickets.size(), tickets, "录音质检判定" + itemName(item) + "（"
          + tickets.size() + " 通）"));
    });
    List<WeekFlag> flags = register.flags(engineer, from, to);
    if (!flags.isEmpty()) {
      StringBuilder s = new StringBuilder("质检不足的周 " + flags.size() + " 个：");
      for (WeekFlag f : flags) {
        s.append(f.weekStart()).append(" 起（完成 ").append(f.inspectionsDone()).append(" 次，规定 ")
            .append(f.requiredCount()).append(" 次：").append(f.reason()).append("）；");
      }
      lines.add(EvaluationEvidence.information(s.toString(), flags.stream().map(WeekFlag::runNumber).toList()));
    }
    return lines;
  }

  static String itemName(String item) {
    return Arrays.stream(ScoreItem.values()).filter(i -> i.code().equals(item)).map(ScoreItem::label).findFirst()
        .orElse(item);
  }

  private static String average(List<Inspection> inspections, ToIntFunction<Inspection> score) {
    double avg = inspections.stream().mapToInt(score).average().orElse(0);
    return String.format("%.1f", avg);
  }
}
