package com.opsflow.release;

import com.opsflow.ticket.TicketTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The release register ({@code release_register}) and the problems each release resolves ({@code release_problem}). */
@Service
@Transactional
public class ReleaseRegister {

  /** One release as reports and {@code GET /api/releases/{number}} read it. */
  public record Release(String releaseNumber, String system, String kind, String version, String affectedOffices,
      String status, String impactLevel, String planAuthor, LocalDateTime windowStart, LocalDateTime windowEnd,
      String approvedBy, LocalDateTime upgradedAt, String verifiedBy, LocalDateTime rolledBackAt,
      LocalDateTime createdAt, String createdBy, LocalDateTime closedAt) {
  }

  /** A problem the release resolves, and whether it was told on close. */
  public record LinkedProblem(String problemNumber, LocalDateTime linkedAt, String linkedBy, LocalDateTime notifiedAt,
      String notifyResult) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  ReleaseRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void register(String number, String system, String kind, String version, String affectedOffices, String actor) {
    LocalDateTime now = time.localNow();
    jdbc.update("""
        INSERT INTO release_register (release_number, system_id, release_kind, release_version, affected_offices, status,
          created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, system, kind, version, affectedOffices, ReleaseProcess.OPEN, ts(now), actor, ts(now));
  }

  void link(String releaseNumber, String problemNumber, String actor) {
    jdbc.update("INSERT INTO release_problem (release_number, problem_number, linked_at, linked_by) VALUES (?, ?, ?, ?)",
        releaseNumber, problemNumber, ts(time.localNow()), actor);
  }

  void planned(String number, String impactLevel, String author, Instant windowStart, Instant windowEnd) {
    update(number, "impact_level = ?, plan_author = ?, window_start = ?, window_end = ?", impactLevel, author,
        ts(local(windowStart)), ts(local(windowEnd)));
  }

  void status(String number, String status) {
    update(number, "status = ?", status);
  }

  void approved(String number, String approvedBy) {
    update(number, "approved_by = ?", approvedBy);
  }

  void released(String number, String verifiedBy) {
    update(number, "status = ?, upgraded_at = ?, verified_by = ?", ReleaseProcess.RELEASED, ts(time.localNow()),
        verifiedBy);
  }

  void rolledBack(String number) {
    update(number, "status = ?, rolled_back_at = ?", ReleaseProcess.ROLLED_BACK, ts(time.localNow()));
  }

  void closed(String number) {
    update(number, "closed_at = ?", ts(time.localNow()));
  }

  void problemNotified(String releaseNumber, String problemNumber, String result) {
    jdbc.update("UPDATE release_problem SET notified_at = ?, notify_result = ? WHERE release_number = ? AND problem_number = ?",
        ts(time.localNow()), result, releaseNumber, problemNumber);
  }

  @Transactional(readOnly = true)
  public Optional<Release> find(String number) {
    return jdbc.query("SELECT * FROM release_register WHERE release_number = ?", ReleaseRegister::map, number).stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  public List<LinkedProblem> problems(String releaseNumber) {
    return jdbc.query("SELECT * FROM release_problem WHERE release_number = ? ORDER BY problem_number",
        (rs, i) -> new LinkedProblem(rs.getString("problem_number"), local(rs.getTimestamp("linked_at")),
            rs.getString("linked_by"), local(rs.getTimestamp("notified_at")), rs.getString("notify_result")),
        releaseNumber);
  }

  /** Release numbers that resolve the problem, oldest first. */
  @Transactional(readOnly = true)
  public List<String> releasesOf(String problemNumber) {
    return jdbc.queryForList("SELECT release_number FROM release_problem WHERE problem_number = ? ORDER BY linked_at",
        String.class, problemNumber);
  }

  private void update(String number, String columns, Object... values) {
    Object[] args = new Object[values.length + 2];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = ts(time.localNow());
    args[values.length + 1] = number;
    if (jdbc.update("UPDATE release_register SET " + columns + ", updated_at = ? WHERE release_number = ?", args) == 0) {
      throw new IllegalStateException("No release " + number + " in the register");
    }
  }

  private LocalDateTime local(Instant instant) {
    return instant == null ? null : time.local(instant);
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  private static Release map(ResultSet rs, int row) throws SQLException {
    return new Release(rs.getString("release_number"), rs.getString("system_id"), rs.getString("release_kind"),
        rs.getString("release_version"), rs.getString("affected_offices"), rs.getString("status"),
        rs.getString("impact_level"), rs.getString("plan_author"), local(rs.getTimestamp("window_start")),
        local(rs.getTimestamp("window_end")), rs.getString("approved_by"), local(rs.getTimestamp("upgraded_at")),
        rs.getString("verified_by"), local(rs.getTimestamp("rolled_back_at")), local(rs.getTimestamp("created_at")),
        rs.getString("created_by"), local(rs.getTimestamp("closed_at")));
  }
}
