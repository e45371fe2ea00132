package com.opsflow.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs a step as a user of some groups, as Tasklist or REST would for that user, and forgets the user afterwards
 * even when the step fails: the one place tests set the engine's authentication ({@link ProcessDriver#as} uses it).
 */
public final class Acting {

  private Acting() {
  }

  public static <T> T as(IdentityService identity, String user, List<String> groups, Supplier<T> action) {
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public static void as(IdentityService identity, String user, List<String> groups, Runnable action) {
    as(identity, user, groups, () -> {
      action.run();
      return null;
    });
  }
}
