package com.opsflow.mail;

import com.opsflow.ticket.TicketService;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the mail of a notification instance and notes it on the ticket (if it is one). Runs as a retried job; a run
 * after a lost commit finds its mail in {@link MailDeliveries} and does not send it again; a run after a crash between
 * the SMTP server's answer and that record sends it again under the same {@code Message-ID} (the notification
 * instance), so recipients' mail systems see one message.
 */
@Component("deliverNotification")
class DeliverNotificationDelegate implements JavaDelegate {

  private final MailService mail;
  private final TicketService tickets;
  private final MailDeliveries deliveries;

  DeliverNotificationDelegate(MailService mail, TicketService tickets, MailDeliveries deliveries) {
    this.mail = mail;
    this.tickets = tickets;
    this.deliveries = deliveries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = (String) execution.getVariable(NotificationProcess.TEMPLATE);
    String ticketNumber = (String) execution.getVariable(NotificationProcess.TICKET_NUMBER);
    Object attach = execution.getVariable(NotificationProcess.ATTACH_DOCUMENT);
    Object note = execution.getVariable(NotificationProcess.NOTE);
    String notificationId = execution.getProcessInstanceId();
    Set<String> to = deliveries.sentBefore(notificationId).orElse(null);
    if (to == null) {
      to = mail.send(template, (String) execution.getVariable(NotificationProcess.RECIPIENTS), ticketNumber,
          attach == null || attach.toString().isBlank() ? null : attach.toString(), note == null ? "" : note.toString(),
          notificationId);
      if (!to.isEmpty()) {
        deliveries.sent(notificationId, ticketNumber, template, to);
      }
    }
    // business keys outside the ticket register (leave requests) keep the mail in their notification instance only
    if (tickets.find(ticketNumber).isPresent()) {
      tickets.event(ticketNumber, "notified", null, template + " → " + (to.isEmpty() ? "(无收件人)" : String.join(", ", to)));
    }
  }
}
