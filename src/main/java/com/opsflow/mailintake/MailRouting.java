package com.opsflow.mailintake;

import com.opsflow.ticket.TicketNumbers;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a mail becomes (issue 16): an answer to one of OpsFlow's notifications (In-Reply-To / References) or a
 * mail naming an existing ticket in its subject goes to that ticket; a mail that cannot be an incident (no sender,
 * too big, OpsFlow's own, an automatic answer) is rejected; anything else is a new incident. Engine-free.
 */
final class MailRouting {

  /** A ticket number in brackets ([INC-20261203-0001], 【…】, (…), （…）). */
  private static final Pattern BRACKETED_NUMBER = Pattern.compile(
      "[\\[【(（]\\s*(" + TicketNumbers.FORMAT.pattern() + ")\\s*[\\]】)）]");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![A-Za-z0-9])(" + TicketNumbers.FORMAT.pattern() + ")(?![0-9])");
  /** What the subjects of OpsFlow's own mails start with (src/main/resources/mail/*.txt). */
  static final String OWN_SUBJECT_MARK = "【OpsFlow】";

  sealed interface Route permits NewIncident, Reply, Reject {
  }

  record NewIncident() implements Route {
  }

  record Reply(String ticketNumber, String how) implements Route {
  }

  /** @param tellServiceDesk whether the service desk gets a mail about it (not for OpsFlow's own or automatic mails) */
  record Reject(String reason, boolean tellServiceDesk) implements Route {
  }

  private final String ownAddress;
  private final Function<String, Optional<String>> ticketOfMessageId;
  private final Predicate<String> ticketExists;

  MailRouting(String ownAddress, Function<String, Optional<String>> ticketOfMessageId, Predicate<String> ticketExists) {
    this.ownAddress = ownAddress == null ? "" : ownAddress.trim().toLowerCase();
    this.ticketOfMessageId = ticketOfMessageId;
    this.ticketExists = ticketExists;
  }

  /** @param refusal why the mail cannot be taken, found while reading it (too big, unreadable); null when it can */
  Route route(String senderAddress, String subject, Iterable<String> replyTo, boolean autoSubmitted, String refusal) {
    if (refusal != null) {
      return new Reject(refusal, true);
    }
    if (senderAddress == null || !senderAddress.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      return new Reject("发件人地址无法识别" + (senderAddress == null ? "" : "（" + senderAddress + "）"), true);
    }
    if (senderAddress.equalsIgnoreCase(ownAddress)) {
      return new Reject("OpsFlow 自己发出的邮件（避免邮件循环）", false);
    }
    for (String id : replyTo) {
      Optional<String> ticket = ticketOfMessageId.apply(id).filter(ticketExists);
      if (ticket.isPresent()) {
        return new Reply(ticket.get(), "回复通知邮件 " + id);
      }
    }
    Optional<String> named = ticketNamedIn(subject);
    if (named.isPresent()) {
      return new Reply(named.get(), "主题中的工单号");
    }
    if (autoSubmitted) {
      return new Reject("自动回复邮件，未关联到工单", false);
    }
    return new NewIncident();
  }

  /**
   * The existing ticket a subject names: in brackets anywhere, or after OpsFlow's own subject mark (an answer to one
   * of its mails, "Re: 【OpsFlow】事件升级 INC-…：…"). A number in running text of a new mail ("same as INC-…") does not
   * count: that mail is a new incident that mentions an old one.
   */
  Optional<String> ticketNamedIn(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher bracketed = BRACKETED_NUMBER.matcher(subject);
    while (bracketed.find()) {
      if (ticketExists.test(bracketed.group(1))) {
        return Optional.of(bracketed.group(1));
      }
    }
    int mark = subject.indexOf(OWN_SUBJECT_MARK);
    if (mark >= 0) {
      Matcher any = NUMBER.matcher(subject.substring(mark));
      while (any.find()) {
        if (ticketExists.test(any.group(1))) {
          return Optional.of(any.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
