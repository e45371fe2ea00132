package com.opsflow.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Builds the search index of published articles that have none (the articles migrated by Flyway). */
@Component
class KnowledgeIndexer {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndexer.class);

  private final KnowledgeBase base;

  KnowledgeIndexer(KnowledgeBase base) {
    this.base = base;
  }

  @EventListener(ApplicationReadyEvent.class)
  void indexMissing() {
    int n = base.indexMissing();
    if (n > 0) {
      LOG.info("Indexed {} knowledge articles for search", n);
    }
  }
}
