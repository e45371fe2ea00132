package com.opsflow.mailintake;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a received mail into an {@link InboundMail}: RFC 2047 encoded subjects and file names (also the adjacent,
 * unseparated encoded words and the GB2312 labels that Chinese mail clients write: read as GB18030, its superset),
 * text bodies in their declared charset, an HTML body as text, attachments up to a size.
 */
final class MailParser {

  private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
  private static final Pattern BETWEEN_ENCODED_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
  private static final int MAX_KEY = 500;

  private MailParser() {
  }

  /**
   * The key a mail is claimed under: its Message-ID, or a digest of all its header lines when it has none (the same
   * mail on the same server has the same headers for every node), or of a Message-ID too long for the register.
   */
  static String messageKey(MimeMessage message) throws MessagingException {
    String id = message.getMessageID();
    if (id != null && !id.isBlank() && id.trim().length() <= MAX_KEY) {
      return id.trim();
    }
    if (id != null && !id.isBlank()) {
      return "sha256:" + sha256(id.trim().getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder headers = new StringBuilder();
    for (java.util.Enumeration<String> lines = message.getAllHeaderLines(); lines.hasMoreElements(); ) {
      headers.append(lines.nextElement()).append('\n');
    }
    return "sha256:" + sha256(headers.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Sender, subject and the Message-IDs it answers, without the body: a mail that is not taken, for {@code refusal}. */
  static InboundMail parseHeaders(MimeMessage message, long size, String refusal) throws MessagingException {
    InternetAddress from = sender(message);
    return new InboundMail(messageKey(message), from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
        from == null ? null : emptyToNull(from.getPersonal()), subject(message), "", replyTo(message),
        autoSubmitted(message), List.of(), List.of(), null, size, refusal);
  }

  static InboundMail parse(MimeMessage message, long maxAttachmentBytes, long size)
      throws MessagingException, IOException {
    InternetAddress from = sender(message);
    Body body = new Body();
    read(message, body, maxAttachmentBytes);
    String text = body.plain != null && !body.plain.isBlank() ? body.plain
        : body.html != null ? HtmlText.toText(body.html) : "";
    return new InboundMail(messageKey(message), from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
        from == null ? null : emptyToNull(from.getPersonal()), subject(message), text.replace("\r\n", "\n"),
        replyTo(message), autoSubmitted(message), body.attachments, body.skipped, raw(message), size, null);
  }

  /** The Message-IDs a mail answers: In-Reply-To, then References from the newest. */
  private static List<String> replyTo(MimeMessage message) throws MessagingException {
    List<String> replyTo = new ArrayList<>(messageIds(message.getHeader("In-Reply-To", " ")));
    List<String> references = messageIds(message.getHeader("References", " "));
    for (int i = references.size() - 1; i >= 0; i--) {
      replyTo.add(references.get(i));
    }
    return new ArrayList<>(new LinkedHashSet<>(replyTo));
  }

  /** An automatic mail (RFC 3834 Auto-Submitted other than "no"): an out-of-office answer, a bounce. */
  private static boolean autoSubmitted(MimeMessage message) throws MessagingException {
    String value = message.getHeader("Auto-Submitted", null);
    return value != null && !value.isBlank() && !"no".equalsIgnoreCase(value.trim());
  }

  /** The sender: the first From address that parses, else the Sender header's; null when neither does. */
  static InternetAddress sender(MimeMessage message) throws MessagingException {
    for (String header : new String[] {"From", "Sender"}) {
      String value = message.getHeader(header, ",");
      if (value == null) {
        continue;
      }
      try {
        for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
          if (address.getAddress() != null && address.getAddress().contains("@")) {
            if (address.getPersonal() == null || !address.getPersonal().contains("=?")) {
              return address;
            }
            return new InternetAddress(address.getAddress(), decodeHeader(address.getPersonal()),
                StandardCharsets.UTF_8.name());
          }
        }
      } catch (AddressException | UnsupportedEncodingException e) {
        // not readable: try the next header
      }
    }
    return null;
  }

  /** The decoded subject; "" when there is none. */
  static String subject(MimeMessage message) throws MessagingException {
    String raw = message.getHeader("Subject", null);
    return raw == null ? "" : decodeHeader(MimeUtility.unfold(raw)).strip();
  }

  /** RFC 2047 encoded words decoded; whitespace between two encoded words dropped (RFC 2047 6.2). */
  static String decodeHeader(String value) {
    if (value == null || !value.contains("=?")) {
      return value;
    }
    String joined = value;
    String previous;
    do {
      previous = joined;
      joined = BETWEEN_ENCODED_WORDS.matcher(joined).replaceAll("$1$2");
    } while (!joined.equals(previous));
    Matcher m = ENCODED_WORD.matcher(joined);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = "=?" + javaCharset(m.group(1)) + "?" + m.group(2) + "?" + m.group(3) + "?=";
      String decoded;
      try {
        decoded = MimeUtility.decodeWord(word);
      } catch (ParseException | UnsupportedEncodingException e) {
        decoded = m.group(); // left as written rather than lost
      }
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A charset label as Java should read it: GB2312 and GBK labels as GB18030 (mail clients write GBK under both). */
  static String javaCharset(String label) {
    String name = label.contains("*") ? label.substring(0, label.indexOf('*')) : label; // RFC 2231 language
    String lower = name.trim().toLowerCase(Locale.ROOT);
    if (lower.equals("gb2312") || lower.equals("gbk") || lower.equals("x-gbk") || lower.equals("cp936")
        || lower.equals("euc-cn") || lower.equals("x-euc-cn")) {
      return "GB18030";
    }
    return name.trim();
  }

  private static final class Body {
    String plain;
    String html;
    final List<InboundMail.Attachment> attachments = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
  }

  private static void read(Part part, Body body, long maxAttachmentBytes) throws MessagingException, IOException {
    String disposition = part.getDisposition();
    String fileName = fileName(part);
    boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null
        || part.isMimeType("message/rfc822");
    if (part.isMimeType("multipart/*") && !attachment) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        read(child, body, maxAttachmentBytes);
      }
      return;
    }
    if (!attachment && part.isMimeType("text/plain")) {
      body.plain = append(body.plain, text(part));
      return;
    }
    if (!attachment && part.isMimeType("text/html")) {
      body.html = append(body.html, text(part));
      return;
    }
    String name = safeFileName(fileName != null ? fileName
        : part.isMimeType("message/rfc822") ? "邮件-" + (body.attachments.size() + body.skipped.size() + 1) + ".eml"
        : "附件-" + (body.attachments.size() + body.skipped.size() + 1));
    byte[] content = bytes(part, maxAttachmentBytes);
    if (content == null) {
      body.skipped.add(name);
    } else {
      body.attachments.add(new InboundMail.Attachment(name, contentType(part), content));
    }
  }

  private static String append(String before, String more) {
    return before == null ? more : before + "\n\n" + more;
  }

  /** A text part in its declared charset (US-ASCII when it declares none, UTF-8 when Java does not know it). */
  private static String text(Part part) throws MessagingException, IOException {
    String charset = "US-ASCII";
    try {
      String declared = new ContentType(part.getContentType()).getParameter("charset");
      if (declared != null && !declared.isBlank()) {
        charset = javaCharset(declared);
      }
    } catch (ParseException e) {
      // a broken Content-Type: read with the fallback below
    }
    Charset cs;
    try {
      cs = Charset.forName(charset);
    } catch (IllegalArgumentException e) {
      cs = StandardCharsets.UTF_8;
    }
    if (cs.equals(StandardCharsets.US_ASCII)) {
      cs = StandardCharsets.UTF_8; // undeclared 8-bit text is UTF-8 more often than not; ASCII reads the same
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), cs);
    }
  }

