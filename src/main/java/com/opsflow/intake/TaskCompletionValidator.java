package com.opsflow.intake;

import java.util.Map;

/**
 * A rule for completing one user task beyond what its form states (e.g. four-eyes, references that
 * must exist). The REST filter calls it for engine-rest and Tasklist completions, so bad input gets
 * a 4xx naming the field instead of the engine's 500.
 */
public interface TaskCompletionValidator {

  /** The task being completed or claimed: a rule resting on facts (registers, history) looks them up by it. */
  record TaskRef(String taskId, String processInstanceId, String businessKey, String assignee) {
  }

  String processKey();

  String taskDefinitionKey();

  /**
   * @param userId the user completing the task (null if unknown)
   * @param assignee the task's assignee
   * @throws InvalidInputException naming the field (or {@link ActionNotAllowedException}: 403)
   */
  void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current);

  /**
   * The same with the task itself: rules that rest on facts (who wrote the plan, in the register) rather
   * than on a process variable override this one.
   */
  default void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    validate(userId, task.assignee(), submitted, current);
  }

  /**
   * A claim or assignment of the task to {@code claimant} (REST {@code /task/{id}/claim} or
   * {@code /assignee}); nothing by default.
   *
   * @throws ActionNotAllowedException when the user may not take the task (403)
   */
  default void validateClaim(String claimant, Map<String, Object> current) {
  }

  /** The same with the task itself (see {@link #validate(TaskRef, String, Map, Map)}). */
  default void validateClaim(TaskRef task, String claimant, Map<String, Object> current) {
    validateClaim(claimant, current);
  }
}
