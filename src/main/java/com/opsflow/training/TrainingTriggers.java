package com.opsflow.training;

import com.opsflow.ticket.TicketService;
import com.opsflow.training.TrainingProcess.Var;
import java.util.HashMap;
import java.util.Map;
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

  private final TicketService tickets;

  TrainingTriggers(TicketService tickets) {
    this.tickets = tickets;
  }

  /** After a major change was implemented and monitored without a problem (change.bpmn, 发起运维培训). */
  public void afterMajorChange(DelegateExecution execution) {
    String change = execution.getProcessBusinessKey();
    String reason = "重大变更 " + change + " 已实施：" + execution.getVariable("summary")
        + "（B-2.3.12：应用系统技术、业务发生重大变更时必须进行内部培训）";
    String number = start(execution, (String) execution.getVariable(Var.SYSTEM), reason, change);
    execution.setVariable(TRAINING_NUMBER, number);
    tickets.event(change, "training-started", null, "已发起运维培训 " + number);
  }

  /**
   * After an application migration was switched over and monitored (migration.bpmn, 发起运维培训): the application system
   * goes live on its new software and middleware — B-2.3.12「新系统上线」. The seeds name no register of systems, so a
   * completed application migration is the event where a system becomes new to the team.
   */
  public void afterMigration(DelegateExecution execution) {
    String migration = execution.getProcessBusinessKey();
    String reason = "系统迁移 " + migration + " 已完成，应用系统在新环境上线：" + execution.getVariable("summary")
        + "（B-2.3.12：在新系统上线时必须进行内部培训）";
    String number = start(execution, (String) execution.getVariable(Var.SYSTEM), reason, migration);
    execution.setVariable(TRAINING_NUMBER, number);
    tickets.event(migration, "training-started", null, "已发起运维培训 " + number);
  }

  /**
   * After a new version (release kind {@code version}) was upgraded in production and verified (release.bpmn, 发起运维培训):
   * B-2.3.12「应用系统技术、业务发生重大变更时必须进行」, and B-2.2 item 4 lists「新版本升级、开通、培训」. Patches do not.
   */
  public void afterNewVersion(DelegateExecution execution) {
    String release = execution.getProcessBusinessKey();
    String reason = "新版本 " + execution.getVariable("releaseVersion") + "（发布单 " + release + "）已上线："
        + execution.getVariable("summary") + "（B-2.3.12：在新系统上线，或应用系统技术、业务发生重大变更时必须进行内部培训）";
    String number = start(execution, (String) execution.getVariable(Var.SYSTEM), reason, release);
    execution.setVariable(TRAINING_NUMBER, number);
    tickets.event(release, "training-started", null, "已发起运维培训 " + number);
  }

  private static String start(DelegateExecution execution, String system, String reason, String sourceTicket) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Var.SYSTEM, system);
    vars.put(Var.TRAINING_REASON, reason);
    vars.put(Var.SOURCE_TICKET, sourceTicket);
    ProcessInstance training = execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(TrainingProcess.REQUIRED_MESSAGE).setVariables(vars).correlateStartMessage();
    return training.getBusinessKey();
  }
}
