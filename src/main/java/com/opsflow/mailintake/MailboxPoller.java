package com.opsflow.mailintake;

import com.opsflow.mailintake.MailIntakeRegister.Outcome;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of the intake mailbox over IMAP: every mail not taken yet goes to the {@link MailHandler}; once its
 * transaction has committed the mail is moved to the processed (or rejected) folder, or marked read (flagged) when no
 * folder is set. A mail whose handling failed stays where it is, unread, for the next poll; a mail found taken already
 * (the node died between the commit and the move, another node took it) is only filed. An unreachable mailbox fails
 * the poll and nothing else: the next poll tries again (issue 16).
 */
final class MailboxPoller {

  /** What one poll did. {@code reached}: the mailbox could be read. */
  record PollResult(boolean reached, int examined, int incidents, int replies, int rejected, int takenBefore,
      int failed) {
  }

  private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);

  private final MailIntakeProperties properties;
  private final MailHandler handler;
  private final MailIntakeRegister register;

  MailboxPoller(MailIntakeProperties properties, MailHandler handler, MailIntakeRegister register) {
    this.properties = properties;
    this.handler = handler;
    this.register = register;
  }

  PollResult poll() {
    int examined = 0;
    int incidents = 0;
    int replies = 0;
    int rejected = 0;
    int takenBefore = 0;
    int failed = 0;
    Store store = null;
    Folder folder = null;
    try {
      Session session = session();
      store = session.getStore(properties.ssl() ? "imaps" : "imap");
      store.connect(properties.host(), properties.port(), properties.user(), properties.password());
      folder = store.getFolder(properties.folder());
      folder.open(Folder.READ_WRITE);
      ImapUids mailbox = new ImapUids((IMAPFolder) folder);
      boolean moveSupported = ((IMAPStore) store).hasCapability("MOVE");
      for (long uid : mailbox.list(properties.processedFolder().isEmpty())) {
        if (examined == properties.maxPerPoll()) {
          break;
        }
        examined++;
        try {
          Optional<Outcome> outcome = take(session, store, mailbox, uid, moveSupported);
          if (outcome.isEmpty()) {
            takenBefore++;
          } else {
            switch (outcome.get()) {
              case INCIDENT -> incidents++;
              case REPLY, REPLY_AFTER_CLOSURE -> replies++;
              case REJECTED -> rejected++;
              case CLAIMED -> takenBefore++;
            }
          }
        } catch (FolderClosedException | StoreClosedException lost) {
          throw lost;
        } catch (RuntimeException | MessagingException e) {
          failed++;
          LOG.warn("Mail intake: mail UID {} of {} not taken, tried again at the next poll: {}", uid, properties.folder(),
              e.toString());
        }
      }
      return new PollResult(true, examined, incidents, replies, rejected, takenBefore, failed);
    } catch (MessagingException | RuntimeException e) {
      LOG.warn("Mail intake: mailbox {}@{}:{} not read, tried again at the next poll: {}", properties.user(),
          properties.host(), properties.port(), e.toString());
      return new PollResult(false, examined, incidents, replies, rejected, takenBefore, failed);
    } finally {
      close(folder, store);
    }
  }

  /** @return what this poll made of the mail; empty when it had been taken before or by another node (only filed) */
  private Optional<Outcome> take(Session session, Store store, ImapUids mailbox, long uid, boolean moveSupported)
      throws MessagingException {
    Optional<ImapUids.Fetched> head = mailbox.headers(uid);
    if (head.isEmpty()) {
      return Optional.empty(); // moved away meanwhile by another node
    }
    MimeMessage headers = new MimeMessage(session, new ByteArrayInputStream(head.get().bytes()));
    String key = MailParser.messageKey(headers);
    Optional<Outcome> done = register.outcome(key).filter(o -> o != Outcome.CLAIMED);
    if (done.isPresent()) {
      LOG.info("Mail intake: mail {} was taken before ({}), filed now", key, done.get());
      file(store, mailbox, uid, done.get(), moveSupported);
      return Optional.empty();
    }
    InboundMail mail = read(session, mailbox, head.get(), headers);
    if (mail == null) {
      return Optional.empty();
    }
    Optional<Outcome> outcome = handler.take(mail);
    // taken by another node meanwhile: filed as it says (nothing when its transaction has not committed yet)
    file(store, mailbox, uid, outcome.isPresent() ? outcome.get() : register.outcome(key).orElse(Outcome.CLAIMED),
        moveSupported);
    return outcome;
  }

  /** The mail to hand over; null when it went away meanwhile. */
  private InboundMail read(Session session, ImapUids mailbox, ImapUids.Fetched head, MimeMessage headers)
      throws MessagingException {
    long size = head.size();
    long max = properties.maxMessageSize().toBytes();
    if (size > max) { // the body is not fetched
      return MailParser.parseHeaders(headers, size, "邮件大小 " + megabytes(size) + " 超过上限 " + megabytes(max));
    }
    Optional<ImapUids.Fetched> whole = mailbox.whole(head.uid());
    if (whole.isEmpty()) {
      return null;
    }
    try {
      MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(whole.get().bytes()));
      return MailParser.parse(message, properties.maxAttachmentSize().toBytes(), size);
    } catch (MessagingException | IOException | RuntimeException broken) {
      return MailParser.parseHeaders(headers, size, "邮件无法读取：" + (broken.getMessage() == null
          ? broken.getClass().getSimpleName() : broken.getMessage()));
    }
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
  }

  /** After the commit: out of the way of the next poll, kept for people to read. */
  private void file(Store store, ImapUids mailbox, long uid, Outcome outcome, boolean moveSupported)
      throws MessagingException {
    if (outcome == Outcome.CLAIMED) {
      return; // another node's transaction is still open: it files the mail
    }
    String target = outcome == Outcome.REJECTED ? properties.rejectedFolder() : properties.processedFolder();
    mailbox.flag(uid, outcome == Outcome.REJECTED && target.isEmpty() ? "\\Seen \\Flagged" : "\\Seen");
    if (target.isEmpty()) {
      return;
    }
    Folder destination = store.getFolder(target);
    if (!destination.exists()) {
      try {
        destination.create(Folder.HOLDS_MESSAGES);
      } catch (MessagingException e) {
        if (!destination.exists()) { // another node may have made it meanwhile
          throw e;
        }
      }
    }
    mailbox.move(uid, target, moveSupported);
  }

  private Session session() {
    String protocol = properties.ssl() ? "imaps" : "imap";
    String millis = String.valueOf(properties.timeout().toMillis());
    Properties props = new Properties();
    props.put("mail.store.protocol", protocol);
    props.put("mail." + protocol + ".connectiontimeout", millis);
    props.put("mail." + protocol + ".timeout", millis);
    props.put("mail." + protocol + ".writetimeout", millis);
    if (properties.ssl()) {
      props.put("mail.imaps.ssl.checkserveridentity", "true");
    } else {
      props.put("mail.imap.starttls.enable", "true"); // used when the server offers it
    }
    return Session.getInstance(props);
  }

  private static void close(Folder folder, Store store) {
    try {
      if (folder != null && folder.isOpen()) {
        folder.close(true);
      }
    } catch (MessagingException e) {
      LOG.debug("Mail intake: closing the folder failed: {}", e.toString());
    }
    try {
      if (store != null) {
        store.close();
      }
    } catch (MessagingException e) {
      LOG.debug("Mail intake: closing the connection failed: {}", e.toString());
    }
  }
}
