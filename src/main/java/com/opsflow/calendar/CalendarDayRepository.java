package com.opsflow.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code business_calendar_day}; plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
class CalendarDayRepository implements CalendarDayStore {

  private static final String SELECT =
      "SELECT calendar_day, day_type, name, updated_by, updated_at FROM business_calendar_day";

  private final JdbcTemplate jdbc;
  private final CalendarVersion version;

  CalendarDayRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.version = new CalendarVersion(jdbc);
  }

  @Override
  public List<CalendarDay> findAll() {
    return jdbc.query(SELECT + " ORDER BY calendar_day", CalendarDayRepository::map);
  }

  @Override
  public List<CalendarDay> findBetween(LocalDate from, LocalDate to) {
    return jdbc.query(
        SELECT + " WHERE calendar_day BETWEEN ? AND ? ORDER BY calendar_day", CalendarDayRepository::map, from, to);
  }

  @Override
  public void upsert(CalendarDay day) {
    insertOrUpdate(day);
    bumpVersion();
  }

  private void insertOrUpdate(CalendarDay day) {
    if (update(day) > 0) {
      return;
    }
    try {
      jdbc.update(
          "INSERT INTO business_calendar_day (calendar_day, day_type, name, updated_by, updated_at)"
              + " VALUES (?, ?, ?, ?, ?)",
          day.day(),
          day.type().name(),
          day.name(),
          day.updatedBy(),
          timestamp(day));
    } catch (DuplicateKeyException e) {
      // a concurrent request inserted the same day between our UPDATE and INSERT
      update(day);
    }
  }

  @Override
  public boolean delete(LocalDate day) {
    boolean deleted = jdbc.update("DELETE FROM business_calendar_day WHERE calendar_day = ?", day) > 0;
    if (deleted) {
      bumpVersion();
    }
    return deleted;
  }

  @Override
  public long version() {
    return version.read();
  }

  @Override
  public void forgetVersion() {
    version.forget();
  }

  private void bumpVersion() {
    version.bump();
  }

  private int update(CalendarDay day) {
    return jdbc.update(
        "UPDATE business_calendar_day SET day_type = ?, name = ?, updated_by = ?, updated_at = ?"
            + " WHERE calendar_day = ?",
        day.type().name(),
        day.name(),
        day.updatedBy(),
        timestamp(day),
        day.day());
  }

  private static Timestamp timestamp(CalendarDay day) {
    return day.updatedAt() == null ? null : Timestamp.from(day.updatedAt());
  }

  private static CalendarDay map(ResultSet rs, int row) throws SQLException {
    Timestamp updatedAt = rs.getTimestamp("updated_at");
    return new CalendarDay(
        rs.getObject("calendar_day", LocalDate.class),
        DayType.valueOf(rs.getString("day_type")),
        rs.getString("name"),
        rs.getString("updated_by"),
        updatedAt == null ? null : updatedAt.toInstant());
  }
}
