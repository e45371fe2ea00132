package com.opsflow.mail;

import com.opsflow.engine.WithoutAuthorization;
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
    String template = (String) execution.getVariable(NotificationProcess.TEMPLATE);
    String recipients = (String) execution.getVariable(NotificationProcess.RECIPIENTS);
    String ticketNumber = execution.getProcessBusinessKey();
    Object attach = execution.getVariableLocal(NotificationProcess.ATTACH_DOCUMENT);
    Object note = execution.getVariableLocal(NotificationProcess.NOTE);
    // Engine-internal work: the user completing the task needs no right to start notifications.
    WithoutAuthorization.inCurrentCommand(() -> execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceByKey(NotificationProcess.KEY)
        .businessKey(ticketNumber)
        .setVariable(NotificationProcess.TEMPLATE, template)
        .setVariable(NotificationProcess.RECIPIENTS, recipients)
        .setVariable(NotificationProcess.TICKET_NUMBER, ticketNumber)
        .setVariable(NotificationProcess.ATTACH_DOCUMENT, attach == null ? "" : attach.toString())
        .setVariable(NotificationProcess.NOTE, note == null ? "" : note.toString())
        .execute());
  }
}
