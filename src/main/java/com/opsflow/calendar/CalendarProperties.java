package com.opsflow.calendar;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working hours per system ({@code opsflow.calendar.*}). Entries under {@code systems} override or add
 * to the built-in ones (SPEC §2), so configuring one system keeps the others' defaults. Every hours
 * string is parsed here, so a malformed one stops the application at startup.
 */
@ConfigurationProperties("opsflow.calendar")
public class CalendarProperties {

  static final Map<String, String> DEFAULT_SYSTEMS =
      Map.of(
          "tips", "08:30-17:30",
          "oa", "08:30-17:30",
          "invoice", "08:00-12:00,14:00-18:00");

  private final ZoneId zone;
  private final String defaultHours;
  private final Map<String, String> systems;
  private final WorkingHours defaultWorkingHours;
  private final Map<String, WorkingHours> workingHours;

  public CalendarProperties(
      @DefaultValue("Asia/Shanghai") ZoneId zone,
      @DefaultValue("08:30-17:30") String defaultHours,
      Map<String, String> systems) {
    this.zone = zone;
    this.defaultHours = defaultHours;
    Map<String, String> merged = new HashMap<>(DEFAULT_SYSTEMS);
    if (systems != null) {
      systems.forEach((system, hours) -> merged.put(normalize(system), hours));
    }
    this.systems = Map.copyOf(merged);
    this.defaultWorkingHours = parse("opsflow.calendar.default-hours", defaultHours);
    Map<String, WorkingHours> parsed = new HashMap<>();
    this.systems.forEach(
        (system, hours) -> parsed.put(system, parse("opsflow.calendar.systems." + system, hours)));
    this.workingHours = Map.copyOf(parsed);
  }

  /** The zone in which working days and hours are read. */
  public ZoneId getZone() {
    return zone;
  }

  /** Working hours of a system that has no entry of its own. */
  public String getDefaultHours() {
    return defaultHours;
  }

  /** System id → working hours, e.g. {@code invoice → 08:00-12:00,14:00-18:00}. */
  public Map<String, String> getSystems() {
    return systems;
  }

  /** The system's working hours; an unknown or missing system gets the default hours. */
  WorkingHours hoursOf(String system) {
    return system == null ? defaultWorkingHours : workingHours.getOrDefault(normalize(system), defaultWorkingHours);
  }

  private static String normalize(String system) {
    return system.strip().toLowerCase(Locale.ROOT);
  }

  private static WorkingHours parse(String key, String hours) {
    try {
      return WorkingHours.parse(hours);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + "='" + hours + "': " + e.getMessage());
    }
  }
}
