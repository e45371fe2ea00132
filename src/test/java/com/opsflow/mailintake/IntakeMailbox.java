package com.opsflow.mailintake;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.opsflow.support.TestSmtp;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.springframework.util.unit.DataSize;

/**
 * The service desk's intake mailbox on GreenMail's IMAP server (a free port of its own), with the SMTP server of the
 * test JVM ({@link TestSmtp}) beside it for OpsFlow's notifications; mails are put into the mailbox as they arrive.
 */
final class IntakeMailbox implements AutoCloseable {

  static final String ADDRESS = "servicedesk@tax.example.gov.cn";
  static final String USER = "servicedesk";
  static final String PASSWORD = "intake-test";
  static final String PROCESSED = "OpsFlow-Processed";
  static final String REJECTED = "OpsFlow-Rejected";

  final int imapPort = freePort();
  final GreenMail greenMail = new GreenMail(new ServerSetup[] {TestSmtp.SMTP,
      new ServerSetup(imapPort, null, ServerSetup.PROTOCOL_IMAP)});
  private final GreenMailUser user;

  IntakeMailbox() {
    greenMail.start();
    user = greenMail.setUser(ADDRESS, USER, PASSWORD);
  }

  /** The intake's settings for this mailbox: plain IMAP, processed and rejected folders, 1 MB per mail. */
  MailIntakeProperties properties() {
    return properties(imapPort, DataSize.ofMegabytes(1), DataSize.ofKilobytes(200));
  }

  MailIntakeProperties properties(int port, DataSize maxMessage, DataSize maxAttachment) {
    return new MailIntakeProperties(true, "127.0.0.1", port, USER, PASSWORD, "INBOX", false, Duration.ofMinutes(1),
        Duration.ofSeconds(10), PROCESSED, REJECTED, maxMessage, maxAttachment, 50, "oa", "individual", "medium");
  }

  void deliver(MimeMessage message) throws Exception {
    user.deliver(message);
  }

  static MimeMessage mail(String fromName, String fromAddress, String subject, String text) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name()));
    message.setRecipients(Message.RecipientType.TO, ADDRESS);
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(text, StandardCharsets.UTF_8.name());
    message.saveChanges(); // a Message-ID of its own
    return message;
  }

  static MimeMessage withAttachment(MimeMessage message, String text, String fileName, String type, byte[] content)
      throws Exception {
    MimeBodyPart body = new MimeBodyPart();
    body.setText(text, StandardCharsets.UTF_8.name());
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(new jakarta.activation.DataHandler(
        new jakarta.mail.util.ByteArrayDataSource(content, type)));
    attachment.setFileName(jakarta.mail.internet.MimeUtility.encodeText(fileName, "UTF-8", "B"));
    attachment.setDisposition(MimeBodyPart.ATTACHMENT);
    message.setContent(new MimeMultipart(body, attachment));
    message.saveChanges();
    return message;
  }

  /** How many mails a folder of the mailbox holds (0 when it does not exist). */
  int count(String folderName) throws Exception {
    try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
      store.connect("127.0.0.1", imapPort, USER, PASSWORD);
      Folder folder = store.getFolder(folderName);
      if (!folder.exists()) {
        return 0;
      }
      folder.open(Folder.READ_ONLY);
      try {
        int n = 0;
        for (Message m : folder.getMessages()) {
          if (!m.isSet(Flags.Flag.DELETED)) {
            n++;
          }
        }
        return n;
      } finally {
        folder.close(false);
      }
    }
  }

  MimeMessage[] sent() {
    return greenMail.getReceivedMessages();
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
