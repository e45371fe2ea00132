package com.opsflow.training;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pass rate in percent with one decimal, cut (not rounded) so that 89.96 % never reads as 90 %. */
public final class PassRate {

  private PassRate() {
  }

  public static BigDecimal of(int passed, int all) {
    if (all <= 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(passed).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(all), 1,
        RoundingMode.DOWN);
  }
}