  private static String fileName(Part part) throws MessagingException {
    String name = part.getFileName();
    return name == null || name.isBlank() ? null : decodeHeader(name);
  }

  /** Path parts and control characters removed, at most 200 characters (the document register's column). */
  static String safeFileName(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[\\p{Cntrl}]", "").strip();
    if (base.isEmpty() || base.equals(".") || base.equals("..")) {
      base = "附件";
    }
    if (base.length() > 200) {
      int dot = base.lastIndexOf('.');
      String extension = dot > 0 && base.length() - dot <= 20 ? base.substring(dot) : "";
      base = base.substring(0, 200 - extension.length()) + extension;
    }
    return base;
  }

  private static String contentType(Part part) throws MessagingException {
    try {
      String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
      return type.length() <= 200 ? type : "application/octet-stream";
    } catch (ParseException e) {
      return "application/octet-stream";
    }
  }

  /** The decoded content, or null when it is larger than {@code max} bytes. */
  private static byte[] bytes(Part part, long max) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > max) {
          return null;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  static byte[] raw(MimeMessage message) throws MessagingException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  private static List<String> messageIds(String header) {
    List<String> ids = new ArrayList<>();
    if (header != null) {
      Matcher m = MESSAGE_ID.matcher(header);
      while (m.find()) {
        ids.add(m.group());
      }
    }
    return ids;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
