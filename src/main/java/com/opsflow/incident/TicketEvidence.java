package com.opsflow.incident;

import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.ticket.TicketEvent;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the ticket register knows about an engineer's period on one contract (system): tickets they
 * handled whose response or resolution clock was breached in the period → {@code fault-slow}
 * (故障处理不及时, one per ticket; a resolution time the user agreed to move, B-2.3.13(4), counts as agreed); tickets they escalated in the period → information, with those still
 * unresolved at the end of the period named (escalating is the process, not a fault by itself; the
 * evaluator decides whether one is {@code fault-unresolved}).
 */
@Component
class TicketEvidence implements EvaluationEvidenceSource {

  private final JdbcTemplate jdbc;

  TicketEvidence(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to) {
    Timestamp a = Timestamp.valueOf(from.atStartOfDay());
    Timestamp b = Timestamp.valueOf(to.atStartOfDay());
    List<EvaluationEvidence> lines = new ArrayList<>();
    List<String> slow = jdbc.queryForList("""
        SELECT ticket_number FROM ticket WHERE system_id = ? AND handler = ?
          AND ((response_breached_at >= ? AND response_breached_at < ?) OR (resolve_breached_at >= ? AND resolve_breached_at < ?))
        ORDER BY ticket_number""", String.class, contract, engineer, a, b, a, b);
    if (!slow.isEmpty()) {
      lines.add(new EvaluationEvidence(ScoreItem.FAULT_SLOW.code(), slow.size(), slow, "本期经办的工单中 " + slow.size()
          + " 件超过响应或解决时限（故障处理不及时）：" + String.join("、", slow)));
    }
    // B-2.3.13(4): a delay the user agreed to moved the resolution due date (and its timer), so the breaches
    // above already count against the agreed time; the agreements themselves are information
    List<String> delayed = jdbc.queryForList("""
        SELECT ticket_number FROM ticket WHERE system_id = ? AND handler = ? AND delay_agreed_at >= ? AND delay_agreed_at < ?
        ORDER BY ticket_number""", String.class, contract, engineer, a, b);
    if (!delayed.isEmpty()) {
      lines.add(EvaluationEvidence.information("本期经用户同意延期 " + delayed.size() + " 件（B-2.3.13(4)，按约定解决时间计，"
          + "按时解决的不计故障处理不及时）：" + String.join("、", delayed), delayed));
    }
    List<String> escalated = jdbc.queryForList("""
        SELECT DISTINCT e.ticket_number FROM ticket_event e JOIN ticket t ON t.ticket_number = e.ticket_number
        WHERE e.event_type = ? AND e.actor = ? AND t.system_id = ? AND e.occurred_at >= ? AND e.occurred_at < ?
        ORDER BY e.ticket_number""", String.class, TicketEvent.ESCALATED.code(), engineer, contract, a, b);
    if (!escalated.isEmpty()) {
      List<String> open = jdbc.queryForList("""
          SELECT DISTINCT e.ticket_number FROM ticket_event e JOIN ticket t ON t.ticket_number = e.ticket_number
          WHERE e.event_type = ? AND e.actor = ? AND t.system_id = ? AND e.occurred_at >= ? AND e.occurred_at < ?
            AND (t.resolved_at IS NULL OR t.resolved_at >= ?)
          ORDER BY e.ticket_number""", String.class, TicketEvent.ESCALATED.code(), engineer, contract, a, b, b);
      lines.add(EvaluationEvidence.information("本期升级二线 " + escalated.size() + " 件：" + String.join("、", escalated)
          + (open.isEmpty() ? "，期末均已解决" : "；期末仍未解决 " + open.size() + " 件：" + String.join("、", open)
          + "（如属故障无法处理，请在“故障无法处理”中计入）"), escalated));
    }
    return lines;
  }
}
