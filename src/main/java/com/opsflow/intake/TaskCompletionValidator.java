package com.opsflow.intake;

import java.util.Map;

/**
 * A completion rule of one user task that its Camunda Form cannot state (a user who must belong to a
 * group, a time that must lie in the past). The REST filter applies it before the engine sees the
 * completion (400 naming the field); the process should repeat it in a task listener for every other way in.
 */
public interface TaskCompletionValidator {

  String processKey();

  String taskDefinitionKey();

  /**
   * @param variables the task's current variables overlaid with the submitted ones
   * @throws InvalidInputException naming the first bad field
   */
  void validate(Map<String, Object> variables);
}
