package com.opsflow.report;

import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.scoring.ScoringDecisions;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SPEC §5 {@code report-late} 月（季）报不及时提交 (A-5.5.1, B-2.6.1) from the delivered reports: every monthly or
 * quarterly report of the contract whose period lies in the evaluated one and that went out after its due time.
 * The seeds score the engineer; the report is the team's — it is pre-filled for each engineer of the contract and
 * the evaluator confirms or corrects it (whom it is charged to is the bureau's to confirm, 待确认).
 */
@Component
class ReportLateEvidence implements EvaluationEvidenceSource {

  private final ReportDeliveryRegister register;

  ReportLateEvidence(ReportDeliveryRegister register) {
    this.register = register;
  }

  @Override
  public List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to) {
    List<ReportDeliveryRegister.Delivery> late = register.lateReports(contract, from, to);
    if (late.isEmpty()) {
      return List.of();
    }
    return List.of(new EvaluationEvidence(ScoringDecisions.ScoreItem.REPORT_LATE.code(), late.size(),
        late.stream().map(ReportDeliveryRegister.Delivery::number).toList(),
        "月（季）报未按时提交：" + String.join("、", late.stream().map(d -> d.number() + "（" + d.period() + "，应于 "
            + d.dueAt() + " 前，" + d.sentAt() + " 提交）").toList())));
  }
}
