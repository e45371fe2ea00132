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
