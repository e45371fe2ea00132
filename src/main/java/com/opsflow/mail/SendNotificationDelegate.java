package com.opsflow.mail;

import com.opsflow.engine.WithoutAuthorization;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send notification" (element template send-notification.json): hands the mail named by the input
 * parameters {@code notificationTemplate} and {@code recipients} to a notification instance of its
 * own, carrying the ticket number as business key. Returns at once; the mail goes out asynchronously.
 */
@Component("sendNotification")
class SendNotificationDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String ticketNumber = execution.getProcessBusinessKey();
    Map<String, Object> variables = NotificationService.variables(NotificationProcess.TEMPLATE_VAR.get(execution),
        NotificationProcess.RECIPIENTS_VAR.get(execution), ticketNumber,
        execution.getVariableLocal(NotificationProcess.ATTACH_DOCUMENT),
        execution.getVariableLocal(NotificationProcess.NOTE));
    // Engine-internal work: the user completing the task needs no right to start notifications.
    WithoutAuthorization.inCurrentCommand(() -> execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceByKey(NotificationProcess.KEY).businessKey(ticketNumber).setVariables(variables)
        .execute());
  }
}
