package com.opsflow.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A source of the counts OpsFlow already knows for an engineer's evaluation period (SLA breaches,
 * leave, quality-inspection results, complaints, knowledge work…). Every Spring bean implementing it
 * is asked when the evaluator's form is pre-filled; the evaluator confirms or corrects each count.
 */
public interface EvaluationEvidenceSource {

  /**
   * The evidence for {@code engineer} (a user id) on {@code contract} ({@code tips}, {@code oa},
   * {@code invoice}) in the period {@code [from, to)} (dates in the bureau's time zone).
   */
  List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to);
}
