package com.opsflow.problem;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of the problem register, with its summary report (问题报告). */
public record Problem(
    String problemNumber,
    String problemType,
    String system,
    String systems,
    String status,
    String summary,
    String description,
    String processInstanceId,
    LocalDateTime createdAt,
    String createdBy,
    String rootCause,
    String workaround,
    String reviewConclusion,
    String approvalOutcome,
    String approvalNote,
    String approvedBy,
    String vendorChannel,
    LocalDateTime handedOverAt,
    LocalDateTime vendorDeadline,
    LocalDateTime vendorEscalationAt,
    String vendorReference,
    String vendorFixVersion,
    LocalDate vendorPlannedDate,
    String vendorAnswer,
    LocalDateTime vendorAnsweredAt,
    String vendorAnsweredBy,
    LocalDateTime vendorRemindedAt,
    LocalDateTime vendorEscalatedAt,
    Report report,
    LocalDateTime resolvedAt,
    LocalDateTime closedAt) {

  /** 问题报告: 现象, 原因, 临时方案, 最终方案, 厂商答复. */
  public record Report(String symptom, String cause, String workaround, String finalSolution, String vendorAnswer) {
  }
}
