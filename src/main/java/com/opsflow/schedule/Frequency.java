package com.opsflow.schedule;

import java.util.Locale;

/** How often a scheduled operation recurs (DMN output {@code frequency} of {@code operation-schedule}). */
public enum Frequency {
  DAILY("每日"), WEEKLY("每周"), MONTHLY("每月"), QUARTERLY("每季度"), YEARLY("每年"), HALF_YEAR("每半年");

  private final String label;

  Frequency(String label) {
    this.label = label;
  }

  /** The Chinese name users read. */
  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Frequency of(String code) {
    if (code == null) {
      throw new IllegalArgumentException("frequency is required");
    }
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
