package com.opsflow.risk;

import com.opsflow.intake.StartValidator;
import com.opsflow.schedule.ScheduledStarts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts of {@code risk-review}: by hand a system and schedule of operation-schedule; a run as the schedule sets it. */
@Component
class RiskReviewStartValidator implements StartValidator {

  private final ScheduledStarts starts;

  RiskReviewStartValidator(ScheduledStarts starts) {
    this.starts = starts;
  }

  @Override
  public String processKey() {
    return RiskReviewProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> variables) {
    return starts.validateManual(RiskReviewProcess.KEY, variables);
  }

  @Override
  public Map<String, Object> validate(String startEventId, Map<String, Object> variables) {
    return RiskReviewProcess.Element.RUN_DUE.equals(startEventId) ? starts.validateRun(RiskReviewProcess.KEY, variables)
        : validate(variables);
  }
}
