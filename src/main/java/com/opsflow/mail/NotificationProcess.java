package com.opsflow.mail;

import com.opsflow.engine.Variable;
import com.opsflow.ticket.TicketVariables;

/**
 * The notification process: every mail goes out in an instance of its own, asynchronously and with
 * retries, so a mail server outage never holds up a ticket. Failed deliveries show as incidents in
 * Cockpit and go out when retried there.
 */
public final class NotificationProcess {

  public static final String KEY = "notification";
  public static final String TEMPLATE = "notificationTemplate";
  public static final Variable<String> TEMPLATE_VAR = Variable.string(TEMPLATE);
  public static final String RECIPIENTS = "recipients";
  public static final Variable<String> RECIPIENTS_VAR = Variable.string(RECIPIENTS);
  public static final String TICKET_NUMBER = TicketVariables.TICKET_NUMBER;
  /** Optional: the kind of ticket document to attach (its latest version), e.g. major-incident-report. */
  public static final String ATTACH_DOCUMENT = "attachDocument";
  /** Optional: free text for the template's ${note} (a progress note, the missed duty). */
  public static final String NOTE = "note";
  public static final String SEND_MAIL = "ServiceTask_SendMail";

  private NotificationProcess() {
  }
}
