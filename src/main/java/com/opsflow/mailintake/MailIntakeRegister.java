package com.opsflow.mailintake;

import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails taken from the intake mailbox (table {@code mail_intake}, V57), one row per mail under its key. The row is
 * the claim: inserted in the transaction that opens the incident or records the reply, it makes a second node's insert
 * wait for that transaction and then fail on the key, so a mail is taken once (issue 16).
 */
@Repository
class MailIntakeRegister {

  enum Outcome {
    /** claimed, not finished: never seen by others, the claiming transaction sets the outcome before it commits */
    CLAIMED, INCIDENT, REPLY, REPLY_AFTER_CLOSURE, REJECTED;

    String code() {
      return name().toLowerCase().replace('_', '-');
    }

    static Outcome of(String code) {
      return valueOf(code.toUpperCase().replace('-', '_'));
    }
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  MailIntakeRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  /**
   * Claims the mail in the caller's transaction.
   *
   * @throws org.springframework.dao.DuplicateKeyException when it was taken already (by this node or another)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void claim(String messageKey, String sender, String subject, String node) {
    jdbc.update("INSERT INTO mail_intake (message_key, sender, subject, outcome, claimed_by, claimed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)", messageKey, cut(sender, 320), cut(subject, 1000), Outcome.CLAIMED.code(),
        cut(node, 200), Timestamp.valueOf(time.localNow()));
  }

  /** @param ticketNumber the ticket the mail went to; for a rejected mail the MAIL- number of the service desk's notice */
  @Transactional(propagation = Propagation.MANDATORY)
  void finish(String messageKey, Outcome outcome, String ticketNumber, String reason) {
    jdbc.update("UPDATE mail_intake SET outcome = ?, ticket_number = ?, reason = ? WHERE message_key = ?",
        outcome.code(), ticketNumber, cut(reason, 1000), messageKey);
  }

  /** What became of a mail that was taken; empty when it was not (or its claim has not committed yet). */
  @Transactional(readOnly = true)
  Optional<Outcome> outcome(String messageKey) {
    return jdbc.queryForList("SELECT outcome FROM mail_intake WHERE message_key = ?", String.class, messageKey)
        .stream().findFirst().map(Outcome::of);
  }

  @Transactional(readOnly = true)
  Optional<String> ticketNumber(String messageKey) {
    return jdbc.queryForList("SELECT ticket_number FROM mail_intake WHERE message_key = ?", String.class, messageKey)
        .stream().filter(n -> n != null).findFirst();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
