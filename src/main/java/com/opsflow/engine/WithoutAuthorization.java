package com.opsflow.engine;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Engine work that must not depend on the acting user's rights: a step that starts or correlates another process,
 * reassigns tasks or looks a user up runs as the user who completed the task, and a start validator runs before the
 * engine checks anything. Camunda's public API cannot suspend its authorization checks, so the command context (an
 * {@code impl} class) is named here only (issue 11).
 */
public final class WithoutAuthorization {

  private WithoutAuthorization() {
  }

  /** Inside the engine's current command (a delegate, listener or step bean): runs {@code work} there, unchecked. */
  public static <T> T inCurrentCommand(Callable<T> work) {
    return Context.getCommandContext().runWithoutAuthorization(work);
  }

  /** Outside any engine command (a controller, a start validator): runs {@code work} as a new command, unchecked. */
  public static <T> T inNewCommand(ProcessEngineConfiguration configuration, Callable<T> work) {
    return ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work));
  }

  /** Whether the caller runs inside an engine command. */
  public static boolean insideCommand() {
    return Context.getCommandContext() != null;
  }
}
