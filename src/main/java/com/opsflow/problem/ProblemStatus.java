package com.opsflow.problem;

/** Where a problem stands; stored lower-case in the register. */
enum ProblemStatus {
  OPEN("open"),
  ANALYSED("analysed"),
  HANDED_OVER("handed-over"),
  VENDOR_ANSWERED("vendor-answered"),
  RESOLVED("resolved"),
  REJECTED("rejected");

  private final String code;

  ProblemStatus(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }
}
