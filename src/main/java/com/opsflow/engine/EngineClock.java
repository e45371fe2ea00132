package com.opsflow.engine;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, which timers fire by and tests move: OpsFlow stamps and counts with it so both agree. Camunda
 * has no public API to read it, so {@code ClockUtil} (an {@code impl} class) is named here only (issue 11).
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
