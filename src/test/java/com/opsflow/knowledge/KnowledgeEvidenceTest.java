package com.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.evaluation.EvaluationFixtures;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The knowledge base's evidence for the service evaluation: published articles, scored once on the oa sheet. */
@OpsFlowIntegrationTest
class KnowledgeEvidenceTest {

  static final String ENGINEER = "ev-evidence-engineer";
  static final LocalDate FROM = LocalDate.of(2018, 6, 1);
  static final LocalDate TO = LocalDate.of(2018, 7, 1);

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  List<EvaluationEvidenceSource> sources;
  @Autowired
  KnowledgeEvidence knowledge;

  @Test
  void shouldScoreKnowledgeWorkOnceForOaAndOnlyMentionItElsewhere() {
    EvaluationFixtures.publishedArticle(jdbc, "KB-9181", "oa", ENGINEER, LocalDateTime.of(2018, 6, 3, 10, 0));
    EvaluationFixtures.publishedArticle(jdbc, "KB-9182", "oa", ENGINEER, LocalDateTime.of(2018, 6, 20, 10, 0));
    EvaluationFixtures.publishedArticle(jdbc, "KB-9183", "oa", ENGINEER, LocalDateTime.of(2018, 7, 1, 0, 0));
    EvaluationFixtures.publishedArticle(jdbc, "KB-9184", "tips", ENGINEER, LocalDateTime.of(2018, 6, 20, 10, 0));

    EvaluationEvidence oa = knowledge.evidenceFor(ENGINEER, "oa", FROM, TO).get(0);
    assertThat(oa.item()).isEqualTo("knowledge-base");
    assertThat(oa.count()).isEqualTo(1);
    assertThat(oa.references()).containsExactly("KB-9181", "KB-9182");
    EvaluationEvidence tips = knowledge.evidenceFor(ENGINEER, "tips", FROM, TO).get(0);
    assertThat(tips.scored()).isFalse();
    assertThat(tips.references()).containsExactly("KB-9184");
    assertThat(sources).contains(knowledge);
  }
}
