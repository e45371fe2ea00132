package com.opsflow.mailintake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * opsflow.mail-intake.*: the mailbox polled over IMAP (B-2.2 item 1, mail as a reporting channel), what is done with a
 * mail once taken, the size limits, and the start values a mail cannot carry (the system the mailbox serves, impact and
 * urgency of every mail incident). Off unless {@code enabled}; no password in the repository.
 *
 * @param ssl IMAPS (the default); false: plain IMAP, upgraded by STARTTLS when the server offers it
 * @param processedFolder where a taken mail is moved; blank: it stays in {@code folder}, marked read, and only unread
 *     mails are taken
 * @param rejectedFolder where a mail that cannot become an incident is moved; blank: it stays in {@code folder},
 *     flagged
 * @param maxMessageSize a larger mail is not taken (rejected, left for the service desk)
 * @param maxAttachmentSize a larger attachment is not stored (noted on the ticket, the mail keeps it)
 * @param maxPerPoll mails handled per poll, so one poll stays short; the rest come next time
 */
@ConfigurationProperties("opsflow.mail-intake")
public record MailIntakeProperties(boolean enabled, String host, Integer port, String user, String password,
    String folder, Boolean ssl, Duration pollInterval, Duration timeout, String processedFolder, String rejectedFolder,
    DataSize maxMessageSize, DataSize maxAttachmentSize, Integer maxPerPoll, String system, String impact,
    String urgency) {

  public MailIntakeProperties {
    folder = blank(folder) ? "INBOX" : folder.trim();
    ssl = ssl == null || ssl; // secure unless switched off
    port = port == null ? (ssl ? 993 : 143) : port;
    pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    processedFolder = blank(processedFolder) ? "" : processedFolder.trim();
    rejectedFolder = blank(rejectedFolder) ? "" : rejectedFolder.trim();
    maxMessageSize = maxMessageSize == null ? DataSize.ofMegabytes(25) : maxMessageSize;
    maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
    maxPerPoll = maxPerPoll == null || maxPerPoll < 1 ? 50 : maxPerPoll;
    system = blank(system) ? "oa" : system.trim();
    impact = blank(impact) ? "individual" : impact.trim();
    urgency = blank(urgency) ? "medium" : urgency.trim();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
