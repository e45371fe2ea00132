package com.opsflow.intake;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Remembers, per request thread, the exception with which the engine refused the last command, so
 * {@link EngineErrorFilter} can answer the webapps' and engine-rest's generic 500 with the status the
 * failure deserves (a concurrent change 409, a refused input 400/403) and no internal text. The engine's
 * REST layer sees only its own exception types; a command interceptor is the engine's one hook that sees
 * the cause of every failed command (engine internals: no public API for it).
 */
@Component
class EngineFailures extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<RuntimeException> LAST = new ThreadLocal<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        try {
          return next.execute(command);
        } catch (RuntimeException e) {
          LAST.set(e);
          throw e;
        }
      }
    });
  }

  static void clear() {
    LAST.remove();
  }

  /** The last refused command's exception on this thread, if any since {@link #clear()}. */
  static RuntimeException last() {
    return LAST.get();
  }
}
