package com.opsflow.mail;

import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * A notification instance's mail: what it starts with, and its delivery — sent once (a run after a lost commit finds
 * it in {@link MailDeliveries}), then noted on the ticket if the business key is one.
 */
@Service
class NotificationService {

  private final MailService mail;
  private final TicketService tickets;
  private final MailDeliveries deliveries;

  NotificationService(MailService mail, TicketService tickets, MailDeliveries deliveries) {
    this.mail = mail;
    this.tickets = tickets;
    this.deliveries = deliveries;
  }

  /**
   * The variables a notification instance for {@code ticketNumber} starts with; no document to attach and no note are
   * empty texts.
   */
  static Map<String, Object> variables(String template, String recipients, String ticketNumber, Object attach,
      Object note) {
    Map<String, Object> v = new HashMap<>();
    v.put(NotificationProcess.TEMPLATE, template);
    v.put(NotificationProcess.RECIPIENTS, recipients);
    v.put(NotificationProcess.TICKET_NUMBER, ticketNumber);
    v.put(NotificationProcess.ATTACH_DOCUMENT, attach == null ? "" : attach.toString());
    v.put(NotificationProcess.NOTE, note == null ? "" : note.toString());
    return v;
  }

  /**
   * Sends the mail of notification instance {@code notificationId} unless it went out before, and notes it on the
   * ticket; business keys outside the ticket register (leave requests) keep the mail in their notification instance
   * only.
   */
  void deliver(String notificationId, String template, String recipients, String ticketNumber, Object attach,
      Object note) {
    Set<String> to = deliveries.sentBefore(notificationId).orElse(null);
    if (to == null) {
      to = mail.send(template, recipients, ticketNumber,
          attach == null || attach.toString().isBlank() ? null : attach.toString(), note == null ? "" : note.toString(),
          notificationId);
      if (!to.isEmpty()) {
        deliveries.sent(notificationId, ticketNumber, template, to);
      }
    }
    if (tickets.find(ticketNumber).isPresent()) {
      tickets.event(ticketNumber, NotificationEvent.NOTIFIED, null,
          template + " → " + (to.isEmpty() ? "(无收件人)" : String.join(", ", to)));
    }
  }
}
