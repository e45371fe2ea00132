package com.opsflow.evaluation;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records the evidence sources read, written straight into the registers (tickets, knowledge, leave). */
public final class EvaluationFixtures {

  private EvaluationFixtures() {
  }

  /** A ticket handled by {@code handler} whose resolution clock was breached at {@code breachedAt}. */
  public static void slowTicket(JdbcTemplate jdbc, String number, String system, String handler, LocalDateTime breachedAt) {
    jdbc.update("""
        INSERT INTO ticket (ticket_number, ticket_type, system_id, summary, important_period, status, created_at,
          handler, escalation_level, reopen_count, updated_at, resolve_breached_at, resolve_sla_met)
        VALUES (?, 'incident', ?, '测试超时工单', FALSE, 'resolved', ?, ?, 0, 0, ?, ?, FALSE)""",
        number, system, Timestamp.valueOf(breachedAt.minusHours(4)), handler, Timestamp.valueOf(breachedAt),
        Timestamp.valueOf(breachedAt));
  }

  /** A ticket {@code actor} escalated at {@code at}, never resolved. */
  public static void escalatedTicket(JdbcTemplate jdbc, String number, String system, String actor, LocalDateTime at) {
    jdbc.update("""
        INSERT INTO ticket (ticket_number, ticket_type, system_id, summary, important_period, status, created_at,
          escalation_level, reopen_count, updated_at)
        VALUES (?, 'incident', ?, '测试升级工单', FALSE, 'escalated', ?, 1, 0, ?)""",
        number, system, Timestamp.valueOf(at.minusHours(1)), Timestamp.valueOf(at));
    jdbc.update("INSERT INTO ticket_event (ticket_number, event_type, occurred_at, actor, detail) VALUES (?, 'escalated', ?, ?, ?)",
        number, Timestamp.valueOf(at), actor, "→ second-line");
  }

  /** A knowledge article of {@code system} written by {@code author} and published at {@code at}. */
  public static void publishedArticle(JdbcTemplate jdbc, String id, String system, String author, LocalDateTime at) {
    jdbc.update("""
        INSERT INTO kb_article (article_id, system_id, category, status, published_version, created_at, created_by,
          first_published_at, updated_at) VALUES (?, ?, 'fault', 'published', 1, ?, ?, ?, ?)""",
        id, system, Timestamp.valueOf(at), author, Timestamp.valueOf(at), Timestamp.valueOf(at));
    jdbc.update("""
        INSERT INTO kb_article_version (article_id, version_no, status, title, symptom, solution, author, reviewer, published_at)
        VALUES (?, 1, 'published', '测试知识', '现象', '解决方法', ?, 'demo-knowledge', ?)""", id, author, Timestamp.valueOf(at));
  }

  /** An approved (or other status) leave request in the leave register. */
  public static void leave(JdbcTemplate jdbc, String number, String applicant, java.time.LocalDate from, java.time.LocalDate to,
      double days, String status) {
    jdbc.update("""
        INSERT INTO staff_leave (leave_number, process_instance_id, applicant, backup_engineer, leave_type, leave_from,
          leave_to, days, sudden, reason, status, requested_at) VALUES (?, 'test', ?, 'demo-service-desk', 'annual', ?, ?, ?,
          FALSE, '年假', ?, ?)""", number, applicant, from, to, days, status, Timestamp.valueOf(from.atStartOfDay()));
  }
}
