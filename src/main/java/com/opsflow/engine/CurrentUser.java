package com.opsflow.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who the engine acts for, in one place (issue 11): the user of the current engine call (Tasklist, REST, a test's
 * {@code setAuthentication}). {@link Authentication} is the engine's public return type of
 * {@code IdentityService.getCurrentAuthentication()}, though it lives in an {@code impl} package; this is the only
 * class of OpsFlow's features that names it.
 */
public final class CurrentUser {

  private CurrentUser() {
  }

  /** The user the task is worked by: the user the engine acts for, else the task's assignee. */
  public static String of(DelegateTask task) {
    String user = of(task.getProcessEngineServices().getIdentityService());
    return user != null ? user : task.getAssignee();
  }

  /** The user the engine acts for in this execution, or null (a timer, an asynchronous step). */
  public static String of(DelegateExecution execution) {
    return of(execution.getProcessEngineServices().getIdentityService());
  }

  /** The user the engine acts for in this execution, or {@code fallback}. */
  public static String of(DelegateExecution execution, String fallback) {
    String user = of(execution);
    return user != null ? user : fallback;
  }

  /** The user the engine acts for (REST controllers run under the caller's authentication), or null. */
  public static String of(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** The groups of the user the engine acts for; empty when nobody is authenticated. */
  public static java.util.List<String> groups(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? java.util.List.of()
        : java.util.List.copyOf(authentication.getGroupIds());
  }

  /** Whether the user the engine acts for is in one of {@code groups}. */
  public static boolean inAny(IdentityService identity, java.util.Collection<String> groups) {
    return groups(identity).stream().anyMatch(groups::contains);
  }

  /**
   * Runs {@code work} with nobody authenticated (configuration reads — schedules, thresholds, targets — and existence
   * checks that must not depend on the caller's rights), then restores the caller.
   */
  public static <T> T withoutAuthentication(IdentityService identity, java.util.function.Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
