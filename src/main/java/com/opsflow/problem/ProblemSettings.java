package com.opsflow.problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Vendor answer deadlines when second line sets none (opsflow.problem.* in application.yaml). */
@Component
class ProblemSettings {

  private final int vendorAnswerDays;
  private final int vendorEscalationDays;

  ProblemSettings(@Value("${opsflow.problem.vendor-answer-days:5}") int vendorAnswerDays,
      @Value("${opsflow.problem.vendor-escalation-days:2}") int vendorEscalationDays) {
    this.vendorAnswerDays = vendorAnswerDays;
    this.vendorEscalationDays = vendorEscalationDays;
  }

  /** Days the vendor has to answer when the hand-off names no date. */
  int vendorAnswerDays() {
    return vendorAnswerDays;
  }

  /** Days after the answer deadline at which overdue vendor work goes to team lead and project manager. */
  int vendorEscalationDays() {
    return vendorEscalationDays;
  }
}
