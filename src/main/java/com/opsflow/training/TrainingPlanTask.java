package com.opsflow.training;

import com.opsflow.intake.TaskCompletionValidator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 填写培训计划 of a training the system started: REST and Tasklist completions get the start form's rules
 * (400 naming the field); the task's complete listener ({@link Trainings#planned}) applies them on every other
 * way in.
 */
@Component
class TrainingPlanTask implements TaskCompletionValidator {

  private final TrainingStartValidator plans;

  TrainingPlanTask(TrainingStartValidator plans) {
    this.plans = plans;
  }

  @Override
  public String processKey() {
    return TrainingProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return TrainingProcess.Element.PLAN;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    Map<String, Object> plan = new HashMap<>(current);
    plan.putAll(submitted);
    plans.validate(plan);
  }
}
