package com.opsflow.calendar;

import com.opsflow.engine.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One business cycle (业务周期) of a system on its business calendar, for the monitoring after a change
 * or migration: {@code ${businessCycle.end(system)}} in a timer. Configured per system as
 * {@code opsflow.calendar.business-cycle.<system>}: {@code <n>d} working days or {@code <n>h} working
 * hours of that system (holidays and make-up days count as the calendar says). Defaults: tips {@code 1d}
 * (the daily tax–treasury–bank clearing and reconciliation), oa {@code 5d} (a working week of document
 * circulation), invoice {@code 1d} (the daily issuing and upload cycle); any other system {@code 1d}.
 */
@Component("businessCycle")
public class BusinessCycle {

  public static final String PROPERTY = "opsflow.calendar.business-cycle";
  static final Map<String, String> DEFAULTS = Map.of("tips", "1d", "oa", "5d", "invoice", "1d");
  static final String FALLBACK = "1d";
  private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})\\s*([dh])");

  private final BusinessCalendarService calendar;
  private final CalendarProperties properties;
  private final Map<String, String> cycles;

  BusinessCycle(BusinessCalendarService calendar, CalendarProperties properties, Environment environment) {
    this.calendar = calendar;
    this.properties = properties;
    Map<String, String> merged = new HashMap<>(DEFAULTS);
    Binder.get(environment).bind(PROPERTY, Bindable.mapOf(String.class, String.class))
        .ifBound(configured -> configured.forEach((system, cycle) -> merged.put(normalize(system), cycle)));
    merged.forEach((system, cycle) -> workingMinutes(system, cycle)); // a malformed value stops the start
    this.cycles = Map.copyOf(merged);
  }

  /** The end of one business cycle of the system, counted from now (the engine's clock). */
  public Date end(String system) {
    return Date.from(end(system, EngineClock.now()));
  }

  public Instant end(String system, Instant start) {
    return calendar.addWorkingMinutes(system, false, start, workingMinutes(system, cycleOf(system)));
  }

  /** The configured cycle of a system, e.g. {@code 5d}. */
  public String cycleOf(String system) {
    return system == null ? FALLBACK : cycles.getOrDefault(normalize(system), FALLBACK);
  }

  private long workingMinutes(String system, String cycle) {
    Matcher m = FORMAT.matcher(cycle == null ? "" : cycle.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw new IllegalArgumentException(PROPERTY + "." + system + "='" + cycle
          + "': expected <n>d (working days) or <n>h (working hours), n ≥ 1");
    }
    long n = Long.parseLong(m.group(1));
    if (m.group(2).equals("h")) {
      return n * 60;
    }
    long day = properties.hoursOf(system).intervals().stream().map(WorkingHours.Interval::length)
        .mapToLong(Duration::toMinutes).sum();
    return n * day;
  }

  private static String normalize(String system) {
    return system.strip().toLowerCase(Locale.ROOT);
  }
}
