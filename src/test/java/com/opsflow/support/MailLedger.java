package com.opsflow.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mails that should have gone out against mails that arrived, per ticket. A ticket's audit trail names every mail
 * OpsFlow sent ({@code notified}: "template → address, address"), written in the transaction of the sending job; the
 * SMTP server holds one copy per recipient, its subject naming the ticket. Fewer copies than named addresses is a
 * lost mail; more is a mail sent twice (for instance by two nodes running one job, or a job run again after its
 * transaction was lost). Every notification carries a {@code Message-ID} of its own that stays the same across
 * attempts, so copies are also counted per message: a message sent again after a crash (a resend, which recipients'
 * mail systems recognise by its Message-ID) is told apart from a second message with a new identity (a real double).
 */
public final class MailLedger {

  private MailLedger() {
  }

  /**
   * Per ticket: expected copies, delivered copies, delivered copies counting each message (Message-ID) once per
   * recipient, and the most times one message arrived.
   */
  public record Count(String ticketNumber, int expected, int delivered, int distinct, int mostSendsOfOneMessage) {
    public Count(String ticketNumber, int expected, int delivered) {
      this(ticketNumber, expected, delivered, delivered, delivered == 0 ? 0 : 1);
    }

    public boolean exact() {
      return expected == delivered;
    }
  }

  public record Result(List<Count> counts) {
    public int expected() {
      return counts.stream().mapToInt(Count::expected).sum();
    }

    public int delivered() {
      return counts.stream().mapToInt(Count::delivered).sum();
    }

    /** Fewer messages arrived than were sent. */
    public List<Count> lost() {
      return counts.stream().filter(c -> c.distinct() < c.expected()).toList();
    }

    /** More copies arrived than were sent, resends included. */
    public List<Count> duplicated() {
      return counts.stream().filter(c -> c.delivered() > c.expected()).toList();
    }

    /** More messages (by Message-ID) arrived than were sent: never right, not even after a crash. */
    public List<Count> doubledUnderNewIdentity() {
      return counts.stream().filter(c -> c.distinct() > c.expected()).toList();
    }

    /** Copies of a message that arrived again under its own Message-ID. */
    public List<Count> resent() {
      return counts.stream().filter(c -> c.delivered() > c.distinct()).toList();
    }

    public int mostSendsOfOneMessage() {
      return counts.stream().mapToInt(Count::mostSendsOfOneMessage).max().orElse(0);
    }

    public String summary() {
      return "mails expected " + expected() + ", delivered " + delivered() + ", lost " + lost() + ", duplicated "
          + duplicated() + " (of which resent under the same Message-ID " + resent() + ")";
    }
  }

  /**
   * @param events per ticket number, its audit trail as {@code /api/tickets/{n}} returns it ({@code eventType},
   *     {@code detail})
   */
  public static Result compare(GreenMail smtp, Map<String, List<Map<String, Object>>> events)
      throws MessagingException {
    MimeMessage[] copies = smtp.getReceivedMessages();
    List<Copy> received = new ArrayList<>();
    for (MimeMessage copy : copies) {
      jakarta.mail.Address[] to = copy.getAllRecipients();
      received.add(new Copy(copy.getSubject(), copy.getMessageID(), to == null ? 1 : to.length));
    }
    List<Count> counts = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, Object>>> ticket : new TreeMap<>(events).entrySet()) {
      int expected = ticket.getValue().stream().filter(e -> "notified".equals(e.get("eventType")))
          .mapToInt(e -> recipients((String) e.get("detail"))).sum();
      List<Copy> mine = received.stream().filter(c -> c.subject() != null && c.subject().contains(ticket.getKey()))
          .toList();
      Map<String, int[]> perMessage = new TreeMap<>(); // Message-ID → [copies, recipients]
      int anonymous = 0;
      for (Copy copy : mine) {
        if (copy.messageId() == null) {
          anonymous++;
        } else {
          perMessage.computeIfAbsent(copy.messageId(), id -> new int[] {0, copy.recipients()})[0]++;
        }
      }
      int distinct = anonymous + perMessage.values().stream().mapToInt(c -> Math.min(c[0], c[1])).sum();
      int most = perMessage.values().stream().mapToInt(c -> (c[0] + c[1] - 1) / c[1]).max()
          .orElse(anonymous == 0 ? 0 : 1);
      counts.add(new Count(ticket.getKey(), expected, mine.size(), distinct, most));
    }
    return new Result(counts);
  }

  private record Copy(String subject, String messageId, int recipients) {
  }

  private static int recipients(String detail) {
    int arrow = detail == null ? -1 : detail.indexOf('→');
    if (arrow < 0) {
      return 0;
    }
    String to = detail.substring(arrow + 1).trim();
    return to.isEmpty() || to.startsWith("(") ? 0 : to.split(",").length;
  }
}
