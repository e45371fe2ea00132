package com.opsflow.knowledge;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly knowledge statistics (B-2.3.11(4) 知识统计): articles newly published, articles updated
 * (a later version published), articles used (an incident recorded the article that solved it:
 * the ticket register's knowledge-used events), articles retired — in total, by system, by category.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeStatistics {

  static final String[] MEASURES = {"new", "updated", "used", "retired"};

  private final JdbcTemplate jdbc;

  KnowledgeStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Statistics month(YearMonth month) {
    Timestamp from = Timestamp.valueOf(month.atDay(1).atStartOfDay());
    Timestamp to = Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay());
    Map<String, Integer> totals = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> bySystem = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> byCategory = new LinkedHashMap<>();
    KnowledgeProcess.SYSTEMS.forEach(s -> bySystem.put(s, zero()));
    KnowledgeProcess.CATEGORIES.keySet().forEach(c -> byCategory.put(c, zero()));
    totals.putAll(zero());
    count("new", "SELECT a.system_id, a.category, COUNT(*) FROM kb_article a"
        + " WHERE a.first_published_at >= ? AND a.first_published_at < ? GROUP BY a.system_id, a.category",
        from, to, totals, bySystem, byCategory);
    count("updated", "SELECT a.system_id, a.category, COUNT(*) FROM kb_article_version v"
        + " JOIN kb_article a ON a.article_id = v.article_id"
        + " WHERE v.published_at >= ? AND v.published_at < ? AND v.version_no > 1 GROUP BY a.system_id, a.category",
        from, to, totals, bySystem, byCategory);
    count("used", "SELECT a.system_id, a.category, COUNT(*) FROM ticket_event e"
        + " JOIN kb_article a ON a.article_id = e.detail"
        + " WHERE e.event_type = 'knowledge-used' AND e.occurred_at >= ? AND e.occurred_at < ?"
        + " GROUP BY a.system_id, a.category", from, to, totals, bySystem, byCategory);
    count("retired", "SELECT a.system_id, a.category, COUNT(*) FROM kb_article a"
        + " WHERE a.retired_at >= ? AND a.retired_at < ? GROUP BY a.system_id, a.category",
        from, to, totals, bySystem, byCategory);
    Integer published = jdbc.queryForObject("SELECT COUNT(*) FROM kb_article WHERE status = 'published'", Integer.class);
    return new Statistics(month.toString(), totals, bySystem, byCategory, published == null ? 0 : published);
  }

  private void count(String measure, String sql, Timestamp from, Timestamp to, Map<String, Integer> totals,
      Map<String, Map<String, Integer>> bySystem, Map<String, Map<String, Integer>> byCategory) {
    jdbc.query(sql, rs -> {
      int n = rs.getInt(3);
      totals.merge(measure, n, Integer::sum);
      bySystem.computeIfAbsent(rs.getString(1), k -> zero()).merge(measure, n, Integer::sum);
      byCategory.computeIfAbsent(rs.getString(2), k -> zero()).merge(measure, n, Integer::sum);
    }, from, to);
  }

  private static Map<String, Integer> zero() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String measure : MEASURES) {
      m.put(measure, 0);
    }
    return m;
  }

  /** Counts of one month; {@code publishedNow} is the number of published articles today. */
  public record Statistics(String month, Map<String, Integer> total, Map<String, Map<String, Integer>> bySystem,
      Map<String, Map<String, Integer>> byCategory, int publishedNow) {
  }
}
