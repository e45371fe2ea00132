package com.opsflow.attachment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drafts never claimed by a report would stay in attachment_draft for good (docs/adr/0011): every node deletes the
 * expired ones hourly. Several nodes may run it at once; the deletion is one idempotent statement, so no lock or leader
 * is needed. Each user's own expired drafts also go whenever they list or upload drafts.
 */
@Component
class DraftSweep {

  private static final Logger LOG = LoggerFactory.getLogger(DraftSweep.class);

  private final Attachments attachments;

  DraftSweep(Attachments attachments) {
    this.attachments = attachments;
  }

  @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
  void removeExpiredDrafts() {
    int removed = attachments.removeExpiredDrafts();
    if (removed > 0) {
      LOG.info("Removed {} expired attachment drafts", removed);
    }
  }
}
