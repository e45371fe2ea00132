package com.opsflow.calendar;

import com.opsflow.calendar.WorkingHours.Interval;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The one place that knows working time: working days (Mon–Fri, corrected by the
 * {@code business_calendar_day} table) times each system's working hours, in the configured zone.
 * SLA clocks and due dates are computed here; with {@code importantPeriod} (重要时期) a system runs 7×24.
 */
@Service
public class BusinessCalendarService {

  static final int NAME_MAX_LENGTH = 100;
  static final int USER_ID_MAX_LENGTH = 64;
  // a configuration or table that leaves no working time for this long is broken, not a long SLA
  static final int MAX_DAYS_WITHOUT_WORKING_TIME = 3 * 366;

  private final CalendarProperties properties;
  private final CalendarDayStore store;
  private final Clock clock;

  // the table changes a few times a year; SLA computations must not query it per day. The snapshot is
  // current while the store's version is unchanged: a day saved on another node shows at the next computation
  private record Snapshot(long version, Map<LocalDate, DayType> days) {
  }

  private volatile Snapshot snapshot;

  @Autowired
  BusinessCalendarService(CalendarProperties properties, CalendarDayStore store) {
    this(properties, store, Clock.systemUTC());
  }

  BusinessCalendarService(CalendarProperties properties, CalendarDayStore store, Clock clock) {
    this.properties = properties;
    this.store = store;
    this.clock = clock;
  }

  public ZoneId zone() {
    return properties.getZone();
  }

