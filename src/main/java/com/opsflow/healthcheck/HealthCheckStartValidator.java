package com.opsflow.healthcheck;

import com.opsflow.intake.StartValidator;
import com.opsflow.schedule.ScheduledStarts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts of {@code health-check}: by hand a system and schedule of operation-schedule; a run as the schedule sets it. */
@Component
class HealthCheckStartValidator implements StartValidator {

  private final ScheduledStarts starts;

  HealthCheckStartValidator(ScheduledStarts starts) {
    this.starts = starts;
  }

  @Override
  public String processKey() {
    return HealthCheckProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> variables) {
    return starts.validateManual(HealthCheckProcess.KEY, variables);
  }

  @Override
  public Map<String, Object> validate(String startEventId, Map<String, Object> variables) {
    return HealthCheckProcess.Element.RUN_DUE.equals(startEventId)
        ? starts.validateRun(HealthCheckProcess.KEY, variables) : validate(variables);
  }
}
