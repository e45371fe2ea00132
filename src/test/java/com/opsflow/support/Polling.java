package com.opsflow.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition on other processes (nodes, job executors) with a deadline; the assertion is the condition. */
public final class Polling {

  @FunctionalInterface
  public interface Condition {
    boolean holds() throws Exception;
  }

  private Polling() {
  }

  /** Returns as soon as {@code condition} holds; fails naming {@code what} and {@code diagnostics} at the deadline. */
  public static void await(String what, Duration limit, Condition condition, Supplier<String> diagnostics)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      if (condition.holds()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit + ": " + what + "\n" + diagnostics.get());
      }
      Thread.sleep(250);
    }
  }
}
