package com.opsflow.evaluation;

import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The evaluation register ({@code evaluation_period}, {@code evaluation_line}): a period is claimed when
 * its evaluation starts, so it is scored at most once; the lines keep the pre-filled count next to the
 * evaluator's count and reason for the audit.
 */
@Service
public class EvaluationRegister {

  public static final String OPEN = "open";
  public static final String SCORED = "scored";
  static final String REF_SEPARATOR = ",";

  /** One evaluated (or open) period. */
  public record Evaluation(long id, String evaluationNumber, String processInstanceId, String contract, String engineer,
      String period, int contractYear, String status, BigDecimal score, String action, Integer periodsBelow50,
      Integer consecutiveBelow40, String evaluator, String evaluatorNote, LocalDateTime evaluatedAt, String actionTaken,
      String actionNote, String actionDecidedBy, LocalDateTime actionDecidedAt, java.time.LocalDate periodFrom,
      java.time.LocalDate terminationEffective, Integer terminationDays, BigDecimal terminationDeduction) {
  }

  /** One line: an item (null: information) with pre-filled and final count, points, reason and evidence. */
  public record Line(int lineNo, String item, int prefilledCount, Integer count, Integer points, String correctionReason,
      String explanation, List<String> references, BigDecimal sheetPoints, BigDecimal sheetMax) {

    /** A line of the invoice sheet (item = the sheet line's code, explanation = its label). */
    public boolean sheetLine() {
      return sheetMax != null;
    }

    public Integer subtotal() {
      return count == null || points == null ? null : count * points;
    }

    public boolean corrected() {
      return count != null && count != prefilledCount;
    }
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  EvaluationRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  /** Claims the period for this evaluation; {@link EvaluationConflictException} when it is taken. */
  void claim(String number, String processInstanceId, String engineer, EvaluationPeriod period) {
    find(period.contract().code(), engineer, period.code()).ifPresent(e -> {
      throw EvaluationConflictException.taken(e);
    });
    try {
      jdbc.update("""
          INSERT INTO evaluation_period (evaluation_number, process_instance_id, contract, engineer, period,
            contract_year, period_from, period_to, status, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          number, processInstanceId, period.contract().code(), engineer, period.code(), period.contractYear(),
          period.from(), period.to(), OPEN, Timestamp.valueOf(time.localNow()));
    } catch (DuplicateKeyException e) {
      throw EvaluationConflictException.taken(find(period.contract().code(), engineer, period.code()).orElseThrow());
    }
  }

  /** An evaluation that ends without a score (cancelled in Cockpit) gives its period free again. */
  void releaseIfOpen(String number) {
    Long id = idOf(number).orElse(null);
    if (id == null || !OPEN.equals(jdbc.queryForObject("SELECT status FROM evaluation_period WHERE id = ?", String.class, id))) {
      return;
    }
    jdbc.update("DELETE FROM evaluation_line WHERE evaluation_id = ?", id);
    jdbc.update("DELETE FROM evaluation_period WHERE id = ?", id);
  }

  void prefill(String number, List<EvaluationEvidence> lines) {
    long id = idOf(number).orElseThrow();
    jdbc.update("DELETE FROM evaluation_line WHERE evaluation_id = ?", id);
    int n = 0;
    for (EvaluationEvidence e : lines) {
      jdbc.update("""
          INSERT INTO evaluation_line (evaluation_id, line_no, item, prefilled_count, explanation, evidence_refs)
          VALUES (?, ?, ?, ?, ?, ?)""", id, ++n, e.item(), e.count(), cut(e.explanation(), 4000),
          cut(String.join(REF_SEPARATOR, e.references()), 4000));
    }
  }

  /** The evaluator's final count of one line (by item; information lines have none). */
  void recordLine(String number, String item, int count, Integer points, String reason) {
    long id = idOf(number).orElseThrow();
    int updated = jdbc.update("UPDATE evaluation_line SET item_count = ?, points = ?, correction_reason = ?"
        + " WHERE evaluation_id = ? AND item = ?", count, points, reason, id, item);
    if (updated == 0) {
      Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(line_no), 0) FROM evaluation_line WHERE evaluation_id = ?",
          Integer.class, id);
      jdbc.update("""
          INSERT INTO evaluation_line (evaluation_id, line_no, item, prefilled_count, item_count, points, correction_reason)
          VALUES (?, ?, ?, 0, ?, ?, ?)""", id, last + 1, item, count, points, reason);
    }
  }

  /** One line of the invoice sheet: the points awarded and the line's maximum (opsflow.scoring.invoice-sheet). */
  void recordSheetLine(String number, String code, String label, BigDecimal points, BigDecimal max) {
    long id = idOf(number).orElseThrow();
    jdbc.update("DELETE FROM evaluation_line WHERE evaluation_id = ? AND item = ? AND sheet_max IS NOT NULL", id, code);
    Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(line_no), 0) FROM evaluation_line WHERE evaluation_id = ?",
        Integer.class, id);
    jdbc.update("""
        INSERT INTO evaluation_line (evaluation_id, line_no, item, prefilled_count, explanation, sheet_points, sheet_max)
        VALUES (?, ?, ?, 0, ?, ?, ?)""", id, last + 1, code, cut(label, 4000), points, max);
  }

  void recordScore(String number, BigDecimal score, String action, int periodsBelow50, int consecutiveBelow40,
      String evaluator, String note) {
    jdbc.update("""
        UPDATE evaluation_period SET status = ?, score = ?, action = ?, periods_below_50 = ?, consecutive_below_40 = ?,
          evaluator = ?, evaluator_note = ?, evaluated_at = ? WHERE evaluation_number = ?""",
        SCORED, score, action, periodsBelow50, consecutiveBelow40, evaluator, cut(note, 2000),
        Timestamp.valueOf(time.localNow()), number);
  }

  void recordDecision(String number, String actionTaken, String note, String decidedBy) {
    jdbc.update("UPDATE evaluation_period SET action_taken = ?, action_note = ?, action_decided_by = ?,"
        + " action_decided_at = ? WHERE evaluation_number = ?", actionTaken, cut(note, 2000), decidedBy,
        Timestamp.valueOf(time.localNow()), number);
  }

  /** terminate-contract decided: the first day not served, the days not served and the deduction (null: bureau decides). */
  void recordTermination(String number, java.time.LocalDate effective, long days, BigDecimal deduction) {
    jdbc.update("UPDATE evaluation_period SET termination_effective = ?, termination_days = ?, termination_deduction = ?"
        + " WHERE evaluation_number = ?", effective, (int) days, deduction, number);
  }

  public Optional<Evaluation> find(String contract, String engineer, String period) {
    return jdbc.query("SELECT * FROM evaluation_period WHERE contract = ? AND engineer = ? AND period = ?",
        EvaluationRegister::map, contract, engineer, period).stream().findFirst();
  }

  public Optional<Evaluation> find(String number) {
    return jdbc.query("SELECT * FROM evaluation_period WHERE evaluation_number = ?", EvaluationRegister::map, number)
        .stream().findFirst();
  }

  /**
   * The scored periods of an engineer that start in {@code [from, to)}, in period order. By dates, not by the stored
   * {@code contract_year}, so the contract year follows the configured contract start.
   */
  public List<Evaluation> scoredBetween(String contract, String engineer, java.time.LocalDate from,
      java.time.LocalDate to) {
    return jdbc.query("SELECT * FROM evaluation_period WHERE contract = ? AND engineer = ? AND period_from >= ?"
        + " AND period_from < ? AND status = ? ORDER BY period_from", EvaluationRegister::map, contract, engineer, from, to,
        SCORED);
  }

  /** Every scored period of the contract (all engineers) that starts in {@code [from, to)}, in period order. */
  public List<Evaluation> scoredBetween(String contract, java.time.LocalDate from, java.time.LocalDate to) {
    return jdbc.query("SELECT * FROM evaluation_period WHERE contract = ? AND period_from >= ? AND period_from < ?"
        + " AND status = ? ORDER BY period_from, engineer", EvaluationRegister::map, contract, from, to, SCORED);
  }

  public List<Line> lines(long evaluationId) {
    return jdbc.query("SELECT * FROM evaluation_line WHERE evaluation_id = ? ORDER BY line_no", (rs, n) -> {
      String refs = rs.getString("evidence_refs");
      return new Line(rs.getInt("line_no"), rs.getString("item"), rs.getInt("prefilled_count"),
          (Integer) rs.getObject("item_count", Integer.class), (Integer) rs.getObject("points", Integer.class),
          rs.getString("correction_reason"), rs.getString("explanation"),
          refs == null || refs.isBlank() ? List.of() : Arrays.asList(refs.split(REF_SEPARATOR)),
          rs.getBigDecimal("sheet_points"), rs.getBigDecimal("sheet_max"));
    }, evaluationId);
  }

  public List<Line> lines(String number) {
    return idOf(number).map(this::lines).orElse(List.of());
  }

  private Optional<Long> idOf(String number) {
    return jdbc.queryForList("SELECT id FROM evaluation_period WHERE evaluation_number = ?", Long.class, number).stream()
        .findFirst();
  }

  private static Evaluation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp evaluatedAt = rs.getTimestamp("evaluated_at");
    Timestamp decidedAt = rs.getTimestamp("action_decided_at");
    return new Evaluation(rs.getLong("id"), rs.getString("evaluation_number"), rs.getString("process_instance_id"),
        rs.getString("contract"), rs.getString("engineer"), rs.getString("period"), rs.getInt("contract_year"),
        rs.getString("status"), rs.getBigDecimal("score"), rs.getString("action"),
        (Integer) rs.getObject("periods_below_50", Integer.class),
        (Integer) rs.getObject("consecutive_below_40", Integer.class), rs.getString("evaluator"),
        rs.getString("evaluator_note"), evaluatedAt == null ? null : evaluatedAt.toLocalDateTime(),
        rs.getString("action_taken"), rs.getString("action_note"), rs.getString("action_decided_by"),
        decidedAt == null ? null : decidedAt.toLocalDateTime(), rs.getObject("period_from", java.time.LocalDate.class),
        rs.getObject("termination_effective", java.time.LocalDate.class),
        (Integer) rs.getObject("termination_days", Integer.class), rs.getBigDecimal("termination_deduction"));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
