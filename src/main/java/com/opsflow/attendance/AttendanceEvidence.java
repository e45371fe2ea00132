package com.opsflow.attendance;

import com.opsflow.attendance.AttendanceService.DayView;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Pre-fills {@code late-or-early} (迟到、早退: each late sign-in and each early sign-out of a working day) and
 * {@code absent} (旷工: late or early by 1 hour or more, or no sign-in without approved leave) from the attendance
 * register, the dates as evidence; months with 3 or more late/early are named for reporting to the vendor's company
 * (B-2.4.5.1(1)3)), and days missing a sign-in or sign-out are named for the evaluator to judge.
 */
@Component
class AttendanceEvidence implements EvaluationEvidenceSource {

  private final AttendanceService attendance;

  AttendanceEvidence(AttendanceService attendance) {
    this.attendance = attendance;
  }

  @Override
  public List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to) {
    AttendanceService.Attendance a = attendance.attendance(engineer, from, to.minusDays(1));
    List<EvaluationEvidence> lines = new ArrayList<>();
    List<DayView> late = a.days().stream().filter(d -> d.lateOrEarly() > 0).toList();
    if (!late.isEmpty()) {
      lines.add(new EvaluationEvidence(ScoreItem.LATE_OR_EARLY.code(), late.stream().mapToInt(DayView::lateOrEarly).sum(),
          late.stream().map(d -> d.date().toString()).toList(), "考勤记录：" + describe(late)));
    }
    List<DayView> absent = a.days().stream().filter(DayView::absent).toList();
    if (!absent.isEmpty()) {
      lines.add(new EvaluationEvidence(ScoreItem.ABSENT.code(), absent.size(),
          absent.stream().map(d -> d.date().toString()).toList(), "考勤记录：" + describe(absent)));
    }
    List<DayView> incomplete = a.days().stream().filter(d -> "incomplete".equals(d.verdict())).toList();
    if (!incomplete.isEmpty()) {
      lines.add(EvaluationEvidence.information("考勤签到或签退记录缺失，请核实：" + describe(incomplete),
          incomplete.stream().map(d -> d.date().toString()).toList()));
    }
    a.months().stream().filter(AttendanceService.MonthView::reportToVendor).forEach(m -> lines.add(
        EvaluationEvidence.information(m.month() + " 迟到/早退 " + m.lateOrEarly() + " 次，达 "
            + attendance.properties().reportToVendorAt() + " 次（含）以上，应通报所属公司（B-2.4.5.1）", List.of())));
    return lines;
  }

  private static String describe(List<DayView> days) {
    List<String> parts = new ArrayList<>();
    for (DayView d : days) {
      parts.add(d.date() + " " + d.verdictLabel() + "（签到 " + (d.signIn() == null ? "无" : d.signIn()) + "，签退 "
          + (d.signOut() == null ? "无" : d.signOut()) + (d.corrected() ? "，已更正" : "") + "）");
    }
    return String.join("；", parts);
  }
}
