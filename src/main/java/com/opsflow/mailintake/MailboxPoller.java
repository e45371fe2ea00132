package com.opsflow.mailintake;

import com.opsflow.mailintake.MailIntakeRegister.Outcome;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
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
      store = session().getStore(properties.ssl() ? "imaps" : "imap");
      store.connect(properties.host(), properties.port(), properties.user(), properties.password());
      folder = store.getFolder(properties.folder());
      folder.open(Folder.READ_WRITE);
      Message[] messages = properties.processedFolder().isEmpty()
          ? folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)) : folder.getMessages();
      FetchProfile profile = new FetchProfile();
      profile.add(FetchProfile.Item.ENVELOPE);
      profile.add(FetchProfile.Item.FLAGS);
      profile.add(FetchProfile.Item.SIZE);
      profile.add(UIDFolder.FetchProfileItem.UID);
      folder.fetch(messages, profile);
      for (Message message : messages) {
        if (examined == properties.maxPerPoll()) {
          break;
        }
        if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
          continue;
        }
        examined++;
        try {
          Optional<Outcome> outcome = take(store, folder, (MimeMessage) message);
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
          LOG.warn("Mail intake: mail {} of {} not taken, tried again at the next poll: {}", message.getMessageNumber(),
              properties.folder(), e.toString());
        }
      }
      return new PollResult(true, examined, incidents, replies, rejected, takenBefore, failed);
    } catch (MessagingException e) {
      LOG.warn("Mail intake: mailbox {}@{}:{} not read, tried again at the next poll: {}", properties.user(),
          properties.host(), properties.port(), e.toString());
      return new PollResult(false, examined, incidents, replies, rejected, takenBefore, failed);
    } finally {
      close(folder, store);
    }
  }

  /** @return what this poll made of the mail; empty when it had been taken before or by another node (only filed) */
  private Optional<Outcome> take(Store store, Folder folder, MimeMessage message) throws MessagingException {
    String key = MailParser.messageKey(message);
    Optional<Outcome> done = register.outcome(key).filter(o -> o != Outcome.CLAIMED);
    if (done.isPresent()) {
      LOG.info("Mail intake: mail {} was taken before ({}), filed now", key, done.get());
      file(store, folder, message, done.get());
      return Optional.empty();
    }
    Optional<Outcome> outcome = handler.take(read(message));
    // taken by another node meanwhile: filed as it says (nothing when its transaction has not committed yet)
    file(store, folder, message, outcome.isPresent() ? outcome.get() : register.outcome(key).orElse(Outcome.CLAIMED));
    return outcome;
  }

  private InboundMail read(MimeMessage message) throws MessagingException {
    long size = message.getSize();
    long max = properties.maxMessageSize().toBytes();
    if (size > max) { // the body is not fetched
      return MailParser.parseHeaders(message, size, "邮件大小 " + megabytes(size) + " 超过上限 " + megabytes(max));
    }
    try {
      return MailParser.parse(message, properties.maxAttachmentSize().toBytes(), size);
    } catch (FolderClosedException | StoreClosedException lost) {
      throw lost;
    } catch (MessagingException | IOException | RuntimeException broken) {
      return MailParser.parseHeaders(message, size, "邮件无法读取：" + (broken.getMessage() == null
          ? broken.getClass().getSimpleName() : broken.getMessage()));
    }
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
  }

  /** After the commit: out of the way of the next poll, kept for people to read. */
  private void file(Store store, Folder folder, MimeMessage message, Outcome outcome) throws MessagingException {
    if (outcome == Outcome.CLAIMED) {
      return; // another node's transaction is still open: it files the mail
    }
    message.setFlag(Flags.Flag.SEEN, true);
    String target = outcome == Outcome.REJECTED ? properties.rejectedFolder() : properties.processedFolder();
    if (target.isEmpty()) {
      if (outcome == Outcome.REJECTED) {
        message.setFlag(Flags.Flag.FLAGGED, true);
      }
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
    if (folder instanceof IMAPFolder imap && store instanceof IMAPStore imapStore && imapStore.hasCapability("MOVE")) {
      imap.moveMessages(new Message[] {message}, destination);
    } else {
      folder.copyMessages(new Message[] {message}, destination);
      message.setFlag(Flags.Flag.DELETED, true); // expunged when the folder closes
    }
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
