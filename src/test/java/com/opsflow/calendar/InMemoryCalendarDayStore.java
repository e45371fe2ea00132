package com.opsflow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The calendar table as a map, for tests that need no database. */
class InMemoryCalendarDayStore implements CalendarDayStore {

  private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
  int findAllCalls;

  /** The State Council's 2026 schedule, as seeded by V2__business_calendar.sql. */
  static InMemoryCalendarDayStore with2026Schedule() {
    return new InMemoryCalendarDayStore().reset2026Schedule();
  }

  /** Forgets every change and holds the 2026 schedule only. */
  InMemoryCalendarDayStore reset2026Schedule() {
    days.clear();
    holidays("元旦", "2026-01-01", "2026-01-03");
    holidays("春节", "2026-02-15", "2026-02-23");
    holidays("清明节", "2026-04-04", "2026-04-06");
    holidays("劳动节", "2026-05-01", "2026-05-05");
    holidays("端午节", "2026-06-19", "2026-06-21");
    holidays("中秋节", "2026-09-25", "2026-09-27");
    holidays("国庆节", "2026-10-01", "2026-10-07");
    for (String workday :
        List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")) {
      put(LocalDate.parse(workday), DayType.WORKDAY, "调休上班");
    }
    return this;
  }

  InMemoryCalendarDayStore holidays(String name, String from, String to) {
    for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to)); day = day.plusDays(1)) {
      put(day, DayType.HOLIDAY, name);
    }
    return this;
  }

  void put(LocalDate day, DayType type, String name) {
    days.put(day, new CalendarDay(day, type, name, "test", null));
    version++;
  }

  private long version;

  @Override
  public long version() {
    return version;
  }

  @Override
  public List<CalendarDay> findAll() {
    findAllCalls++;
    return new ArrayList<>(days.values());
  }

  @Override
  public List<CalendarDay> findBetween(LocalDate from, LocalDate to) {
    return new ArrayList<>(days.subMap(from, true, to, true).values());
  }

  @Override
  public void upsert(CalendarDay day) {
    days.put(day.day(), day);
    version++;
  }

  @Override
  public boolean delete(LocalDate day) {
    version++;
    return days.remove(day) != null;
  }
}
