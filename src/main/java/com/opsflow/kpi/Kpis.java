package com.opsflow.kpi;

import com.opsflow.calendar.BusinessCalendarService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one definition of every KPI (SPEC §6), used by {@code /api/kpis} and every report. Each figure counts
 * incidents (ticket type {@code incident}) of the system (null: all) by the moment its outcome is known:
 * <ul>
 * <li><b>created</b> in the period: {@code incidentsCreated}; <b>escalation rate</b> = of these, escalated to second
 * line at least once (goal ≤ 20 %, C 服务要求「上升运维问题率20%」);</li>
 * <li><b>resolved</b> in the period: {@code incidentsResolved}; <b>first-level resolution rate</b> = of these, never
 * escalated (goal ≥ 80 %, C「运维单问题本级解决率要求80%」); <b>mean time to resolve</b> = creation to resolution in
 * the system's working minutes (business calendar; 7×24 in an important period);</li>
 * <li><b>response compliance</b>: clocks decided in the period — responded in it, or breached in it before any
 * response — met / decided; <b>resolution compliance</b> likewise with resolved or resolve-breached; per system and
 * priority and overall; <b>mean time to respond</b> over incidents responded in the period, in working minutes;</li>
 * <li><b>closed</b> in the period: {@code incidentsClosed}; <b>reopen rate</b> = of these, reopened at least once;</li>
 * <li><b>backlog</b>: created before the period's end, neither resolved nor closed by then; age at the end;</li>
 * <li><b>major incidents</b> (any ticket declared major) created in the period; a duty is missed when the process
 * recorded {@code major-duty-missed} for it (the 5 min / 30 min / 24 h figures are DMN {@code major-incident-clock});</li>
 * <li><b>changes, releases</b> registered in the period; implemented = implemented or rolled back; rollback rate =
 * rolled back / implemented.</li>
 * </ul>
 * Every figure is one indexed SQL statement; only the working-time means read rows (a few columns) to compute each
 * interval on the business calendar.
 */
@Service
@Transactional(readOnly = true)
public class Kpis {

  static final String INCIDENT = "incident";

  private final JdbcTemplate jdbc;
  private final BusinessCalendarService calendar;
  private final double firstLevelGoal;
  private final double escalationGoal;

