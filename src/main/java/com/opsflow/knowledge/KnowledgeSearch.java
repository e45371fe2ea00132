package com.opsflow.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the published articles, for Chinese text without an external engine: the
 * published version's fields are kept in an inverted index of character bigrams ({@link Grams});
 * a query's grams select the candidates in SQL, the score is computed here: per matched gram its
 * rarity (idf) times the weight of the field it occurs in (title and keywords above symptom above
 * solution and cause), times the share of the query's grams the article matches.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeSearch {

  static final Map<String, Double> FIELD_WEIGHTS = Map.of("title", 3.0, "keywords", 3.0, "symptom", 2.0,
      "solution", 1.5, "cause", 1.0);
  /** Long ticket texts are cut to this many distinct grams. */
  static final int MAX_QUERY_GRAMS = 300;
  private static final int EXCERPT_LENGTH = 80;

  private final JdbcTemplate jdbc;

  KnowledgeSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param system only articles of this system, or all when null
   * @return published articles matching the text, best first, at most {@code limit}
   */
  public List<Hit> search(String text, String system, int limit) {
    List<String> grams = new ArrayList<>(Grams.of(text).keySet());
    if (grams.isEmpty() || limit <= 0) {
      return List.of();
    }
    grams = grams.subList(0, Math.min(grams.size(), MAX_QUERY_GRAMS));
    String in = String.join(",", Collections.nCopies(grams.size(), "?"));
    List<Object> args = new ArrayList<>();
    String systemFilter = "";
    if (system != null) {
      systemFilter = " AND a.system_id = ?";
      args.add(system);
    }
    args.addAll(grams);
    Map<String, Map<String, Map<String, Integer>>> byArticle = new HashMap<>(); // article → gram → field → hits
    jdbc.query("SELECT g.article_id, g.gram, g.field, g.hits FROM kb_search_gram g"
        + " JOIN kb_article a ON a.article_id = g.article_id"
        + " WHERE a.status = 'published'" + systemFilter + " AND g.gram IN (" + in + ")", rs -> {
          byArticle.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .computeIfAbsent(rs.getString(2), k -> new HashMap<>())
              .put(rs.getString(3), rs.getInt(4));
        }, args.toArray());
    if (byArticle.isEmpty()) {
      return List.of();
    }
    int total = countPublished(system);
    int queryGrams = grams.size();
    Map<String, Integer> df = new HashMap<>();
    byArticle.values().forEach(m -> m.keySet().forEach(g -> df.merge(g, 1, Integer::sum)));
    List<Scored> scored = new ArrayList<>();
    byArticle.forEach((articleId, matches) -> {
      double score = 0;
      for (Map.Entry<String, Map<String, Integer>> gram : matches.entrySet()) {
        double idf = Math.log(1.0 + (double) total / df.get(gram.getKey()));
        for (Map.Entry<String, Integer> field : gram.getValue().entrySet()) {
          score += idf * FIELD_WEIGHTS.getOrDefault(field.getKey(), 1.0) * (1 + Math.log(field.getValue()));
        }
      }
      double coverage = (double) matches.size() / queryGrams;
      scored.add(new Scored(articleId, score * coverage));
    });
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::articleId));
    // the top articles in one query, not one per article: the incident start runs this (issue 15)
    List<Scored> top = scored.subList(0, Math.min(limit, scored.size()));
    Map<String, Hit> byId = new HashMap<>();
    jdbc.query("SELECT a.article_id, a.system_id, a.category, v.version_no, v.title, v.symptom, v.solution"
        + " FROM kb_article a JOIN kb_article_version v ON v.article_id = a.article_id"
        + " AND v.version_no = a.published_version WHERE a.article_id IN ("
        + String.join(",", Collections.nCopies(top.size(), "?")) + ")", rs -> {
          byId.put(rs.getString(1), new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
              rs.getString(5), excerpt(rs.getString(6)), rs.getString(6), rs.getString(7), 0));
        }, top.stream().map(Scored::articleId).toArray());
    List<Hit> hits = new ArrayList<>();
    for (Scored s : top) {
      Hit h = byId.get(s.articleId());
      if (h != null) {
        hits.add(new Hit(h.articleId(), h.system(), h.category(), h.version(), h.title(), h.symptomExcerpt(), h.symptom(),
            h.solution(), BigDecimal.valueOf(s.score()).setScale(3, RoundingMode.HALF_UP).doubleValue()));
      }
    }
    return hits;
  }

  private int countPublished(String system) {
    Integer n = system == null
        ? jdbc.queryForObject("SELECT COUNT(*) FROM kb_article WHERE status = 'published'", Integer.class)
        : jdbc.queryForObject("SELECT COUNT(*) FROM kb_article WHERE status = 'published' AND system_id = ?",
            Integer.class, system);
    return n == null ? 0 : n;
  }

  private static String excerpt(String text) {
    return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
  }

  /** Replaces the index entries of an article with the grams of the given fields (its published version). */
  @Transactional
  public void index(String articleId, Map<String, String> fields) {
    unindex(articleId);
    List<Object[]> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    fields.forEach((field, text) -> Grams.of(text).forEach((gram, hits) -> {
      if (seen.add(gram + "\u0000" + field)) {
        rows.add(new Object[] {gram, articleId, field, hits});
      }
    }));
    jdbc.batchUpdate("INSERT INTO kb_search_gram (gram, article_id, field, hits) VALUES (?, ?, ?, ?)", rows);
  }

  @Transactional
  public void unindex(String articleId) {
    jdbc.update("DELETE FROM kb_search_gram WHERE article_id = ?", articleId);
  }

  private record Scored(String articleId, double score) {
  }

  /** One search result: the article's published version. */
  public record Hit(String articleId, String system, String category, int version, String title, String symptomExcerpt,
      String symptom, String solution, double score) {
  }
}
