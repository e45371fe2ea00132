package com.opsflow.mailintake;

import java.util.List;

/**
 * A mail as the intake reads it, free of the mail library: the key it is claimed under, the sender, the decoded
 * subject and text, the Message-IDs it answers, its attachments.
 *
 * @param messageKey its Message-ID, or a digest of the whole mail when it has none (what makes it the same mail for
 *     every node that polls)
 * @param senderAddress the From address, null when there is none that can be read
 * @param senderName the From display name, null when there is none
 * @param replyTo the Message-IDs of In-Reply-To and References, newest first
 * @param autoSubmitted an automatic mail (Auto-Submitted other than "no", an out-of-office answer): never a new incident
 * @param raw the whole mail as received (kept with the ticket when the text had to be cut); null when only the headers
 *     were read
 * @param size its size in bytes as the server tells it, -1 when unknown
 * @param refusal why the mail cannot be taken, found while reading it (too big, a broken MIME structure); null when
 *     it can
 */
record InboundMail(String messageKey, String senderAddress, String senderName, String subject, String text,
    List<String> replyTo, boolean autoSubmitted, List<Attachment> attachments, List<String> skippedAttachments,
    byte[] raw, long size, String refusal) {

  InboundMail {
    replyTo = List.copyOf(replyTo);
    attachments = List.copyOf(attachments);
    skippedAttachments = List.copyOf(skippedAttachments);
  }

  record Attachment(String fileName, String contentType, byte[] content) {
  }
}
