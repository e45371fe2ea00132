package com.opsflow.drdrill;

import com.opsflow.intake.StartValidator;
import com.opsflow.schedule.ScheduledStarts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts of {@code dr-drill}: by hand a system and schedule of operation-schedule; a run as the schedule sets it. */
@Component
class DrDrillStartValidator implements StartValidator {

  private final ScheduledStarts starts;

  DrDrillStartValidator(ScheduledStarts starts) {
    this.starts = starts;
  }

  @Override
  public String processKey() {
    return DrDrillProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> variables) {
    return starts.validateManual(DrDrillProcess.KEY, variables);
  }

  @Override
  public Map<String, Object> validate(String startEventId, Map<String, Object> variables) {
    return DrDrillProcess.Element.RUN_DUE.equals(startEventId)
        ? starts.validateRun(DrDrillProcess.KEY, variables) : validate(variables);
  }
}
