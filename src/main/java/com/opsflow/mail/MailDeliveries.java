package com.opsflow.mail;

import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the SMTP server has taken, one per notification instance, committed at once in a transaction of their own
 * (table {@code mail_delivery}). The sending job's own transaction commits later; when that commit is lost (the
 * database fails, the node is killed) the job runs again and finds its mail here instead of sending it twice. The
 * window left is between the SMTP server's answer and this commit (issue 14, README "Operations").
 */
@Service
class MailDeliveries {

  private static final Logger LOG = LoggerFactory.getLogger(MailDeliveries.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final TicketTime time;

  MailDeliveries(JdbcTemplate jdbc, PlatformTransactionManager transactions, TicketTime time) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.time = time;
  }

  /** The addresses an earlier run of this notification already mailed, if it did. */
  Optional<Set<String>> sentBefore(String notificationId) {
    List<String> recipients = jdbc.queryForList("SELECT recipients FROM mail_delivery WHERE notification_id = ?",
        String.class, notificationId);
    return recipients.stream().findFirst()
        .map(list -> new LinkedHashSet<>(Arrays.asList(list.split(",\\s*"))));
  }

  /**
   * Records a mail the SMTP server took. A failure here is logged, not thrown: failing the job now would send the
   * mail again for certain, going on sends it again only if the job's own commit fails too.
   */
  void sent(String notificationId, String ticketNumber, String template, Set<String> recipients) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO mail_delivery (notification_id,"
          + " ticket_number, template, recipients, sent_at) VALUES (?, ?, ?, ?, ?)", notificationId, ticketNumber,
          template, String.join(", ", recipients), Timestamp.from(time.now())));
    } catch (DataAccessException | org.springframework.transaction.TransactionException e) {
      LOG.warn("Mail {} of notification {} ({}) was sent but could not be recorded: {}", template, notificationId,
          ticketNumber, e.getMessage());
    }
  }
}
