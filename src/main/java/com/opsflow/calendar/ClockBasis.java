package com.opsflow.calendar;

import java.util.Arrays;

/**
 * What an SLA figure counts: working time on the system's business calendar, or natural time
 * (7×24, e.g. the hotline of and B-2.2 item 1). The decisions give one per figure.
 */
public enum ClockBasis {
  WORKING("working", "工作时间"),
  NATURAL("natural", "自然时间");

  private final String code;
  private final String label;

  ClockBasis(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Chinese label, as tickets and mails show it. */
  public String label() {
    return label;
  }

  /**
   * @throws IllegalStateException for anything but a known code: a decision without a basis is a broken
   *     model, not a reason to guess
   */
  public static ClockBasis of(Object code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown clock basis '" + code + "' (working|natural)"));
  }
}
