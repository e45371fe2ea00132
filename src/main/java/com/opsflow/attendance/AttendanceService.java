package com.opsflow.attendance;

import com.opsflow.attendance.AttendanceRegister.Correction;
import com.opsflow.attendance.AttendanceRegister.Coverage;
import com.opsflow.attendance.AttendanceRegister.Day;
import com.opsflow.attendance.AttendanceRules.Verdict;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.leave.LeaveRegister;
import com.opsflow.mail.NotificationRequests;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance (考勤, B-2.4.5.1): imports of the sign-in log (all or nothing), corrections with a reason (kept, the
 * latest in force), and each working day's verdict by {@link AttendanceRules} on the business calendar — the facts the
 * evaluation's {@code late-or-early} and {@code absent} are pre-filled from.
 */
@Service
public class AttendanceService {

  static final int MAX_REASON = 1000;
  /** Mail template of the monthly report to the vendor's company (B-2.4.5.1(1)3)). */
  static final String VENDOR_REPORT_TEMPLATE = "attendance-vendor-report";

  /** One day as OpsFlow judges it; {@code verdict} null when the day is not judged (see {@code note}). */
  public record DayView(LocalDate date, boolean workingDay, LocalTime importedSignIn, LocalTime importedSignOut,
      LocalTime signIn, LocalTime signOut, boolean corrected, String verdict, String verdictLabel, int lateOrEarly,
      boolean absent, String note, List<Correction> corrections) {
  }

  /** Per month: 迟到/早退 occurrences and 旷工 days; {@code reportToVendor} at 3 or more (B-2.4.5.1(1)3)). */
  public record MonthView(String month, int lateOrEarly, int absentDays, boolean reportToVendor) {
  }

  public record Attendance(String engineer, LocalDate from, LocalDate to, List<DayView> days, List<MonthView> months) {
  }

  public record ImportResult(String sourceName, int days, LocalDate coveredFrom, LocalDate coveredTo,
      List<String> engineers) {
  }

  private final AttendanceRegister register;
  private final AttendanceProperties properties;
  private final BusinessCalendarService calendar;
  private final LeaveRegister leave;
  private final ResidentEngineers engineers;
  private final TicketTime time;
  private final NotificationRequests notifications;

  AttendanceService(AttendanceRegister register, AttendanceProperties properties, BusinessCalendarService calendar,
      LeaveRegister leave, ResidentEngineers engineers, TicketTime time, NotificationRequests notifications) {
    this.register = register;
    this.properties = properties;
    this.calendar = calendar;
    this.leave = leave;
    this.engineers = engineers;
    this.time = time;
    this.notifications = notifications;
  }

  /** One transaction: a bad line refuses the whole file, nothing is half imported. */
  @Transactional
  public ImportResult importLog(List<AttendanceLog.Entry> entries, String sourceName, String user) {
    for (AttendanceLog.Entry e : entries) {
      if (!isResident(e.engineer())) {
        throw AttendanceLog.bad(e.line(), "engineer", e.engineer(), "不是任何合同的驻场工程师（opsflow.scoring.engineers）");
      }
    }
    LocalDateTime now = time.localNow();
    String source = sourceName == null || sourceName.isBlank() ? null : cut(sourceName.trim(), 200);
    entries.forEach(e -> register.replaceDay(e, user, now, source));
    LocalDate from = entries.stream().map(AttendanceLog.Entry::date).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = entries.stream().map(AttendanceLog.Entry::date).max(Comparator.naturalOrder()).orElseThrow();
    register.recordImport(source, from, to, entries.size(), user, now);
    Set<YearMonth> months = entries.stream().map(e -> YearMonth.from(e.date())).collect(Collectors.toSet());
    entries.stream().map(AttendanceLog.Entry::engineer).distinct().forEach(engineer -> reportToVendor(engineer, months));
    return new ImportResult(source, entries.size(), from, to,
        entries.stream().map(AttendanceLog.Entry::engineer).distinct().sorted().toList());
  }