  /**
   * The instant at which {@code minutes} of the system's working time have passed after
   * {@code start}. A start outside working time counts from the next working interval; zero minutes
   * give {@code start} itself.
   *
   * @throws IllegalStateException when the calendar has no working time for years on end
   */
  public Instant addWorkingMinutes(String system, boolean importantPeriod, Instant start, long minutes) {
    Objects.requireNonNull(start, "start");
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative: " + minutes);
    }
    if (importantPeriod || minutes == 0) {
      return start.plus(minutes, ChronoUnit.MINUTES);
    }
    List<Interval> intervals = properties.hoursOf(system).intervals();
    Map<LocalDate, DayType> days = dayTypes();
    ZoneId zone = zone();
    ZonedDateTime startAt = start.atZone(zone);
    LocalDate day = startAt.toLocalDate();
    LocalTime from = startAt.toLocalTime();
    Duration remaining = Duration.ofMinutes(minutes);
    int daysWithoutWorkingTime = 0;
    while (true) {
      boolean worked = false;
      if (isWorkingDay(day, days)) {
        for (Interval interval : intervals) {
          if (!from.isBefore(interval.end())) {
            continue;
          }
          LocalTime segmentStart = from.isAfter(interval.start()) ? from : interval.start();
          Duration available = Duration.between(segmentStart, interval.end());
          if (remaining.compareTo(available) <= 0) {
            return ZonedDateTime.of(day, segmentStart.plus(remaining), zone).toInstant();
          }
          remaining = remaining.minus(available);
          worked = true;
        }
      }
      daysWithoutWorkingTime = worked ? 0 : daysWithoutWorkingTime + 1;
      if (daysWithoutWorkingTime > MAX_DAYS_WITHOUT_WORKING_TIME) {
        throw new IllegalStateException(
            "no working time for system '" + system + "' in the " + MAX_DAYS_WITHOUT_WORKING_TIME
                + " days before " + day + "; check opsflow.calendar and the business calendar table");
      }
      day = day.plusDays(1);
      from = LocalTime.MIN;
    }
  }

  /**
   * The instant {@code minutes} after {@code start} on the given basis: natural time as it is, working time on
   * the system's calendar (7×24 in an important period).
   */
  public Instant addMinutes(String system, ClockBasis basis, boolean importantPeriod, Instant start, long minutes) {
    Objects.requireNonNull(basis, "basis");
    if (basis == ClockBasis.NATURAL) {
      Objects.requireNonNull(start, "start");
      if (minutes < 0) {
        throw new IllegalArgumentException("minutes must not be negative: " + minutes);
      }
      return start.plus(minutes, ChronoUnit.MINUTES);
    }
    return addWorkingMinutes(system, importantPeriod, start, minutes);
  }

  /** Minutes in [{@code from}, {@code to}) on the given basis; 0 when {@code to} is not after {@code from}. */
  public long minutesBetween(String system, ClockBasis basis, boolean importantPeriod, Instant from, Instant to) {
    Objects.requireNonNull(basis, "basis");
    return workingMinutesBetween(system, importantPeriod || basis == ClockBasis.NATURAL, from, to);
  }

  /** Working minutes of the system in [{@code from}, {@code to}); 0 when {@code to} is not after {@code from}. */
  public long workingMinutesBetween(String system, boolean importantPeriod, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return 0;
    }
    if (importantPeriod) {
      return Duration.between(from, to).toMinutes();
    }
    List<Interval> intervals = properties.hoursOf(system).intervals();
    Map<LocalDate, DayType> days = dayTypes();
    ZonedDateTime fromAt = from.atZone(zone());
    ZonedDateTime toAt = to.atZone(zone());
    LocalDate firstDay = fromAt.toLocalDate();
    LocalDate lastDay = toAt.toLocalDate();
    Duration total = Duration.ZERO;
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      if (!isWorkingDay(day, days)) {
        continue;
      }
      LocalTime lower = day.equals(firstDay) ? fromAt.toLocalTime() : LocalTime.MIN;
      for (Interval interval : intervals) {
        LocalTime start = lower.isAfter(interval.start()) ? lower : interval.start();
        LocalTime end =
            day.equals(lastDay) && toAt.toLocalTime().isBefore(interval.end()) ? toAt.toLocalTime() : interval.end();
        if (start.isBefore(end)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total.toMinutes();
  }

  /** Mon–Fri unless the calendar says HOLIDAY; Sat/Sun only when it says WORKDAY. */
  public boolean isWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return isWorkingDay(day, dayTypes());
  }

  /** Whether {@code at} falls on a working day inside one of the system's working intervals. */
  public boolean isWorkingTime(String system, Instant at) {
    Objects.requireNonNull(at, "at");
    ZonedDateTime local = at.atZone(zone());
    if (!isWorkingDay(local.toLocalDate())) {
      return false;
    }
    LocalTime time = local.toLocalTime();
    return properties.hoursOf(system).intervals().stream()
        .anyMatch(interval -> !time.isBefore(interval.start()) && time.isBefore(interval.end()));
  }

  /** The calendar entries of one year, ordered by day. */
  public List<CalendarDay> days(int year) {
    return store.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Creates or replaces the entry for {@code day}. */
  public CalendarDay saveDay(LocalDate day, DayType type, String name, String userId) {
    if (day == null) {
      throw new IllegalArgumentException("day is required");
    }
    if (type == null) {
      throw new IllegalArgumentException("type is required: HOLIDAY or WORKDAY");
    }
    String trimmedName = name == null || name.isBlank() ? null : name.strip();
    if (trimmedName != null && trimmedName.length() > NAME_MAX_LENGTH) {
      throw new IllegalArgumentException("name must be at most " + NAME_MAX_LENGTH + " characters");
    }
    if (userId != null && userId.length() > USER_ID_MAX_LENGTH) {
      throw new IllegalArgumentException("userId must be at most " + USER_ID_MAX_LENGTH + " characters");
    }
    // millisecond precision survives every database's TIMESTAMP unchanged
    CalendarDay saved = new CalendarDay(day, type, trimmedName, userId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    store.upsert(saved);
    refresh();
    return saved;
  }

  /** @throws CalendarDayNotFoundException when there is no entry for {@code day} */
  public void deleteDay(LocalDate day) {
    if (day == null) {
      throw new IllegalArgumentException("day is required");
    }
    if (!store.delete(day)) {
      throw new CalendarDayNotFoundException(day);
    }
    refresh();
  }

  /** Re-reads the calendar table, e.g. after it was changed by SQL or on another node. */
  public synchronized void refresh() {
    snapshot = load(store.version());
  }

  private Map<LocalDate, DayType> dayTypes() {
    long version = store.version();
    Snapshot current = snapshot;
    if (current != null && current.version() == version) {
      return current.days();
    }
    synchronized (this) {
      if (snapshot == null || snapshot.version() != version) {
        snapshot = load(version);
      }
      return snapshot.days();
    }
  }

  private Snapshot load(long version) {
    return new Snapshot(version, store.findAll().stream()
        .collect(Collectors.toUnmodifiableMap(CalendarDay::day, CalendarDay::type)));
  }

  private static boolean isWorkingDay(LocalDate day, Map<LocalDate, DayType> days) {
    DayType type = days.get(day);
    if (type != null) {
      return type == DayType.WORKDAY;
    }
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
  }
}
