package com.opsflow.knowledge;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles and their versions: drafts get a number, a submitted draft becomes a version in
 * review, review decisions are kept, publishing makes the version current and searchable, retiring
 * takes the article out of search. Editing a published article works on a new version; the
 * published one stays current until the new one is published.
 */
@Service
@Transactional
public class KnowledgeBase {

  public static final String DRAFT = "draft";
  public static final String IN_REVIEW = "in-review";
  public static final String PUBLISHED = "published";
  public static final String RETIRED = "retired";
  static final String SUPERSEDED = "superseded";
  static final String REJECTED = "rejected";

  private final JdbcTemplate jdbc;
  private final KnowledgeSearch search;
  private final TicketTime time;

  KnowledgeBase(JdbcTemplate jdbc, KnowledgeSearch search, TicketTime time) {
    this.jdbc = jdbc;
    this.search = search;
    this.time = time;
  }

  /** A new article number KB-NNNN with the article's row, status draft. */
  public String createDraft(String system, String category, String sourceTicket, String createdBy) {
    jdbc.update("UPDATE kb_article_sequence SET last_value = last_value + 1 WHERE id = 1");
    Integer next = jdbc.queryForObject("SELECT last_value FROM kb_article_sequence WHERE id = 1", Integer.class);
    String articleId = String.format("%s%04d", KnowledgeProcess.ARTICLE_PREFIX, next);
    Timestamp now = now();
    jdbc.update("INSERT INTO kb_article (article_id, system_id, category, status, source_ticket, created_at, created_by,"
        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", articleId, system, category == null ? "other" : category,
        DRAFT, sourceTicket, now, createdBy, now);
    return articleId;
  }

  public void linkProcess(String articleId, String processInstanceId) {
    jdbc.update("UPDATE kb_article SET process_instance_id = ? WHERE article_id = ?", processInstanceId, articleId);
  }

  /**
   * Saves the drafted content as the article's working version, status in review: the version after
   * the published one (a rejected working version is reused, so version numbers have no gaps).
   *
   * @return the version number
   */
  public int submitForReview(String articleId, String category, ArticleContent content, String author) {
    Article article = require(articleId);
    int versionNo = (article.publishedVersion() == null ? 0 : article.publishedVersion()) + 1;
    Timestamp now = now();
    int updated = jdbc.update("UPDATE kb_article_version SET status = ?, title = ?, symptom = ?, cause = ?, solution = ?,"
        + " keywords = ?, author = ?, submitted_at = ? WHERE article_id = ? AND version_no = ?", IN_REVIEW,
        content.title(), content.symptom(), content.cause(), content.solution(), content.keywords(), author, now,
        articleId, versionNo);
    if (updated == 0) {
      jdbc.update("INSERT INTO kb_article_version (article_id, version_no, status, title, symptom, cause, solution,"
          + " keywords, author, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", articleId, versionNo, IN_REVIEW,
          content.title(), content.symptom(), content.cause(), content.solution(), content.keywords(), author, now);
    }
    jdbc.update("UPDATE kb_article SET category = ?, status = CASE WHEN published_version IS NULL THEN ? ELSE status END,"
        + " updated_at = ? WHERE article_id = ?", category, IN_REVIEW, now, articleId);
    return versionNo;
  }

  /** Approves and publishes the version in review: it becomes current and searchable. */
  public void publish(String articleId, int versionNo, String reviewer, String note) {
    Article article = require(articleId);
    Timestamp now = now();
    review(articleId, versionNo, reviewer, KnowledgeProcess.Outcome.APPROVED, note, now);
    if (article.publishedVersion() != null) {
      jdbc.update("UPDATE kb_article_version SET status = ? WHERE article_id = ? AND version_no = ?", SUPERSEDED,
          articleId, article.publishedVersion());
    }
    jdbc.update("UPDATE kb_article_version SET status = ?, reviewer = ?, published_at = ? WHERE article_id = ?"
        + " AND version_no = ?", PUBLISHED, reviewer, now, articleId, versionNo);
    jdbc.update("UPDATE kb_article SET status = ?, published_version = ?, first_published_at = COALESCE(first_published_at,"
        + " ?), updated_at = ? WHERE article_id = ?", PUBLISHED, versionNo, now, now, articleId);
    ArticleVersion v = version(articleId, versionNo).orElseThrow();
    index(articleId, v);
  }

  /** The reviewer sends the version back to drafting with a reason. */
  public void reject(String articleId, int versionNo, String reviewer, String reason) {
    Timestamp now = now();
    review(articleId, versionNo, reviewer, KnowledgeProcess.Outcome.REJECTED, reason, now);
    jdbc.update("UPDATE kb_article_version SET status = ? WHERE article_id = ? AND version_no = ?", REJECTED, articleId,
        versionNo);
    jdbc.update("UPDATE kb_article SET status = CASE WHEN published_version IS NULL THEN ? ELSE status END,"
        + " updated_at = ? WHERE article_id = ?", DRAFT, now, articleId);
  }

