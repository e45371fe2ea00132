package com.opsflow.backup;

import com.opsflow.intake.StartValidator;
import com.opsflow.schedule.ScheduledStarts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts of {@code backup}: by hand a system and schedule of operation-schedule; a run as the schedule sets it. */
@Component
class BackupStartValidator implements StartValidator {

  private final ScheduledStarts starts;

  BackupStartValidator(ScheduledStarts starts) {
    this.starts = starts;
  }

  @Override
  public String processKey() {
    return BackupProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> variables) {
    return starts.validateManual(BackupProcess.KEY, variables);
  }

  @Override
  public Map<String, Object> validate(String startEventId, Map<String, Object> variables) {
    return BackupProcess.Element.RUN_DUE.equals(startEventId) ? starts.validateRun(BackupProcess.KEY, variables)
        : validate(variables);
  }
}
