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
 * transaction was lost).
 */
public final class MailLedger {

  private MailLedger() {
  }

  /** Per ticket: expected copies, delivered copies. */
  public record Count(String ticketNumber, int expected, int delivered) {
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

    public List<Count> lost() {
      return counts.stream().filter(c -> c.delivered() < c.expected()).toList();
    }

    public List<Count> duplicated() {
      return counts.stream().filter(c -> c.delivered() > c.expected()).toList();
    }

    public String summary() {
      return "mails expected " + expected() + ", delivered " + delivered() + ", lost " + lost() + ", duplicated "
          + duplicated();
    }
  }

  /**
   * @param events per ticket number, its audit trail as {@code /api/tickets/{n}} returns it ({@code eventType},
   *     {@code detail})
   */
  public static Result compare(GreenMail smtp, Map<String, List<Map<String, Object>>> events)
      throws MessagingException {
    MimeMessage[] copies = smtp.getReceivedMessages();
    List<String> subjects = new ArrayList<>();
    for (MimeMessage copy : copies) {
      subjects.add(copy.getSubject());
    }
    List<Count> counts = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, Object>>> ticket : new TreeMap<>(events).entrySet()) {
      int expected = ticket.getValue().stream().filter(e -> "notified".equals(e.get("eventType")))
          .mapToInt(e -> recipients((String) e.get("detail"))).sum();
      int delivered = (int) subjects.stream().filter(s -> s != null && s.contains(ticket.getKey())).count();
      counts.add(new Count(ticket.getKey(), expected, delivered));
    }
    return new Result(counts);
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