  /** Takes a published article out of use: search no longer finds it, incidents can no longer cite it. */
  public void retire(String articleId, String user, String reason) {
    Article article = require(articleId);
    if (!PUBLISHED.equals(article.status())) {
      throw new ArticleStateException("知识条目 " + articleId + " 的状态为 " + article.status() + "，只有已发布的条目可以停用"
          + " / only a published article can be retired");
    }
    Timestamp now = now();
    jdbc.update("UPDATE kb_article SET status = ?, retired_at = ?, retired_by = ?, retire_reason = ?, updated_at = ?"
        + " WHERE article_id = ?", RETIRED, now, user, reason, now, articleId);
    search.unindex(articleId);
  }

  /** Indexes every published article that has no index entries yet (the migrated seed articles). */
  public int indexMissing() {
    List<String> ids = jdbc.queryForList("SELECT a.article_id FROM kb_article a WHERE a.status = ? AND NOT EXISTS"
        + " (SELECT 1 FROM kb_search_gram g WHERE g.article_id = a.article_id)", String.class, PUBLISHED);
    for (String id : ids) {
      Article article = require(id);
      index(id, version(id, article.publishedVersion()).orElseThrow());
    }
    return ids.size();
  }

  @Transactional(readOnly = true)
  public Optional<Article> find(String articleId) {
    return jdbc.query("SELECT * FROM kb_article WHERE article_id = ?", (rs, n) -> new Article(rs.getString("article_id"),
        rs.getString("system_id"), rs.getString("category"), rs.getString("status"),
        (Integer) rs.getObject("published_version"), rs.getString("source_ticket"), rs.getString("created_by"),
        local(rs.getTimestamp("created_at")), local(rs.getTimestamp("first_published_at")),
        local(rs.getTimestamp("retired_at")), rs.getString("retire_reason")), articleId).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public boolean isPublished(String articleId) {
    return find(articleId).map(a -> PUBLISHED.equals(a.status())).orElse(false);
  }

  @Transactional(readOnly = true)
  public Optional<ArticleVersion> version(String articleId, Integer versionNo) {
    if (versionNo == null) {
      return Optional.empty();
    }
    return jdbc.query("SELECT * FROM kb_article_version WHERE article_id = ? AND version_no = ?",
        (rs, n) -> mapVersion(rs), articleId, versionNo).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<ArticleVersion> versions(String articleId) {
    return jdbc.query("SELECT * FROM kb_article_version WHERE article_id = ? ORDER BY version_no",
        (rs, n) -> mapVersion(rs), articleId);
  }

  @Transactional(readOnly = true)
  public List<Map<String, Object>> reviews(String articleId) {
    return jdbc.queryForList("SELECT version_no, reviewer, outcome, note, reviewed_at FROM kb_article_review"
        + " WHERE article_id = ? ORDER BY id", articleId);
  }

  private Article require(String articleId) {
    return find(articleId).orElseThrow(() -> new NoSuchElementException("没有知识条目 " + articleId
        + " / no knowledge article " + articleId));
  }

  private void review(String articleId, int versionNo, String reviewer, String outcome, String note, Timestamp at) {
    jdbc.update("INSERT INTO kb_article_review (article_id, version_no, reviewer, outcome, note, reviewed_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", articleId, versionNo, reviewer == null ? "unknown" : reviewer, outcome, note, at);
  }

  private void index(String articleId, ArticleVersion v) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", v.title());
    fields.put("keywords", v.keywords());
    fields.put("symptom", v.symptom());
    fields.put("cause", v.cause());
    fields.put("solution", v.solution());
    search.index(articleId, fields);
  }

  private static ArticleVersion mapVersion(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ArticleVersion(rs.getInt("version_no"), rs.getString("status"), rs.getString("title"),
        rs.getString("symptom"), rs.getString("cause"), rs.getString("solution"), rs.getString("keywords"),
        rs.getString("author"), rs.getString("reviewer"), local(rs.getTimestamp("submitted_at")),
        local(rs.getTimestamp("published_at")));
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private static LocalDateTime local(Timestamp ts) {
    return ts == null ? null : ts.toLocalDateTime();
  }

  /** What an author writes (the seed's template fields besides system and category). */
  public record ArticleContent(String title, String symptom, String cause, String solution, String keywords) {
  }

  public record Article(String articleId, String system, String category, String status, Integer publishedVersion,
      String sourceTicket, String createdBy, LocalDateTime createdAt, LocalDateTime firstPublishedAt,
      LocalDateTime retiredAt, String retireReason) {
  }

  public record ArticleVersion(int versionNo, String status, String title, String symptom, String cause,
      String solution, String keywords, String author, String reviewer, LocalDateTime submittedAt,
      LocalDateTime publishedAt) {
  }

  /** An action that the article's state does not allow (HTTP 409). */
  public static class ArticleStateException extends RuntimeException {
    ArticleStateException(String message) {
      super(message);
    }
  }

  static InvalidInputException unknownArticle(String field, String articleId) {
    return new InvalidInputException(field, "字段 " + field + "：知识条目 " + articleId + " 不存在或未发布 / field '" + field
        + "': knowledge article '" + articleId + "' does not exist or is not published");
  }
}
