package com.opsflow.calendar;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares important periods and keeps their duty rosters (tables of V51). What a period does to the clocks is in
 * {@link BusinessCalendarService}; this service checks and stores. Engine-free: the process adapter and the REST
 * endpoint share it.
 */
@Service
public class ImportantPeriods {

  static final int REASON_MAX = 500;

  private final ImportantPeriodStore store;
  private final BusinessCalendarService calendar;

  ImportantPeriods(ImportantPeriodStore store, BusinessCalendarService calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  /**
   * Stores a new period of {@code system}.
   *
   * @throws IllegalArgumentException naming what is wrong: an empty or reversed range, a period that has already
   *     ended, a missing reason, or an overlap with a period already declared for the system
   */
  @Transactional
  public ImportantPeriod declare(String number, String system, LocalDateTime from, LocalDateTime to, String reason,
      String declaredBy, LocalDateTime now, String processInstanceId) {
    if (system == null || system.isBlank()) {
      throw new IllegalArgumentException("系统不能为空");
    }
    if (from == null || to == null || !to.isAfter(from)) {
      throw new IllegalArgumentException("结束时间必须晚于开始时间");
    }
    if (!to.isAfter(now)) {
      throw new IllegalArgumentException("结束时间已过：重要时期须在当前时间之后结束");
    }
    if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
      throw new IllegalArgumentException("原因必须填写，最多 " + REASON_MAX + " 字");
    }
    List<ImportantPeriod> overlapping = store.overlapping(system, from, to);
    if (!overlapping.isEmpty()) {
      ImportantPeriod other = overlapping.get(0);
      throw new IllegalArgumentException("与已申报的重要时期 " + other.number() + "（" + other.from() + " 至 "
          + other.to() + "）重叠");
    }
    ImportantPeriod period = new ImportantPeriod(0, number, system, from, to, reason.strip(), declaredBy, now,
        List.of());
    long id = store.insert(period, processInstanceId);
    calendar.refresh();
    return new ImportantPeriod(id, number, system, from, to, period.reason(), declaredBy, now, List.of());
  }

  /**
   * Replaces the duty roster of a period. Every shift lies within the period; together the shifts cover it from
   * start to end, so that someone is on call at every moment of it.
   *
   * @throws IllegalArgumentException naming the first shift that is wrong, or the first moment nobody is on call
   */
  @Transactional
  public void recordRoster(String number, List<ImportantPeriod.DutyShift> roster, String recordedBy,
      LocalDateTime now) {
    ImportantPeriod period = byNumber(number);
    if (roster.isEmpty()) {
      throw new IllegalArgumentException("值班表不能为空");
    }
    for (int i = 0; i < roster.size(); i++) {
      ImportantPeriod.DutyShift shift = roster.get(i);
      if (!shift.to().isAfter(shift.from())) {
        throw new IllegalArgumentException("第 " + (i + 1) + " 班：结束时间必须晚于开始时间");
      }
      if (shift.from().isBefore(period.from()) || shift.to().isAfter(period.to())) {
        throw new IllegalArgumentException("第 " + (i + 1) + " 班：须在重要时期内（" + period.from() + " 至 "
            + period.to() + "）");
      }
    }
    LocalDateTime covered = period.from();
    for (ImportantPeriod.DutyShift shift : roster.stream()
        .sorted(java.util.Comparator.comparing(ImportantPeriod.DutyShift::from)).toList()) {
      if (shift.from().isAfter(covered)) {
        break;
      }
      if (shift.to().isAfter(covered)) {
        covered = shift.to();
      }
    }
    if (covered.isBefore(period.to())) {
      throw new IllegalArgumentException("值班表未覆盖整个重要时期：" + covered + " 起无人值班");
    }
    store.replaceRoster(period.id(), roster, recordedBy, now);
    calendar.refresh();
  }

  /** The period with this number, with its roster. */
  public ImportantPeriod byNumber(String number) {
    return store.byNumber(number).orElseThrow(() -> new IllegalArgumentException("没有重要时期 " + number));
  }

  /** Periods of {@code system} (every system when null) overlapping [{@code from}, {@code to}), with rosters. */
  public List<ImportantPeriod> overlapping(String system, LocalDateTime from, LocalDateTime to) {
    return store.overlapping(system, from, to);
  }
}
