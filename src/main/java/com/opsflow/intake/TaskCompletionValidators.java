package com.opsflow.intake;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The task completion validators of all processes. */
@Component
public class TaskCompletionValidators {

  private final List<TaskCompletionValidator> validators;

  TaskCompletionValidators(List<TaskCompletionValidator> validators) {
    this.validators = List.copyOf(validators);
  }

  public Stream<TaskCompletionValidator> forTask(String processKey, String taskDefinitionKey) {
    return validators.stream()
        .filter(v -> v.processKey().equals(processKey) && v.taskDefinitionKey().equals(taskDefinitionKey));
  }
}
