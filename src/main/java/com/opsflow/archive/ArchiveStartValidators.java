package com.opsflow.archive;

import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.StartValidator;
import com.opsflow.schedule.ScheduledStarts;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Start checks of the three archive processes (a 400 naming the field on every way in). */
@Configuration(proxyBeanMethods = false)
class ArchiveStartValidators {

  /** {@code archive}: by hand a system and the schedule of operation-schedule; a run as the schedule sets it. */
  @Bean
  StartValidator archiveStartValidator(ScheduledStarts starts) {
    return new StartValidator() {
      @Override
      public String processKey() {
        return ArchiveProcess.KEY;
      }

      @Override
      public Map<String, Object> validate(Map<String, Object> variables) {
        return starts.validateManual(ArchiveProcess.KEY, variables);
      }

      @Override
      public Map<String, Object> validate(String startEventId, Map<String, Object> variables) {
        return ArchiveProcess.Element.RUN_DUE.equals(startEventId) ? starts.validateRun(ArchiveProcess.KEY, variables)
            : validate(variables);
      }
    };
  }

  @Bean
  StartValidator archiveLoanStartValidator(ArchiveLoans loans, IdentityService identity,
      ProcessEngineConfiguration configuration) {
    return new StartValidator() {
      @Override
      public String processKey() {
        return ArchiveLoanProcess.KEY;
      }

      @Override
      public Map<String, Object> validate(Map<String, Object> variables) {
        // the requester may name a colleague they cannot list: looked up regardless of the caller's rights
        return loans.validateStart(variables, id -> WithoutAuthorization.inNewCommand(configuration,
            () -> identity.createUserQuery().userId(id).count() > 0));
      }
    };
  }

  @Bean
  StartValidator archiveChangeStartValidator(ArchiveChanges changes) {
    return new StartValidator() {
      @Override
      public String processKey() {
        return ArchiveChangeProcess.KEY;
      }

      @Override
      public Map<String, Object> validate(Map<String, Object> variables) {
        return changes.validateStart(variables);
      }
    };
  }
}
