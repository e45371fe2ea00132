package com.opsflow.knowledge;

import com.opsflow.cluster.StartupLock;
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
  private final StartupLock startupLock;

  KnowledgeIndexer(KnowledgeBase base, StartupLock startupLock) {
    this.base = base;
    this.startupLock = startupLock;
  }

  /** One node at a time (issue 14): a node starting beside another finds the index built, not half-built. */
  @EventListener(ApplicationReadyEvent.class)
  void indexMissing() {
    startupLock.run("knowledge-index", () -> {
      int n = base.indexMissing();
      if (n > 0) {
        LOG.info("Indexed {} knowledge articles for search", n);
      }
    });
  }
}
