package com.opsflow.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The task completion validators of all processes, by process key and task definition key. */
@Component
public class TaskCompletionValidators {

  private final List<TaskCompletionValidator> validators;

  TaskCompletionValidators(List<TaskCompletionValidator> validators) {
    this.validators = List.copyOf(validators);
  }

  public Optional<TaskCompletionValidator> forTask(String processKey, String taskDefinitionKey) {
    return validators.stream().filter(v -> v.processKey().equals(processKey)
        && v.taskDefinitionKey().equals(taskDefinitionKey)).findFirst();
  }
}
