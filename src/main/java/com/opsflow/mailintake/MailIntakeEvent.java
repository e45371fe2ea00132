package com.opsflow.mailintake;

import com.opsflow.ticket.TicketEventCode;

/** Mail intake's entries in a ticket's history (labels {@code event.<code>}); codes never change. */
enum MailIntakeEvent implements TicketEventCode {
  /** A mail to the desk's mailbox opened the ticket. */
  RECEIVED("mail-received"),
  /** A reply to an open ticket's mail. */
  REPLY("mail-reply"),
  /** A reply that came after the ticket had closed. */
  REPLY_AFTER_CLOSURE("mail-reply-after-closure"),
  /** An attachment not kept (type, size). */
  ATTACHMENT_REFUSED("mail-attachment-refused");

  private final String code;

  MailIntakeEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
