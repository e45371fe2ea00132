package com.opsflow.attendance;

import java.time.Duration;
import java.time.LocalTime;

/**
 * What one working day's sign-in and sign-out mean (B-2.4.5.1(1)3), A-5.5.1/B-2.6.1): signed in after 8:30 is late,
 * signed out before 17:30 is early; late or early by 1 hour or more is 旷工 (absent) instead; no sign-in at all on a
 * working day covered by an imported log, without approved leave, is 旷工 (B-2.4.5.1(3)1) "未按规定请假不到岗者，一律视为旷工").
 * A missing sign-in with a sign-out, or a missing sign-out, proves neither: the evaluator judges (information).
 */
final class AttendanceRules {

  enum Verdict {
    ON_TIME, LATE, EARLY, LATE_AND_EARLY, ABSENT_LATE, ABSENT_EARLY, ABSENT_NO_SIGN_IN, INCOMPLETE
  }

  private AttendanceRules() {
  }

  static Verdict judge(LocalTime signIn, LocalTime signOut, AttendanceProperties p) {
    if (signIn == null && signOut == null) {
      return Verdict.ABSENT_NO_SIGN_IN;
    }
    if (signIn != null && !Duration.between(p.signInTime(), signIn).minus(p.absentAfter()).isNegative()) {
      return Verdict.ABSENT_LATE;
    }
    if (signOut != null && !Duration.between(signOut, p.signOutTime()).minus(p.absentAfter()).isNegative()) {
      return Verdict.ABSENT_EARLY;
    }
    if (signIn == null || signOut == null) {
      return Verdict.INCOMPLETE;
    }
    boolean late = signIn.isAfter(p.signInTime());
    boolean early = signOut.isBefore(p.signOutTime());
    return late && early ? Verdict.LATE_AND_EARLY : late ? Verdict.LATE : early ? Verdict.EARLY : Verdict.ON_TIME;
  }

  /** 迟到/早退 occurrences of the day (a day both late and early counts twice). */
  static int lateOrEarly(Verdict v) {
    return switch (v) {
      case LATE, EARLY -> 1;
      case LATE_AND_EARLY -> 2;
      default -> 0;
    };
  }

  static boolean absent(Verdict v) {
    return v == Verdict.ABSENT_LATE || v == Verdict.ABSENT_EARLY || v == Verdict.ABSENT_NO_SIGN_IN;
  }

  static String label(Verdict v) {
    return switch (v) {
      case ON_TIME -> "正常";
      case LATE -> "迟到";
      case EARLY -> "早退";
      case LATE_AND_EARLY -> "迟到、早退";
      case ABSENT_LATE -> "迟到 1 小时（含）以上，按旷工计";
      case ABSENT_EARLY -> "早退 1 小时（含）以上，按旷工计";
      case ABSENT_NO_SIGN_IN -> "未签到且无批准请假，按旷工计";
      case INCOMPLETE -> "签到或签退记录缺失";
    };
  }
}
