package com.opsflow.mailintake;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * The IMAP commands of the intake, by UID only. Another node moving mails out of the folder renumbers its messages;
 * servers that do so in the middle of a session (against RFC 3501 7.4.1; GreenMail does) make a command by message
 * number read or move another mail than the one meant. A UID names one mail for good, and a mail's headers, size and
 * content come in the one answer that names its UID.
 */
final class ImapUids {

  /** A mail as one FETCH answer gave it. {@code bytes}: the headers, or the whole mail. */
  record Fetched(long uid, long size, byte[] bytes) {
  }

  private final IMAPFolder folder;

  ImapUids(IMAPFolder folder) {
    this.folder = folder;
  }

  /** The UIDs of the folder's mails not deleted ({@code unreadOnly}: and not read), oldest first. */
  List<Long> list(boolean unreadOnly) throws MessagingException {
    return run("UID SEARCH " + (unreadOnly ? "UNSEEN UNDELETED" : "UNDELETED"), null, responses -> {
      List<Long> uids = new ArrayList<>();
      for (Response r : responses) {
        if (r instanceof IMAPResponse ir && ir.keyEquals("SEARCH")) {
          for (long uid; (uid = ir.readLong()) != -1; ) {
            uids.add(uid);
          }
        }
      }
      uids.sort(null);
      return uids;
    });
  }

  /** The mail's size and headers; empty when it is gone (another node moved it). */
  Optional<Fetched> headers(long uid) throws MessagingException {
    return fetch(uid, "BODY.PEEK[HEADER]");
  }

  /** The mail's size and all of it, unchanged (not marked read); empty when it is gone. */
  Optional<Fetched> whole(long uid) throws MessagingException {
    return fetch(uid, "BODY.PEEK[]");
  }

  private Optional<Fetched> fetch(long uid, String section) throws MessagingException {
    return run("UID FETCH " + uid + " (UID RFC822.SIZE " + section + ")", null, responses -> {
      for (Response r : responses) {
        if (r instanceof FetchResponse f) {
          UID id = f.getItem(UID.class);
          BODY body = f.getItem(BODY.class);
          if (id != null && id.uid == uid && body != null) {
            RFC822SIZE size = f.getItem(RFC822SIZE.class);
            return Optional.of(new Fetched(uid, size == null ? -1 : size.size, body.getByteArray().getNewBytes()));
          }
        }
      }
      return Optional.<Fetched>empty();
    });
  }

  /** Adds flags (e.g. {@code \Seen \Flagged}); nothing happens for a mail that is gone. */
  void flag(long uid, String flags) throws MessagingException {
    run("UID STORE " + uid + " +FLAGS.SILENT (" + flags + ")", null, responses -> null);
  }

  /** Moves the mail to {@code target} (MOVE, else COPY and delete; expunged when the folder closes). */
  void move(long uid, String target, boolean moveSupported) throws MessagingException {
    Argument mailbox = new Argument().writeString(BASE64MailboxEncoder.encode(target));
    if (moveSupported) {
      run("UID MOVE " + uid, mailbox, responses -> null);
    } else {
      run("UID COPY " + uid, mailbox, responses -> null);
      flag(uid, "\\Deleted");
    }
  }

  private interface Answer<T> {
    T read(Response[] responses) throws ProtocolException;
  }

  private <T> T run(String command, Argument arguments, Answer<T> answer) throws MessagingException {
    @SuppressWarnings("unchecked")
    T result = (T) folder.doCommand((IMAPProtocol p) -> {
      Response[] responses = p.command(command, arguments);
      p.notifyResponseHandlers(responses);
      p.handleResult(responses[responses.length - 1]);
      return answer.read(responses);
    });
    return result;
  }
}
