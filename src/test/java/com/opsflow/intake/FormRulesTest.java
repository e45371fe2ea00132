package com.opsflow.intake;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server reads the rules of our Camunda Forms as Tasklist does. */
class FormRulesTest {

  static FormRules form(String id) throws IOException {
    try (InputStream in = new FileInputStream("forms/" + id + ".form")) {
      return FormRules.of(in, new ObjectMapper());
    }
  }

  @Test
  void shouldRequireTheOutcomeOfFirstLineAnalysis() throws IOException {
    assertThatThrownBy(() -> form("incident-first-line-analysis").check(Map.of("analysis", "查看日志"), Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'firstLineOutcome' is required");
  }

  @Test
  void shouldRefuseAnOutcomeTheFormDoesNotOffer() throws IOException {
    assertThatThrownBy(() -> form("incident-first-line-analysis")
        .check(Map.of("analysis", "a", "firstLineOutcome", "maybe"), Map.of()))
        .hasMessageContaining("'firstLineOutcome' has unknown value 'maybe'");
  }

  @Test
  void shouldRequireTheSolutionOnlyWhenResolvedAndTheReasonOnlyWhenEscalated() throws IOException {
    FormRules rules = form("incident-first-line-analysis");
    assertThatThrownBy(() -> rules.check(Map.of("analysis", "a", "firstLineOutcome", "resolved"), Map.of()))
        .hasMessageContaining("'solution' is required");
    assertThatThrownBy(() -> rules.check(Map.of("analysis", "a", "firstLineOutcome", "escalate"), Map.of()))
        .hasMessageContaining("'escalationReason' is required");
    assertThatCode(() -> rules.check(Map.of("analysis", "a", "firstLineOutcome", "escalate", "escalationReason", "r"),
        Map.of())).doesNotThrowAnyException();
    assertThatCode(() -> rules.check(Map.of("analysis", "a", "firstLineOutcome", "resolved", "solution", "s"),
        Map.of())).doesNotThrowAnyException();
  }

  @Test
  void shouldAcceptARequiredFieldTheTaskAlreadyHas() throws IOException {
    assertThatCode(() -> form("incident-followup-call-back").check(Map.of(), Map.of("callbackNote", "已回访")))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldCheckPatternsAndIgnoreReadOnlyFields() throws IOException {
    FormRules rules = form("incident-lookup-knowledge");
    assertThatThrownBy(() -> rules.check(Map.of("knowledgeArticleUsed", "文章一"), Map.of()))
        .hasMessageContaining("'knowledgeArticleUsed' does not match");
    assertThatCode(() -> rules.check(Map.of("knowledgeArticleUsed", "KB-0001", "summary", ""), Map.of()))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldCheckTheStartFormLikeTheStartValidator() throws IOException {
    assertThatThrownBy(() -> form("incident-start").check(Map.of("system", "tips", "channel", "hotline",
        "reporter", "r", "summary", "s", "impact", "city", "urgency", "high", "reporterEmail", "x@"), Map.of()))
        .hasMessageContaining("'reporterEmail' is not a valid e-mail address");
  }

  /** Issue 9: a completion writes only its form's editable fields; read-only ones are shown, never written back. */
  @Test
  void shouldLetACompletionWriteOnlyTheFormsEditableFields() throws IOException {
    FormRules rules = form("approval-decide");
    assertThatCode(() -> rules.checkWritable(Map.of("approvalDecision", "approve"), Map.of()))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> rules.checkWritable(Map.of("approvalDecision", "approve", "approvalOutcome", "approved"),
        Map.of())).isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("approvalOutcome");
    assertThatThrownBy(() -> rules.checkWritable(Map.of("approvalAuthor", "someone-else"),
        Map.of("approvalAuthor", "the-author"))).isInstanceOf(ActionNotAllowedException.class)
        .hasMessageContaining("'approvalAuthor' is read-only");
    org.assertj.core.api.Assertions.assertThat(rules.checkWritable(Map.of("approvalAuthor", "the-author",
        "approvalDecision", "approve"), Map.of("approvalAuthor", "the-author"))).containsExactly("approvalAuthor");
  }

  @Test
  void shouldTakeAReadOnlyNumberSentBackAsShown() throws IOException {
    FormRules rules = form("data-maintenance-review-mismatch");
    java.util.Set<String> drop = rules.checkWritable(Map.of("expectedRecords", 10, "actualRecords", 12.0),
        Map.of("expectedRecords", 10L, "actualRecords", 12L));
    org.assertj.core.api.Assertions.assertThat(drop).containsExactlyInAnyOrder("expectedRecords", "actualRecords");
    assertThatThrownBy(() -> rules.checkWritable(Map.of("actualRecords", 10), Map.of("actualRecords", 12L)))
        .hasMessageContaining("actualRecords");
  }
}
