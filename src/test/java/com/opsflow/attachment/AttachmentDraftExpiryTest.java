package com.opsflow.attachment;

import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, docs/adr/0011: drafts that no report claimed are deleted once expired (draft hours plus a margin) — a
 * user's own whenever they list or upload drafts, everybody's by the periodic sweep, which two nodes may run at once.
 * Tagged "integration": the PostgreSQL suite runs it too.
 */
@OpsFlowIntegrationTest
class AttachmentDraftExpiryTest {

  private static final String DESK_USER = "demo-service-desk";

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TicketTime time;
  @Autowired
  Attachments attachments;
  @Autowired
  AttachmentProperties properties;

  @Test
  void shouldDeleteTheUsersExpiredDraftsWhenTheyListTheirDraftsAndKeepEveryoneElses() {
    long expired = draft(DESK_USER, "过期截图.png", expiredAt());
    long valid = draft(DESK_USER, "今天的截图.png", time.localNow().minusHours(1));
    long othersExpired = draft("expiry-other-user", "别人的过期截图.png", expiredAt());

    ResponseEntity<List<java.util.Map<String, Object>>> list = RestClient.demo(http, SERVICE_DESK)
        .getList("/api/attachment-drafts");

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).extracting(f -> f.get("fileName")).containsExactly("今天的截图.png");
    assertThat(exists(expired)).as("own expired draft deleted").isFalse();
    assertThat(exists(valid)).isTrue();
    assertThat(exists(othersExpired)).as("another user's draft waits for the sweep").isTrue();
    attachments.deleteDraft(DESK_USER, valid);
    attachments.removeExpiredDrafts();
  }

  @Test
  void shouldDeleteTheUsersExpiredDraftsBeforeCountingANewUpload() {
    for (int i = 0; i < properties.maxDraftsPerUser(); i++) {
      draft("expiry-uploader", "旧截图" + i + ".png", expiredAt());
    }

    Attachments.Attachment stored = attachments.storeDraft("expiry-uploader", "新截图.png", TestFiles.png());

    assertThat(jdbc.queryForList("SELECT id FROM attachment_draft WHERE owner = ?", Long.class, "expiry-uploader"))
        .as("expired drafts neither count against the limit nor stay").containsExactly(stored.id());
    attachments.deleteDraft("expiry-uploader", stored.id());
  }

  @Test
  void shouldSweepExpiredDraftsOfAllUsersButNotThoseWithinTheDraftHoursOrTheMargin() throws Exception {
    List<Long> expired = List.of(draft("expiry-a", "a.png", expiredAt()), draft("expiry-b", "b.png", expiredAt()),
        draft("expiry-b", "c.png", expiredAt().minusDays(30)));
    long valid = draft("expiry-a", "d.png", time.localNow().minusHours(properties.draftHours() - 1));
    long inMargin = draft("expiry-b", "e.png", time.localNow().minusHours(properties.draftHours())
        .minus(Attachments.EXPIRY_MARGIN.dividedBy(2)));

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> sweep = attachments::removeExpiredDrafts;
      for (Future<Integer> done : nodes.invokeAll(List.of(sweep, sweep))) {
        assertThat(done.get()).as("a sweep at the same time as another one succeeds").isNotNegative();
      }
    } finally {
      nodes.shutdown();
    }

    assertThat(expired).noneMatch(this::exists);
    assertThat(exists(valid)).isTrue();
    assertThat(exists(inMargin)).as("invisible, but a report being registered might still be taking it").isTrue();
    assertThat(attachments.drafts("expiry-b")).as("invisible to its owner").isEmpty();
    jdbc.update("DELETE FROM attachment_draft WHERE id IN (?, ?)", valid, inMargin);
  }

  private LocalDateTime expiredAt() {
    return time.localNow().minusHours(properties.draftHours()).minus(Attachments.EXPIRY_MARGIN).minusMinutes(1);
  }

  private long draft(String owner, String fileName, LocalDateTime createdAt) {
    jdbc.update("INSERT INTO attachment_draft (owner, file_name, content_type, content, created_at)"
        + " VALUES (?, ?, 'image/png', ?, ?)", owner, fileName, TestFiles.png(), Timestamp.valueOf(createdAt));
    return jdbc.queryForObject("SELECT MAX(id) FROM attachment_draft WHERE owner = ? AND file_name = ?", Long.class,
        owner, fileName);
  }

  private boolean exists(long id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM attachment_draft WHERE id = ?", Integer.class, id) == 1;
  }
}
