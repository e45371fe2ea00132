package com.opsflow.mail;

import com.opsflow.ticket.TicketVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the mail of a notification instance and notes it on the ticket (if it is one), {@link
 * NotificationService#deliver}. Runs as a retried job; a run after a lost commit does not send it again; a run after a
 * crash between the SMTP server's answer and that record sends it again under the same {@code Message-ID} (the
 * notification instance), so recipients' mail systems see one message.
 */
@Component("deliverNotification")
class DeliverNotificationDelegate implements JavaDelegate {

  private final NotificationService notifications;

  DeliverNotificationDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.deliver(execution.getProcessInstanceId(), NotificationProcess.TEMPLATE_VAR.get(execution),
        NotificationProcess.RECIPIENTS_VAR.get(execution), TicketVariables.TICKET_NUMBER_VAR.get(execution),
        execution.getVariable(NotificationProcess.ATTACH_DOCUMENT), execution.getVariable(NotificationProcess.NOTE));
  }
}
