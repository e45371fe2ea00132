package com.opsflow.risk;

import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tables {@code risk_review} and {@code risk_item} (V49): each review run and the risks it surveyed. */
@Repository
public class RiskReviewRegister {

  public record Review(String number, String system, String periodKey, String status) {
  }

  public record Risk(long id, String type, String description, String likelihood, String impact, String mitigation,
      String surveyedBy) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  RiskReviewRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void open(String number, String instanceId, String system, String periodKey) {
    jdbc.update("INSERT INTO risk_review (review_number, process_instance_id, system_id, period_key, status,"
        + " created_at) VALUES (?, ?, ?, ?, 'open', ?)", number, instanceId, system, periodKey, now());
  }

  void addRisk(String number, String type, String description, String likelihood, String impact, String mitigation,
      String user) {
    jdbc.update("INSERT INTO risk_item (review_number, risk_type, description, likelihood, impact, mitigation,"
            + " surveyed_by, surveyed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", number, type, description, likelihood, impact,
        mitigation, user, now());
  }

  void close(String number) {
    jdbc.update("UPDATE risk_review SET status = 'closed', closed_at = ? WHERE review_number = ?", now(), number);
  }

  public Optional<Review> find(String number) {
    return jdbc.query("SELECT * FROM risk_review WHERE review_number = ?", (rs, i) -> new Review(
        rs.getString("review_number"), rs.getString("system_id"), rs.getString("period_key"), rs.getString("status")),
        number).stream().findFirst();
  }

  public List<Risk> risks(String number) {
    return jdbc.query("SELECT * FROM risk_item WHERE review_number = ? ORDER BY id", (rs, i) -> new Risk(
        rs.getLong("id"), rs.getString("risk_type"), rs.getString("description"), rs.getString("likelihood"),
        rs.getString("impact"), rs.getString("mitigation"), rs.getString("surveyed_by")), number);
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }
}
