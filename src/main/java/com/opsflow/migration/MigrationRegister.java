package com.opsflow.migration;

import com.opsflow.ticket.TicketTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The migration register ({@code migration_register}). */
@Service
@Transactional
public class MigrationRegister {

  /** One migration as reports and {@code GET /api/migrations/{number}} read it. */
  public record Migration(String migrationNumber, String system, String type, boolean dataMigration,
      String requestingOffice, String status, String planAuthor, String approvedBy, LocalDateTime switchedOverAt,
      LocalDateTime rolledBackAt, LocalDateTime createdAt, String createdBy,
      LocalDateTime closedAt) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  MigrationRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void register(String number, String system, String type, boolean dataMigration, String office, String actor) {
    LocalDateTime now = time.localNow();
    jdbc.update("""
        INSERT INTO migration_register (migration_number, system_id, migration_type, data_migration, requesting_office,
          status, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, system, type, dataMigration, office, MigrationProcess.OPEN, ts(now), actor, ts(now));
  }

  void planned(String number, String author) {
    update(number, "plan_author = ?", author);
  }

  void approved(String number, String approvedBy) {
    update(number, "approved_by = ?", approvedBy);
  }

  void switchedOver(String number) {
    update(number, "status = ?, switched_over_at = ?", MigrationProcess.SWITCHED_OVER, ts(time.localNow()));
  }

  void rolledBack(String number) {
    update(number, "status = ?, rolled_back_at = ?, closed_at = ?", MigrationProcess.ROLLED_BACK, ts(time.localNow()),
        ts(time.localNow()));
  }

  void ended(String number, String status) {
    update(number, "status = ?, closed_at = ?", status, ts(time.localNow()));
  }

  @Transactional(readOnly = true)
  public Optional<Migration> find(String number) {
    return jdbc.query("SELECT * FROM migration_register WHERE migration_number = ?", MigrationRegister::map, number)
        .stream().findFirst();
  }

  private void update(String number, String columns, Object... values) {
    Object[] args = new Object[values.length + 2];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = ts(time.localNow());
    args[values.length + 1] = number;
    if (jdbc.update("UPDATE migration_register SET " + columns + ", updated_at = ? WHERE migration_number = ?", args) == 0) {
      throw new IllegalStateException("No migration " + number + " in the register");
    }
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  private static Migration map(ResultSet rs, int row) throws SQLException {
    return new Migration(rs.getString("migration_number"), rs.getString("system_id"), rs.getString("migration_type"),
        rs.getBoolean("data_migration"), rs.getString("requesting_office"), rs.getString("status"),
        rs.getString("plan_author"), rs.getString("approved_by"), local(rs.getTimestamp("switched_over_at")),
local(rs.getTimestamp("rolled_back_at")),
        local(rs.getTimestamp("created_at")), rs.getString("created_by"), local(rs.getTimestamp("closed_at")));
  }
}
