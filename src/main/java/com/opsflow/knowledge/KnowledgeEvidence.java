package com.opsflow.knowledge;

import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.scoring.ScoringDecisions.Contract;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Knowledge work: versions of the contract's knowledge articles that the engineer wrote and that were
 * published in the period. On the oa sheet this pre-fills {@code knowledge-base} (知识库管理规范) once for
 * the period — the item rates the practice, not each article; elsewhere it is information.
 */
@Component
class KnowledgeEvidence implements EvaluationEvidenceSource {

  private final JdbcTemplate jdbc;

  KnowledgeEvidence(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to) {
    List<String> published = jdbc.queryForList("""
        SELECT v.article_id FROM kb_article_version v JOIN kb_article a ON a.article_id = v.article_id
        WHERE v.author = ? AND a.system_id = ? AND v.published_at >= ? AND v.published_at < ?
        ORDER BY v.article_id""", String.class, engineer, contract, Timestamp.valueOf(from.atStartOfDay()),
        Timestamp.valueOf(to.atStartOfDay())).stream().distinct().toList();
    if (published.isEmpty()) {
      return List.of();
    }
    String text = "本期编写并发布知识条目 " + published.size() + " 篇：" + String.join("、", published);
    if (Contract.OA.code().equals(contract)) {
      return List.of(new EvaluationEvidence(ScoreItem.KNOWLEDGE_BASE.code(), 1, published, text
          + "（知识库管理规范按期计 1 次）"));
    }
    return List.of(EvaluationEvidence.information(text, published));
  }
}
