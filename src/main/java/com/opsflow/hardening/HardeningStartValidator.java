package com.opsflow.hardening;

import com.opsflow.intake.StartValidator;
import com.opsflow.schedule.ScheduledStarts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts of {@code security-hardening}: by hand a system and schedule of operation-schedule; a run as the schedule sets it. */
@Component
class HardeningStartValidator implements StartValidator {

  private final ScheduledStarts starts;

  HardeningStartValidator(ScheduledStarts starts) {
    this.starts = starts;
  }

  @Override
  public String processKey() {
    return SecurityHardeningProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> variables) {
    return starts.validateManual(SecurityHardeningProcess.KEY, variables);
  }

  @Override
  public Map<String, Object> validate(String startEventId, Map<String, Object> variables) {
    return SecurityHardeningProcess.Element.RUN_DUE.equals(startEventId)
        ? starts.validateRun(SecurityHardeningProcess.KEY, variables) : validate(variables);
  }
}
