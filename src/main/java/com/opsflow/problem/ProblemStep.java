package com.opsflow.problem;

import java.util.Arrays;

/** What a "record on problem" task records; the code is what the model names in {@code problemStep}. */
enum ProblemStep {
  REGISTERED("registered"),
  ANALYSED("analysed"),
  APPROVAL_RECORDED("approval-recorded"),
  REJECTED("rejected"),
  HANDED_OVER("handed-over"),
  VENDOR_REMINDED("vendor-reminded"),
  VENDOR_ESCALATED("vendor-escalated"),
  VENDOR_ANSWERED("vendor-answered"),
  RESOLVED("resolved");

  private final String code;

  ProblemStep(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  static ProblemStep of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown problem step '" + code + "'"));
  }
}
