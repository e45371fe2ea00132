package com.opsflow.mail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which ticket a mail OpsFlow sent belongs to, by the {@code Message-ID} it went out under (one per notification
 * instance, {@link MailService#messageId}): how an answer to a notification finds its ticket (mail intake, issue 16).
 */
@Service
public class SentMails {

  private static final Pattern NOTIFICATION_ID = Pattern.compile(
      Pattern.quote(MailService.MESSAGE_ID_PREFIX) + "([A-Za-z0-9.-]+)@[^<>\\s]+>");

  private final JdbcTemplate jdbc;
  private final HistoryService history;

  SentMails(JdbcTemplate jdbc, HistoryService history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  /** The notification instance a Message-ID of OpsFlow's names, if it is one. */
  static Optional<String> notificationId(String messageId) {
    Matcher m = messageId == null ? null : NOTIFICATION_ID.matcher(messageId.trim());
    return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The ticket (or other business key) of the notification that was sent under {@code messageId}: from the delivery
   * record, else from the notification instance's history; empty for a Message-ID OpsFlow did not make.
   */
  @Transactional(readOnly = true)
  public Optional<String> ticketOf(String messageId) {
    Optional<String> id = notificationId(messageId);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> recorded = jdbc.queryForList("SELECT ticket_number FROM mail_delivery WHERE notification_id = ?",
        String.class, id.get()).stream().filter(n -> n != null && !n.isBlank()).findFirst();
    if (recorded.isPresent()) {
      return recorded;
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(id.get())
        .processDefinitionKey(NotificationProcess.KEY).singleResult();
    return instance == null ? Optional.empty() : Optional.ofNullable(instance.getBusinessKey());
  }
}
