package com.opsflow.evaluation;

import com.opsflow.intake.InvalidInputException;

/**
 * The period is already evaluated (or being evaluated): 409 on OpsFlow's /api; through the engine's
 * REST API (Tasklist start) it is a 400 naming the field {@code period}, as every refused start.
 */
public class EvaluationConflictException extends InvalidInputException {

  EvaluationConflictException(String message) {
    super(ServiceEvaluationProcess.Var.PERIOD, message);
  }

  static EvaluationConflictException taken(EvaluationRegister.Evaluation e) {
    String state = EvaluationRegister.SCORED.equals(e.status()) ? "已评分（" + e.score() + " 分）" : "正在考评";
    return new EvaluationConflictException(e.engineer() + " 在 " + e.contract() + " 合同 " + e.period() + " 的考评" + state
        + "，考评单 " + e.evaluationNumber() + "；同一期不能重复评分 / the period " + e.period() + " of " + e.engineer()
        + " on " + e.contract() + " is already " + (EvaluationRegister.SCORED.equals(e.status()) ? "scored" : "being scored")
        + " (" + e.evaluationNumber() + ")");
  }
}