  /** A manual correction of a day (补签/更正); the reason is required, who and when are kept. */
  @Transactional
  public DayView correct(String engineer, LocalDate date, LocalTime signIn, LocalTime signOut, String reason,
      String user) {
    if (engineer == null || !isResident(engineer)) {
      throw new InvalidInputException("engineer", "字段 engineer（驻场工程师）：" + engineer + " 不是驻场工程师"
          + " / field 'engineer' must be a resident engineer");
    }
    if (date == null) {
      throw new InvalidInputException("date", "字段 date（日期）必填 / field 'date' is required");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "字段 reason（更正原因）必填 / field 'reason' is required");
    }
    if (reason.trim().length() > MAX_REASON) {
      throw new InvalidInputException("reason", "更正原因最多 " + MAX_REASON + " 个字符 / field 'reason' is too long");
    }
    if (signIn != null && signOut != null && signOut.isBefore(signIn)) {
      throw new InvalidInputException("signOut", "签退时间早于签到时间 / field 'signOut' is before 'signIn'");
    }
    register.addCorrection(engineer, date, signIn, signOut, reason.trim(), user, time.localNow());
    reportToVendor(engineer, Set.of(YearMonth.from(date)));
    return attendance(engineer, date, date).days().get(0);
  }

  /** Every day of [from, to] (both inclusive) with its verdict, and the monthly counts. */
  public Attendance attendance(String engineer, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "结束日期早于开始日期 / 'to' is before 'from'");
    }
    if (from.plusYears(1).isBefore(to)) {
      throw new InvalidInputException("to", "一次最多查询一年 / at most one year at a time");
    }
    Map<LocalDate, Day> imported = register.days(engineer, from, to).stream()
        .collect(Collectors.toMap(Day::date, d -> d));
    Map<LocalDate, List<Correction>> corrections = register.corrections(engineer, from, to).stream()
        .collect(Collectors.groupingBy(Correction::date));
    List<Coverage> coverage = register.coverage(from, to);
    Set<LocalDate> onLeave = approvedLeaveDays(engineer, from, to);
    List<DayView> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      Day day = imported.get(d);
      List<Correction> dayCorrections = corrections.getOrDefault(d, List.of());
      Correction last = dayCorrections.isEmpty() ? null : dayCorrections.get(dayCorrections.size() - 1);
      boolean recorded = day != null || last != null;
      LocalTime in = last != null ? last.signIn() : day == null ? null : day.signIn();
      LocalTime out = last != null ? last.signOut() : day == null ? null : day.signOut();
      boolean working = calendar.isWorkingDay(d);
      final LocalDate date = d;
      boolean covered = recorded || coverage.stream().anyMatch(c -> !date.isBefore(c.from()) && !date.isAfter(c.to()));
      Verdict verdict = null;
      String note = null;
      if (!working) {
        note = "非工作日";
      } else if (onLeave.contains(d)) {
        note = "经批准请假";
      } else if (!covered) {
        note = "没有导入该日考勤";
      } else {
        verdict = AttendanceRules.judge(in, out, properties);
      }
      if (recorded || verdict != null) {
        days.add(new DayView(d, working, day == null ? null : day.signIn(), day == null ? null : day.signOut(), in, out,
            last != null, verdict == null ? null : verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            verdict == null ? null : AttendanceRules.label(verdict), verdict == null ? 0 : AttendanceRules.lateOrEarly(verdict),
            verdict != null && AttendanceRules.absent(verdict), note, dayCorrections));
      }
    }
    Map<String, int[]> byMonth = new LinkedHashMap<>();
    for (DayView d : days) {
      int[] counts = byMonth.computeIfAbsent(YearMonth.from(d.date()).toString(), m -> new int[2]);
      counts[0] += d.lateOrEarly();
      counts[1] += d.absent() ? 1 : 0;
    }
    List<MonthView> months = byMonth.entrySet().stream().map(e -> new MonthView(e.getKey(), e.getValue()[0],
        e.getValue()[1], e.getValue()[0] >= properties.reportToVendorAt())).toList();
    return new Attendance(engineer, from, to, days, months);
  }

  /**
   * B-2.4.5.1(1)3)「每月迟到/早退 3次以内例会进行批评，3次（含）以上的通报所属公司」: the first time an engineer's month
   * reaches the threshold, the month's late and early days go by mail to the vendor's company — once per engineer and
   * month (kept in the register with the mail request, in this transaction; the mail itself goes out asynchronously
   * with retries). A later correction that brings the month below the threshold does not recall it.
   */
  private void reportToVendor(String engineer, Set<YearMonth> months) {
    for (YearMonth month : months.stream().sorted().toList()) {
      if (register.vendorReported(engineer, month)) {
        continue;
      }
      Attendance a = attendance(engineer, month.atDay(1), month.atEndOfMonth());
      MonthView view = a.months().stream().filter(m -> m.month().equals(month.toString())).findFirst().orElse(null);
      if (view == null || !view.reportToVendor()) {
        continue;
      }
      String number = register.recordVendorReport(engineer, month, view.lateOrEarly(), properties.vendorRecipients(),
          time.localNow());
      StringBuilder note = new StringBuilder("驻场工程师：").append(engineer).append('\n')
          .append("月份：").append(month).append('\n')
          .append("迟到/早退：").append(view.lateOrEarly()).append(" 次（通报标准：").append(properties.reportToVendorAt())
          .append(" 次（含）以上，B-2.4.5.1(1)3)）\n明细：\n");
      a.days().stream().filter(d -> d.lateOrEarly() > 0).forEach(d -> note.append("  ").append(d.date()).append(' ')
          .append(d.verdictLabel()).append("（签到 ").append(d.signIn() == null ? "无" : d.signIn()).append("，签退 ")
          .append(d.signOut() == null ? "无" : d.signOut()).append(d.corrected() ? "，已更正" : "").append("）\n"));
      notifications.request(VENDOR_REPORT_TEMPLATE, properties.vendorRecipients(), number, note.toString());
    }
  }

  private Set<LocalDate> approvedLeaveDays(String engineer, LocalDate from, LocalDate to) {
    Set<LocalDate> days = new HashSet<>();
    for (LeaveRegister.Leave l : leave.leavesOverlapping(engineer, from, to)) {
      if (LeaveRegister.APPROVED.equals(l.status())) {
        for (LocalDate d = l.from(); !d.isAfter(l.to()); d = d.plusDays(1)) {
          days.add(d);
        }
      }
    }
    return days;
  }

  private boolean isResident(String engineer) {
    return engineers.all().values().stream().anyMatch(list -> list.contains(engineer));
  }

  AttendanceProperties properties() {
    return properties;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
