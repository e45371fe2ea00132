package com.opsflow.scoring;

import java.util.List;

/**
 * One pre-filled line of an evaluation: a SPEC §5 item code ({@code score-item}'s {@code item}), how
 * often it happened in the period, the tickets or records behind it (ticket numbers, record ids), and a
 * Chinese explanation the evaluator reads. A line with {@code item == null} is information only
 * (e.g. "本周质检 3 次，平均 92 分"): shown, never scored.
 */
public record EvaluationEvidence(String item, int count, List<String> references, String explanation) {

  public EvaluationEvidence {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more: " + count);
    }
    references = references == null ? List.of() : List.copyOf(references);
  }

  public static EvaluationEvidence information(String explanation, List<String> references) {
    return new EvaluationEvidence(null, 0, references, explanation);
  }

  public boolean scored() {
    return item != null;
  }
}
