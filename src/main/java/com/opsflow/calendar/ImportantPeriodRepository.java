package com.opsflow.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Tables {@code important_period} and {@code duty_roster} (V51); plain SQL for H2 and PostgreSQL. */
@Repository
class ImportantPeriodRepository implements ImportantPeriodStore {

  private static final String SELECT = "SELECT id, period_number, system_id, starts_at, ends_at, reason, declared_by,"
      + " declared_at FROM important_period";

  private final JdbcTemplate jdbc;
  private final CalendarVersion version;

  ImportantPeriodRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.version = new CalendarVersion(jdbc);
  }

  @Override
  public Optional<ImportantPeriod> byNumber(String number) {
    return withRosters(jdbc.query(SELECT + " WHERE period_number = ?", ImportantPeriodRepository::map, number))
        .stream().findFirst();
  }

  @Override
  public List<ImportantPeriod> endingAfter(LocalDateTime after) {
    return withRosters(jdbc.query(SELECT + " WHERE ends_at > ? ORDER BY starts_at, id", ImportantPeriodRepository::map,
        Timestamp.valueOf(after)));
  }

  @Override
  public List<ImportantPeriod> overlapping(String system, LocalDateTime from, LocalDateTime to) {
    if (system == null) {
      return withRosters(jdbc.query(SELECT + " WHERE starts_at < ? AND ends_at > ? ORDER BY starts_at, id",
          ImportantPeriodRepository::map, Timestamp.valueOf(to), Timestamp.valueOf(from)));
    }
    return withRosters(jdbc.query(SELECT + " WHERE system_id = ? AND starts_at < ? AND ends_at > ?"
        + " ORDER BY starts_at, id", ImportantPeriodRepository::map, system, Timestamp.valueOf(to),
        Timestamp.valueOf(from)));
  }

  @Override
  public long insert(ImportantPeriod p, String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var s = c.prepareStatement("INSERT INTO important_period (period_number, system_id, starts_at, ends_at, reason,"
          + " declared_by, declared_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      s.setString(1, p.number());
      s.setString(2, p.system());
      s.setTimestamp(3, Timestamp.valueOf(p.from()));
      s.setTimestamp(4, Timestamp.valueOf(p.to()));
      s.setString(5, p.reason());
      s.setString(6, p.declaredBy());
      s.setTimestamp(7, Timestamp.valueOf(p.declaredAt()));
      s.setString(8, processInstanceId);
      return s;
    }, key);
    bumpVersion();
    return key.getKey().longValue();
  }

  @Override
  public void replaceRoster(long periodId, List<ImportantPeriod.DutyShift> roster, String recordedBy,
      LocalDateTime at) {
    jdbc.update("DELETE FROM duty_roster WHERE important_period_id = ?", periodId);
    jdbc.batchUpdate("INSERT INTO duty_roster (important_period_id, user_id, starts_at, ends_at, phone, recorded_by,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", roster.stream().map(s -> new Object[] {periodId,
            s.userId(), Timestamp.valueOf(s.from()), Timestamp.valueOf(s.to()), s.phone(), recordedBy,
            Timestamp.valueOf(at)}).toList());
    bumpVersion();
  }

  private void bumpVersion() {
    version.bump();
  }

  private List<ImportantPeriod> withRosters(List<ImportantPeriod> periods) {
    if (periods.isEmpty()) {
      return periods;
    }
    Map<Long, List<ImportantPeriod.DutyShift>> rosters = new LinkedHashMap<>();
    periods.forEach(p -> rosters.put(p.id(), new ArrayList<>()));
    String ids = String.join(",", periods.stream().map(p -> "?").toList());
    jdbc.query("SELECT important_period_id, user_id, starts_at, ends_at, phone FROM duty_roster"
        + " WHERE important_period_id IN (" + ids + ") ORDER BY starts_at, user_id", rs -> {
          rosters.get(rs.getLong(1)).add(new ImportantPeriod.DutyShift(rs.getString(2),
              rs.getTimestamp(3).toLocalDateTime(), rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)));
        }, periods.stream().map(p -> (Object) p.id()).toArray());
    return periods.stream().map(p -> new ImportantPeriod(p.id(), p.number(), p.system(), p.from(), p.to(), p.reason(),
        p.declaredBy(), p.declaredAt(), rosters.get(p.id()))).toList();
  }

  private static ImportantPeriod map(ResultSet rs, int row) throws SQLException {
    return new ImportantPeriod(rs.getLong("id"), rs.getString("period_number"), rs.getString("system_id"),
        rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(),
        rs.getString("reason"), rs.getString("declared_by"), rs.getTimestamp("declared_at").toLocalDateTime(),
        List.of());
  }
}
