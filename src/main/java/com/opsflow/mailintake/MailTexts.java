package com.opsflow.mailintake;

/**
 * A mail's parts as the incident's start fields take them (IncidentStartValidator): single-line texts without control
 * characters, within their lengths; the description keeps its lines.
 */
final class MailTexts {

  private MailTexts() {
  }

  /** The sender's name, else the address; at most 100 characters. */
  static String reporter(InboundMail mail) {
    String name = mail.senderName() == null ? "" : singleLine(mail.senderName());
    return cut(name.isEmpty() ? mail.senderAddress() : name, 100);
  }

  /** The subject on one line, at most 200 characters; a mail without one names its sender. */
  static String summary(InboundMail mail) {
    String subject = singleLine(mail.subject() == null ? "" : mail.subject());
    return cut(subject.isEmpty() ? "（无主题）来自 " + reporter(mail) + " 的邮件" : subject, 200);
  }

  /** "name <address>" or the address. */
  static String sender(InboundMail mail) {
    String name = mail.senderName() == null ? "" : singleLine(mail.senderName());
    return name.isEmpty() ? String.valueOf(mail.senderAddress()) : name + " <" + mail.senderAddress() + ">";
  }

  /** Where a ticket's mail came from, for its history. */
  static String origin(InboundMail mail) {
    int attachments = mail.attachments().size();
    return "发件人：" + sender(mail) + (attachments > 0 ? "，附件 " + attachments + " 个" : "") + "，Message-ID："
        + mail.messageKey();
  }

  /** Lines kept (CR LF as LF), tabs kept, other control characters dropped, trailing blanks trimmed. */
  static String multiLine(String text) {
    if (text == null) {
      return "";
    }
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    return lf.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("(?m)[ \\t]+$", "").replaceAll("\n{3,}", "\n\n")
        .strip();
  }

  static String singleLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }

  /** At most {@code max} characters; a cut text says so. */
  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    String mark = max > 100 ? "\n……（以下已截断）" : "…";
    return text.substring(0, max - mark.length()) + mark;
  }
}
