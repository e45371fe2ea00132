package com.opsflow.training;

import com.opsflow.training.TrainingProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Trainings the seeds make compulsory (B-2.3.12: "在新系统上线，或应用系统技术、业务发生重大变更时必须进行"):
 * other processes call {@code ${trainingTriggers.…}} and a training starts by message; its plan comes from
 * 填写培训计划 (team lead).
 */
@Component("trainingTriggers")
public class TrainingTriggers {

  /** Variable the calling process gets: the number of the training it started. */
  public static final String TRAINING_NUMBER = "trainingNumber";

  private final TrainingService service;

  TrainingTriggers(TrainingService service) {
    this.service = service;
  }

  /** After a major change was implemented and monitored without a problem (change.bpmn, 发起运维培训). */
  public void afterMajorChange(DelegateExecution execution) {
    String change = execution.getProcessBusinessKey();
    start(execution, change, TrainingService.reasonAfterMajorChange(change, Typed.SUMMARY.get(execution)));
  }

  /**
   * After an application migration was switched over and monitored (migration.bpmn, 发起运维培训): the application system
   * goes live on its new software and middleware — B-2.3.12「新系统上线」. The seeds name no register of systems, so a
   * completed application migration is the event where a system becomes new to the team.
   */
  public void afterMigration(DelegateExecution execution) {
    String migration = execution.getProcessBusinessKey();
    start(execution, migration, TrainingService.reasonAfterMigration(migration, Typed.SUMMARY.get(execution)));
  }

  /**
   * After a new version (release kind {@code version}) was upgraded in production and verified (release.bpmn, 发起运维培训):
   * B-2.3.12「应用系统技术、业务发生重大变更时必须进行」, and B-2.2 item 4 lists「新版本升级、开通、培训」. Patches do not.
   */
  public void afterNewVersion(DelegateExecution execution) {
    String release = execution.getProcessBusinessKey();
    start(execution, release, TrainingService.reasonAfterNewVersion(release, Typed.RELEASE_VERSION.get(execution),
        Typed.SUMMARY.get(execution)));
  }

  private void start(DelegateExecution execution, String sourceTicket, String reason) {
    ProcessInstance training = execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(TrainingProcess.REQUIRED_MESSAGE)
        .setVariables(TrainingService.requiredTraining(Typed.SYSTEM.get(execution), reason, sourceTicket))
        .correlateStartMessage();
    Typed.TRAINING_NUMBER.set(execution, training.getBusinessKey());
    service.started(sourceTicket, training.getBusinessKey());
  }
}
