package com.opsflow.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads received mails: OpsFlow sends text with an HTML alternative (issue 16), tests read the text part. */
public final class Mails {

  private Mails() {
  }

  /** The plain-text body of a mail (the first text/plain part that is not an attachment), or null. */
  public static String text(Part part) throws Exception {
    if (part.getFileName() != null) {
      return null;
    }
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  /** The HTML alternative of a mail, or null. */
  public static String html(Part part) throws Exception {
    if (part.getFileName() != null) {
      return null;
    }
    if (part.isMimeType("text/html")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String html = html(multipart.getBodyPart(i));
        if (html != null) {
          return html;
        }
      }
    }
    return null;
  }
}
