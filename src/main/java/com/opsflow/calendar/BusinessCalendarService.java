package com.opsflow.calendar;

import com.opsflow.calendar.WorkingHours.Interval;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The one place that knows working time: working days (Mon–Fri, corrected by the
 * {@code business_calendar_day} table) times each system's working hours, in the configured zone.
 * SLA clocks and due dates are computed here. A system's working time is its working hours on working days plus
 * every important period (重要时期) declared for it ({@link ImportantPeriods}): during one the system runs 7×24
 * (invoice contract; B-2.3.14), for every ticket and without anyone ticking a box. The {@code importantPeriod} flag
 * of a single ticket still makes its clocks 7×24 throughout.
 */
@Service
public class BusinessCalendarService {

  static final int NAME_MAX_LENGTH = 100;
  static final int USER_ID_MAX_LENGTH = 64;
  // a configuration or table that leaves no working time for this long is broken, not a long SLA
  static final int MAX_DAYS_WITHOUT_WORKING_TIME = 3 * 366;

  private static final LocalDateTime ALL_PERIODS = LocalDateTime.of(1970, 1, 1, 0, 0);

  private final CalendarProperties properties;
  private final CalendarDayStore store;
  private final ImportantPeriodStore periods;
  private final Clock clock;

  // the tables change a few times a year; SLA computations must not query them per day. The snapshot is
  // current while the store's version is unchanged: a day or a period saved on another node shows at the next
  // computation
  private record Snapshot(long version, Map<LocalDate, DayType> days, Map<String, List<ImportantPeriod>> periods) {
  }

  private volatile Snapshot snapshot;

  @Autowired
  BusinessCalendarService(CalendarProperties properties, CalendarDayStore store, ImportantPeriodStore periods) {
    this(properties, store, periods, Clock.systemUTC());
  }

  BusinessCalendarService(CalendarProperties properties, CalendarDayStore store) {
    this(properties, store, Clock.systemUTC());
  }

  BusinessCalendarService(CalendarProperties properties, CalendarDayStore store, Clock clock) {
    this(properties, store, NO_PERIODS, clock);
  }

