package com.opsflow.risk;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code contingency_plan}, {@code contingency_rehearsal} and {@code major_incident_plan} (V49). A plan is a
 * key with versions; writing a plan adds the next version and leaves every older one as it was. Who wrote and who
 * approved a version, and when it was last rehearsed, are facts of this register, not process variables
 * (docs/adr/0007).
 */
@Repository
public class ContingencyPlanRegister {

  public record Plan(String key, int version, String system, String faultLevel, String title, String content,
      String status, String author, LocalDateTime createdAt, String reviewNumber, String approvedBy,
      LocalDateTime approvedAt, String decisionComment, LocalDate lastRehearsedAt) {

    public boolean approved() {
      return STATUS_APPROVED.equals(status);
    }
  }

  public record Rehearsal(long id, String planKey, int planVersion, String reviewNumber, LocalDate rehearsedOn,
      String participants, String result, String problems, String recordedBy) {
  }

  public record IncidentPlan(String ticketNumber, String planKey, int planVersion, LocalDate rehearsedOn,
      String recordedBy) {
  }

  static final String STATUS_DRAFT = "draft";
  static final String STATUS_APPROVED = "approved";
  static final String STATUS_REWORK = "rework";

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  ContingencyPlanRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  /** Adds the next version of {@code key} (1 for a new key) as a draft; a key belongs to one system for good. */
  Plan addVersion(String key, String system, String faultLevel, String title, String content, String author,
      String reviewNumber) {
    List<Plan> versions = versions(key);
    if (!versions.isEmpty() && !versions.get(0).system().equals(system)) {
      throw new InvalidInputException(RiskReviewProcess.Var.PLAN_KEY, "字段 planKey（预案编号）：预案 " + key + " 属于"
          + SupportedSystems.name(versions.get(0).system()) + "，不能用于" + SupportedSystems.name(system)
          + " / field 'planKey': plan " + key + " belongs to system " + versions.get(0).system());
    }
    int next = versions.isEmpty() ? 1 : versions.get(0).version() + 1;
    jdbc.update("INSERT INTO contingency_plan (plan_key, version, system_id, fault_level, title, content, status,"
            + " author, created_at, review_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key, next, system, faultLevel,
        title, content, STATUS_DRAFT, author, now(), reviewNumber);
    return find(key, next).orElseThrow();
  }

  public Optional<Plan> find(String key, int version) {
    return jdbc.query("SELECT * FROM contingency_plan WHERE plan_key = ? AND version = ?", (rs, i) -> plan(rs), key,
        version).stream().findFirst();
  }

  /** Every version of a plan, newest first. */
  public List<Plan> versions(String key) {
    return jdbc.query("SELECT * FROM contingency_plan WHERE plan_key = ? ORDER BY version DESC", (rs, i) -> plan(rs),
        key);
  }

  /** Every version of every plan of a system, by fault level, key and newest version first. */
  public List<Plan> ofSystem(String system) {
    return jdbc.query("SELECT * FROM contingency_plan WHERE system_id = ? ORDER BY fault_level, plan_key,"
        + " version DESC", (rs, i) -> plan(rs), system);
  }

  /** The newest approved version of a plan, if any. */
  public Optional<Plan> latestApproved(String key) {
    return versions(key).stream().filter(Plan::approved).findFirst();
  }

  /** The version the run {@code reviewNumber} wrote last and nobody decided on yet. */
  Optional<Plan> draftOf(String reviewNumber) {
    return jdbc.query("SELECT * FROM contingency_plan WHERE review_number = ? AND status = ? ORDER BY created_at DESC,"
        + " version DESC", (rs, i) -> plan(rs), reviewNumber, STATUS_DRAFT).stream().findFirst();
  }

  void approve(String key, int version, String user, String comment) {
    decide(key, version, STATUS_APPROVED, user, comment);
  }

  void sendBack(String key, int version, String user, String comment) {
    decide(key, version, STATUS_REWORK, user, comment);
  }

