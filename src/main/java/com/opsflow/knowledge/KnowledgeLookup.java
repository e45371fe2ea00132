package com.opsflow.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A simple knowledge store for the desk's lookup step: articles of the ticket's system ranked by how
 * many of their keywords (and title) occur in the ticket's text. The knowledge issue replaces it.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeLookup {

  private final JdbcTemplate jdbc;

  KnowledgeLookup(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<KnowledgeHit> search(String system, String text, int limit) {
    String haystack = text == null ? "" : text.toLowerCase(Locale.ROOT);
    List<KnowledgeHit> hits = new ArrayList<>();
    jdbc.query("SELECT article_id, title, symptom, solution, keywords FROM knowledge_article WHERE system_id = ?",
        rs -> {
          int score = haystack.contains(rs.getString("title").toLowerCase(Locale.ROOT)) ? 3 : 0;
          for (String keyword : rs.getString("keywords").split("[,，]")) {
            if (!keyword.isBlank() && haystack.contains(keyword.trim().toLowerCase(Locale.ROOT))) {
              score++;
            }
          }
          if (score > 0) {
            hits.add(new KnowledgeHit(rs.getString("article_id"), rs.getString("title"), rs.getString("symptom"),
                rs.getString("solution"), score));
          }
        }, system);
    hits.sort(Comparator.comparingInt(KnowledgeHit::score).reversed().thenComparing(KnowledgeHit::articleId));
    return hits.subList(0, Math.min(limit, hits.size()));
  }

  public record KnowledgeHit(String articleId, String title, String symptom, String solution, int score) {
  }
}