  BusinessCalendarService(CalendarProperties properties, CalendarDayStore store, ImportantPeriodStore periods,
      Clock clock) {
    this.properties = properties;
    this.store = store;
    this.periods = periods;
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
    Snapshot calendar = current();
    ZoneId zone = zone();
    LocalDateTime from = LocalDateTime.ofInstant(start, zone);
    LocalDate day = from.toLocalDate();
    Duration remaining = Duration.ofMinutes(minutes);
    int daysWithoutWorkingTime = 0;
    while (true) {
      boolean worked = false;
      for (LocalDateTime[] segment : segments(system, intervals, day, calendar)) {
        if (!from.isBefore(segment[1])) {
          continue;
        }
        LocalDateTime segmentStart = from.isAfter(segment[0]) ? from : segment[0];
        Duration available = Duration.between(segmentStart, segment[1]);
        if (remaining.compareTo(available) <= 0) {
          return segmentStart.plus(remaining).atZone(zone).toInstant();
        }
        remaining = remaining.minus(available);
        worked = true;
      }
      daysWithoutWorkingTime = worked ? 0 : daysWithoutWorkingTime + 1;
      if (daysWithoutWorkingTime > MAX_DAYS_WITHOUT_WORKING_TIME) {
        throw new IllegalStateException(
            "no working time for system '" + system + "' in the " + MAX_DAYS_WITHOUT_WORKING_TIME
                + " days before " + day + "; check opsflow.calendar and the business calendar table");
      }
      day = day.plusDays(1);
      from = day.atStartOfDay();
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
    return workingMinutesBetween(current(), system, importantPeriod, from, to);
  }

  /**
   * Working time on one reading of the calendar, for computations over many intervals (a report over a month of
   * tickets): one version check for all of them instead of one database round trip per interval.
   */
  public WorkingTime workingTime() {
    Snapshot calendar = current();
    return (system, importantPeriod, from, to) -> workingMinutesBetween(calendar, system, importantPeriod, from, to);
  }

  /** {@link #workingMinutesBetween(String, boolean, Instant, Instant)} on a calendar read once. */
  @FunctionalInterface
  public interface WorkingTime {
    long minutesBetween(String system, boolean importantPeriod, Instant from, Instant to);
  }

  private long workingMinutesBetween(Snapshot calendar, String system, boolean importantPeriod, Instant from,
      Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return 0;
    }
    if (importantPeriod) {
      return Duration.between(from, to).toMinutes();
    }
    List<Interval> intervals = properties.hoursOf(system).intervals();
    LocalDateTime fromAt = LocalDateTime.ofInstant(from, zone());
    LocalDateTime toAt = LocalDateTime.ofInstant(to, zone());
    Duration total = Duration.ZERO;
    for (LocalDate day = fromAt.toLocalDate(); !day.isAfter(toAt.toLocalDate()); day = day.plusDays(1)) {
      for (LocalDateTime[] segment : segments(system, intervals, day, calendar)) {
        LocalDateTime start = fromAt.isAfter(segment[0]) ? fromAt : segment[0];
        LocalDateTime end = toAt.isBefore(segment[1]) ? toAt : segment[1];
        if (start.isBefore(end)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total.toMinutes();
  }

  /**
   * The system's working time on {@code day} as ordered, disjoint [start, end) ranges: its working hours if the day is
   * a working day, joined with the important periods declared for it.
   */
  private List<LocalDateTime[]> segments(String system, List<Interval> intervals, LocalDate day, Snapshot calendar) {
    LocalDateTime dayStart = day.atStartOfDay();
    LocalDateTime dayEnd = day.plusDays(1).atStartOfDay();
    List<LocalDateTime[]> raw = new ArrayList<>();
    if (isWorkingDay(day, calendar.days())) {
      for (Interval interval : intervals) {
        raw.add(new LocalDateTime[] {day.atTime(interval.start()), day.atTime(interval.end())});
      }
    }
    List<ImportantPeriod> important = calendar.periods().getOrDefault(system, List.of());
    if (important.isEmpty()) {
      return raw;
    }
    for (ImportantPeriod period : important) {
      if (period.from().isBefore(dayEnd) && period.to().isAfter(dayStart)) {
        raw.add(new LocalDateTime[] {period.from().isAfter(dayStart) ? period.from() : dayStart,
            period.to().isBefore(dayEnd) ? period.to() : dayEnd});
      }
    }
    raw.sort(Comparator.comparing((LocalDateTime[] r) -> r[0]));
    List<LocalDateTime[]> merged = new ArrayList<>();
    for (LocalDateTime[] range : raw) {
      LocalDateTime[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !range[0].isAfter(last[1])) {
        if (range[1].isAfter(last[1])) {
          last[1] = range[1];
        }
      } else {
        merged.add(new LocalDateTime[] {range[0], range[1]});
      }
    }
    return merged;
  }

  /** The important period of {@code system} that {@code at} falls in, if any. */
  public Optional<ImportantPeriod> importantPeriodAt(String system, Instant at) {
    Objects.requireNonNull(at, "at");
    LocalDateTime local = LocalDateTime.ofInstant(at, zone());
    return current().periods().getOrDefault(system, List.of()).stream().filter(p -> p.covers(local)).findFirst();
  }

  /** Who is on call for {@code system} at {@code at} by the duty roster of its important period (user ids). */
  public List<String> onDuty(String system, Instant at) {
    LocalDateTime local = LocalDateTime.ofInstant(at, zone());
    return importantPeriodAt(system, at).map(p -> p.roster().stream().filter(s -> s.covers(local))
        .map(ImportantPeriod.DutyShift::userId).distinct().toList()).orElse(List.of());
  }

  /**
   * When the bureau's working day ends on {@code day}: the end of the last interval of the default working hours
   * ({@code opsflow.calendar.default-hours}), whether or not the day is a working day. A date given without a time
   * ("answer by 3 March") means the end of that working day.
   */
  public LocalDateTime endOfWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    List<Interval> intervals = properties.hoursOf(null).intervals();
    return day.atTime(intervals.get(intervals.size() - 1).end());
  }

  /** {@link #endOfWorkingDay(LocalDate)} of the day {@code at} falls on in the calendar's zone. */
  public Instant endOfWorkingDay(Instant at) {
    Objects.requireNonNull(at, "at");
    return endOfWorkingDay(LocalDate.ofInstant(at, zone())).atZone(zone()).toInstant();
  }

  /** Mon–Fri unless the calendar says HOLIDAY; Sat/Sun only when it says WORKDAY. */
  public boolean isWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return isWorkingDay(day, dayTypes());
  }

  /**
   * Whether {@code at} falls on a working day inside one of the system's working intervals, or in an important
   * period of the system.
   */
  public boolean isWorkingTime(String system, Instant at) {
    Objects.requireNonNull(at, "at");
    if (importantPeriodAt(system, at).isPresent()) {
      return true;
    }
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
    store.forgetVersion();
    snapshot = load(store.version());
  }

  private Map<LocalDate, DayType> dayTypes() {
    return current().days();
  }

  private Snapshot current() {
    long version = store.version();
    Snapshot current = snapshot;
    if (current != null && current.version() == version) {
      return current;
    }
    synchronized (this) {
      if (snapshot == null || snapshot.version() != version) {
        snapshot = load(version);
      }
      return snapshot;
    }
  }

  private Snapshot load(long version) {
    return new Snapshot(version, store.findAll().stream()
        .collect(Collectors.toUnmodifiableMap(CalendarDay::day, CalendarDay::type)),
        periods.endingAfter(ALL_PERIODS).stream().collect(Collectors.groupingBy(ImportantPeriod::system,
            Collectors.toUnmodifiableList())));
  }

  private static final ImportantPeriodStore NO_PERIODS = new ImportantPeriodStore() {
    @Override
    public List<ImportantPeriod> endingAfter(LocalDateTime after) {
      return List.of();
    }

    @Override
    public List<ImportantPeriod> overlapping(String system, LocalDateTime from, LocalDateTime to) {
      return List.of();
    }

    @Override
    public Optional<ImportantPeriod> byNumber(String number) {
      return Optional.empty();
    }

    @Override
    public long insert(ImportantPeriod period, String processInstanceId) {
      throw new UnsupportedOperationException("no important periods here");
    }

    @Override
    public void replaceRoster(long periodId, List<ImportantPeriod.DutyShift> roster, String recordedBy,
        LocalDateTime at) {
      throw new UnsupportedOperationException("no important periods here");
    }
  };

  private static boolean isWorkingDay(LocalDate day, Map<LocalDate, DayType> days) {
    DayType type = days.get(day);
    if (type != null) {
      return type == DayType.WORKDAY;
    }
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
  }
}