  Kpis(JdbcTemplate jdbc, BusinessCalendarService calendar,
      @Value("${opsflow.kpi.first-level-resolution-goal:0.80}") double firstLevelGoal,
      @Value("${opsflow.kpi.escalation-goal:0.20}") double escalationGoal) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.firstLevelGoal = firstLevelGoal;
    this.escalationGoal = escalationGoal;
  }

  /** The KPIs of {@code system} (null: all) for the days [{@code from}, {@code to}], both inclusive. */
  public KpiFigures figures(String system, LocalDate from, LocalDate to) {
    Window w = new Window(system, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    int[] created = ints("SELECT COUNT(*), SUM(CASE WHEN escalation_level > 0 THEN 1 ELSE 0 END) FROM ticket"
        + " WHERE ticket_type = ? AND created_at >= ? AND created_at < ?" + w.systemClause(), w.args(INCIDENT));
    int[] closed = ints("SELECT COUNT(*), SUM(CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END) FROM ticket"
        + " WHERE ticket_type = ? AND closed_at >= ? AND closed_at < ?" + w.systemClause(), w.args(INCIDENT));

    List<Interval> resolved = intervals("resolved_at", "escalation_level", w);
    int firstLevel = (int) resolved.stream().filter(i -> i.flag() == 0).count();
    List<Interval> responded = intervals("responded_at", "0", w);

    List<KpiFigures.SlaCompliance> sla = sla(w);
    int responseMet = sla.stream().mapToInt(KpiFigures.SlaCompliance::responseMet).sum();
    int responseTotal = sla.stream().mapToInt(KpiFigures.SlaCompliance::responseTotal).sum();
    int resolveMet = sla.stream().mapToInt(KpiFigures.SlaCompliance::resolveMet).sum();
    int resolveTotal = sla.stream().mapToInt(KpiFigures.SlaCompliance::resolveTotal).sum();

    return new KpiFigures(system, from, to, created[0], resolved.size(), closed[0],
        rate(firstLevel, resolved.size()), firstLevelGoal, rate(created[1], created[0]), escalationGoal,
        rate(responseMet, responseTotal), rate(resolveMet, resolveTotal), sla, backlog(w), rate(closed[1], closed[0]),
        meanWorkingMinutes(responded), meanWorkingMinutes(resolved), majorIncidents(w),
        rollbacks("change", "change-implemented", "change-rolled-back", w),
        rollbacks("release", "release-deployed", "release-rolled-back", w));
  }

  /** Incidents created per week (weeks starting Monday) and system in [{@code from}, {@code to}]: week → system → count. */
  public Map<LocalDate, Map<String, Integer>> incidentsPerWeek(String system, LocalDate from, LocalDate to) {
    Window w = new Window(system, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    Map<LocalDate, Map<String, Integer>> weeks = new TreeMap<>();
    for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
      weeks.put(week, new TreeMap<>());
    }
    jdbc.query("SELECT CAST(created_at AS DATE), system_id, COUNT(*) FROM ticket WHERE ticket_type = ?"
        + " AND created_at >= ? AND created_at < ?" + w.systemClause() + " GROUP BY CAST(created_at AS DATE), system_id",
        rs -> {
          LocalDate week = monday(rs.getDate(1).toLocalDate());
          weeks.get(week).merge(rs.getString(2), rs.getInt(3), Integer::sum);
        }, w.args(INCIDENT));
    return weeks;
  }

  /** Incidents created in [{@code from}, {@code to}] by priority (P1…P4; no priority yet: "-"). */
  public Map<String, Integer> priorityMix(String system, LocalDate from, LocalDate to) {
    Window w = new Window(system, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    Map<String, Integer> mix = new TreeMap<>();
    jdbc.query("SELECT COALESCE(priority, '-'), COUNT(*) FROM ticket WHERE ticket_type = ? AND created_at >= ?"
            + " AND created_at < ?" + w.systemClause() + " GROUP BY COALESCE(priority, '-')",
        rs -> {
          mix.put(rs.getString(1), rs.getInt(2));
        }, w.args(INCIDENT));
    return mix;
  }

  /**
   * Incidents created in the period per system, category (事件分类, chosen at closure; "none" while not yet closed) and
   * priority ("-" before the decision): the monthly report's breakdown (SPEC §6), one GROUP BY.
   */
  public List<CategoryCount> categoryMix(String system, LocalDate from, LocalDate to) {
    Window w = new Window(system, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    return jdbc.query("SELECT system_id, COALESCE(category, 'none'), COALESCE(priority, '-'), COUNT(*) FROM ticket"
            + " WHERE ticket_type = ? AND created_at >= ? AND created_at < ?" + w.systemClause()
            + " GROUP BY system_id, COALESCE(category, 'none'), COALESCE(priority, '-')",
        (rs, i) -> new CategoryCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), w.args(INCIDENT))
        .stream().sorted(java.util.Comparator.comparing(CategoryCount::system)
            .thenComparing(n -> categoryOrder(n.category())).thenComparing(CategoryCount::priority)).toList();
  }

  /** The categories in the order of the form; "none" (not yet closed) last. */
  private static int categoryOrder(String category) {
    int i = com.opsflow.ticket.TicketVariables.CATEGORIES.indexOf(category);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** One cell of {@link #categoryMix}. */
  public record CategoryCount(String system, String category, String priority, int incidents) {
  }

  static Double rate(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  static LocalDate monday(LocalDate day) {
    return day.minusDays(day.getDayOfWeek().getValue() - 1L);
  }

  private record Window(String system, LocalDateTime from, LocalDateTime to) {
    String systemClause() {
      return system == null ? "" : " AND system_id = ?";
    }

    Object[] args(Object... leading) {
      List<Object> args = new ArrayList<>(List.of(leading));
      args.add(Timestamp.valueOf(from));
      args.add(Timestamp.valueOf(to));
      if (system != null) {
        args.add(system);
      }
      return args.toArray();
    }
  }

  private record Interval(String system, boolean importantPeriod, LocalDateTime start, LocalDateTime end, int flag) {
  }

  private List<Interval> intervals(String endColumn, String flagColumn, Window w) {
    return jdbc.query("SELECT system_id, important_period, created_at, " + endColumn + ", " + flagColumn
            + " FROM ticket WHERE ticket_type = ? AND " + endColumn + " >= ? AND " + endColumn + " < ?" + w.systemClause(),
        (rs, i) -> new Interval(rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toLocalDateTime(),
            rs.getTimestamp(4).toLocalDateTime(), rs.getInt(5)), w.args(INCIDENT));
  }

  private Double meanWorkingMinutes(List<Interval> intervals) {
    if (intervals.isEmpty()) {
      return null;
    }
    long total = 0;
    // one reading of the calendar for all intervals: not one version query per ticket (PostgreSQL round trips)
    BusinessCalendarService.WorkingTime workingTime = calendar.workingTime();
    java.time.ZoneId zone = calendar.zone();
    for (Interval i : intervals) {
      total += workingTime.minutesBetween(i.system(), i.importantPeriod(), i.start().atZone(zone).toInstant(),
          i.end().atZone(zone).toInstant());
    }
    return (double) total / intervals.size();
  }

  private List<KpiFigures.SlaCompliance> sla(Window w) {
    Map<String, int[]> cells = new TreeMap<>();
    String responseDecided = "COALESCE(response_breached_at, responded_at)";
    String resolveDecided = "COALESCE(resolve_breached_at, resolved_at)";
    jdbc.query("SELECT system_id, COALESCE(priority, '-'), SUM(CASE WHEN response_sla_met = TRUE THEN 1 ELSE 0 END),"
            + " COUNT(*) FROM ticket WHERE ticket_type = ? AND response_sla_met IS NOT NULL AND " + responseDecided
            + " >= ? AND " + responseDecided + " < ?" + w.systemClause() + " GROUP BY system_id, COALESCE(priority, '-')",
        rs -> {
          int[] c = cells.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new int[4]);
          c[0] = rs.getInt(3);
          c[1] = rs.getInt(4);
        }, w.args(INCIDENT));
    jdbc.query("SELECT system_id, COALESCE(priority, '-'), SUM(CASE WHEN resolve_sla_met = TRUE THEN 1 ELSE 0 END),"
            + " COUNT(*) FROM ticket WHERE ticket_type = ? AND resolve_sla_met IS NOT NULL AND " + resolveDecided
            + " >= ? AND " + resolveDecided + " < ?" + w.systemClause() + " GROUP BY system_id, COALESCE(priority, '-')",
        rs -> {
          int[] c = cells.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new int[4]);
          c[2] = rs.getInt(3);
          c[3] = rs.getInt(4);
        }, w.args(INCIDENT));
    List<KpiFigures.SlaCompliance> list = new ArrayList<>();
    cells.forEach((key, c) -> {
      String[] parts = key.split("\\|", 2);
      list.add(new KpiFigures.SlaCompliance(parts[0], parts[1], c[0], c[1], c[2], c[3]));
    });
    return list;
  }

  private KpiFigures.Backlog backlog(Window w) {
    List<Object> args = new ArrayList<>(List.of(INCIDENT, Timestamp.valueOf(w.to()), Timestamp.valueOf(w.to()),
        Timestamp.valueOf(w.to())));
    if (w.system() != null) {
      args.add(w.system());
    }
    int[] buckets = new int[4];
    long[] totalMinutes = {0};
    jdbc.query("SELECT created_at FROM ticket WHERE ticket_type = ? AND created_at < ?"
            + " AND (resolved_at IS NULL OR resolved_at >= ?) AND (closed_at IS NULL OR closed_at >= ?)" + w.systemClause(),
        rs -> {
          long minutes = Duration.between(rs.getTimestamp(1).toLocalDateTime(), w.to()).toMinutes();
          totalMinutes[0] += minutes;
          double days = minutes / 1440.0;
          buckets[days <= 1 ? 0 : days <= 3 ? 1 : days <= 7 ? 2 : 3]++;
        }, args.toArray());
    int total = buckets[0] + buckets[1] + buckets[2] + buckets[3];
    return new KpiFigures.Backlog(total, buckets[0], buckets[1], buckets[2], buckets[3],
        total == 0 ? null : totalMinutes[0] / 1440.0 / total);
  }

  private KpiFigures.MajorIncidents majorIncidents(Window w) {
    int[] counts = ints("SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM ticket_event e WHERE e.event_type ="
        + " 'major-duty-missed' AND e.ticket_number = t.ticket_number) THEN 0 ELSE 1 END) FROM ticket t"
        + " WHERE t.major = TRUE AND t.created_at >= ? AND t.created_at < ?" + w.systemClause(), w.args());
    Map<String, Integer> missed = new TreeMap<>();
    jdbc.query("SELECT e.detail, COUNT(DISTINCT e.ticket_number) FROM ticket_event e JOIN ticket t"
            + " ON t.ticket_number = e.ticket_number WHERE e.event_type = 'major-duty-missed' AND t.major = TRUE"
            + " AND t.created_at >= ? AND t.created_at < ?" + w.systemClause() + " GROUP BY e.detail",
        rs -> {
          missed.put(rs.getString(1), rs.getInt(2));
        }, w.args());
    return new KpiFigures.MajorIncidents(counts[0], counts[1], missed.getOrDefault("notify", 0),
        missed.getOrDefault("second-line-response", 0), missed.getOrDefault("first-report", 0),
        missed.getOrDefault("onsite-restore", 0));
  }

  private KpiFigures.Rollbacks rollbacks(String type, String implementedEvent, String rolledBackEvent, Window w) {
    int[] counts = ints("SELECT COUNT(*),"
        + " SUM(CASE WHEN EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_number = t.ticket_number"
        + "   AND e.event_type IN (?, ?)) THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_number = t.ticket_number"
        + "   AND e.event_type = ?) THEN 1 ELSE 0 END)"
        + " FROM ticket t WHERE t.ticket_type = ? AND t.created_at >= ? AND t.created_at < ?" + w.systemClause(),
        w.args(implementedEvent, rolledBackEvent, rolledBackEvent, type));
    return new KpiFigures.Rollbacks(counts[0], counts[1], counts[2]);
  }

  private int[] ints(String sql, Object... args) {
    return jdbc.query(sql, rs -> {
      rs.next();
      int n = rs.getMetaData().getColumnCount();
      int[] values = new int[n];
      for (int i = 0; i < n; i++) {
        values[i] = rs.getInt(i + 1); // SUM over no rows is NULL: 0
      }
      return values;
    }, args);
  }
}
