package com.opsflow.mailintake;

import java.util.Optional;

/** What the mailbox poller hands each mail to ({@link MailIntake}). */
interface MailHandler {

  /**
   * @return what this call made of the mail; empty when another poll (another node) took it first. Throws when
   *     nothing could be written: the mail is tried again at the next poll.
   */
  Optional<MailIntakeRegister.Outcome> take(InboundMail mail);
}