  private void decide(String key, int version, String status, String user, String comment) {
    int changed = jdbc.update("UPDATE contingency_plan SET status = ?, approved_by = ?, approved_at = ?,"
            + " decision_comment = ? WHERE plan_key = ? AND version = ? AND status = ?", status,
        STATUS_APPROVED.equals(status) ? user : null, STATUS_APPROVED.equals(status) ? now() : null,
        STATUS_APPROVED.equals(status) ? comment : user + "：" + comment, key, version, STATUS_DRAFT);
    if (changed != 1) {
      throw new IllegalStateException("Plan " + key + " v" + version + " is not a draft");
    }
  }

  /** Records a rehearsal and moves the version's last rehearsal date forward (never back). */
  long rehearse(String key, int version, String reviewNumber, LocalDate on, String participants, String result,
      String problems, String user) {
    jdbc.update("INSERT INTO contingency_rehearsal (plan_key, plan_version, review_number, rehearsed_on, participants,"
            + " result, problems, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", key, version,
        reviewNumber, Date.valueOf(on), participants, result, problems, user, now());
    jdbc.update("UPDATE contingency_plan SET last_rehearsed_at = ? WHERE plan_key = ? AND version = ?"
        + " AND (last_rehearsed_at IS NULL OR last_rehearsed_at < ?)", Date.valueOf(on), key, version, Date.valueOf(on));
    return jdbc.queryForObject("SELECT MAX(id) FROM contingency_rehearsal WHERE plan_key = ? AND plan_version = ?",
        Long.class, key, version);
  }

  public List<Rehearsal> rehearsals(String key) {
    return jdbc.query("SELECT * FROM contingency_rehearsal WHERE plan_key = ? ORDER BY rehearsed_on DESC, id DESC",
        (rs, i) -> new Rehearsal(rs.getLong("id"), rs.getString("plan_key"), rs.getInt("plan_version"),
            rs.getString("review_number"), rs.getDate("rehearsed_on").toLocalDate(), rs.getString("participants"),
            rs.getString("result"), rs.getString("problems"), rs.getString("recorded_by")), key);
  }

  /** The plan a major incident started (one per ticket; a later choice replaces the earlier one). */
  void recordIncidentPlan(String ticketNumber, Plan plan, String user) {
    jdbc.update("DELETE FROM major_incident_plan WHERE ticket_number = ?", ticketNumber);
    jdbc.update("INSERT INTO major_incident_plan (ticket_number, plan_key, plan_version, rehearsed_on, recorded_by,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)", ticketNumber, plan.key(), plan.version(),
        plan.lastRehearsedAt() == null ? null : Date.valueOf(plan.lastRehearsedAt()), user, now());
  }

  public Optional<IncidentPlan> incidentPlan(String ticketNumber) {
    return jdbc.query("SELECT * FROM major_incident_plan WHERE ticket_number = ?", (rs, i) -> new IncidentPlan(
        rs.getString("ticket_number"), rs.getString("plan_key"), rs.getInt("plan_version"),
        rs.getDate("rehearsed_on") == null ? null : rs.getDate("rehearsed_on").toLocalDate(),
        rs.getString("recorded_by")), ticketNumber).stream().findFirst();
  }

  private Timestamp now() {
    return Timestamp.valueOf(time.localNow());
  }

  private static Plan plan(ResultSet rs) throws SQLException {
    Timestamp approvedAt = rs.getTimestamp("approved_at");
    Date rehearsed = rs.getDate("last_rehearsed_at");
    return new Plan(rs.getString("plan_key"), rs.getInt("version"), rs.getString("system_id"),
        rs.getString("fault_level"), rs.getString("title"), rs.getString("content"), rs.getString("status"),
        rs.getString("author"), rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("review_number"),
        rs.getString("approved_by"), approvedAt == null ? null : approvedAt.toLocalDateTime(),
        rs.getString("decision_comment"), rehearsed == null ? null : rehearsed.toLocalDate());
  }
}
