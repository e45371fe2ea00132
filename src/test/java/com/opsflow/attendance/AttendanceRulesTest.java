package com.opsflow.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.attendance.AttendanceRules.Verdict;
import com.opsflow.intake.InvalidInputException;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AttendanceRulesTest {

  static final AttendanceProperties SEED = new AttendanceProperties(null, null, null, null, null);

  static Verdict judge(String in, String out) {
    return AttendanceRules.judge(in == null ? null : LocalTime.parse(in), out == null ? null : LocalTime.parse(out), SEED);
  }

  @Test
  void shouldCountLateAfterHalfPastEightAndEarlyBeforeHalfPastFive() {
    // B-2.4.5.1(1)3) "8:30分未签入业务系统者视为迟到，17:30前签出业务系统者视为早退"
    assertThat(judge("08:30", "17:30")).isEqualTo(Verdict.ON_TIME);
    assertThat(judge("08:31", "17:30")).isEqualTo(Verdict.LATE);
    assertThat(judge("08:30", "17:29")).isEqualTo(Verdict.EARLY);
    assertThat(judge("08:45", "17:00")).isEqualTo(Verdict.LATE_AND_EARLY);
    assertThat(AttendanceRules.lateOrEarly(Verdict.LATE_AND_EARLY)).as("a late sign-in and an early sign-out").isEqualTo(2);
  }

  @Test
  void shouldCountLateOrEarlyByOneHourAsAbsent() {
    // A-5.5.1/B-2.6.1 "旷工（迟到/早退 1小时算旷工）": one hour or more
    assertThat(judge("09:29", "17:30")).isEqualTo(Verdict.LATE);
    assertThat(judge("09:30", "17:30")).isEqualTo(Verdict.ABSENT_LATE);
    assertThat(judge("08:30", "16:31")).isEqualTo(Verdict.EARLY);
    assertThat(judge("08:30", "16:30")).isEqualTo(Verdict.ABSENT_EARLY);
    assertThat(AttendanceRules.absent(Verdict.ABSENT_LATE)).isTrue();
    assertThat(AttendanceRules.lateOrEarly(Verdict.ABSENT_LATE)).as("counted as absent, not also as late").isZero();
  }

  @Test
  void shouldCountNoSignInAsAbsentAndLeaveAMissingHalfToTheEvaluator() {
    // B-2.4.5.1(3)1) "未按规定请假不到岗者，一律视为旷工"
    assertThat(judge(null, null)).isEqualTo(Verdict.ABSENT_NO_SIGN_IN);
    assertThat(judge("08:20", null)).isEqualTo(Verdict.INCOMPLETE);
    assertThat(judge(null, "17:40")).isEqualTo(Verdict.INCOMPLETE);
    assertThat(judge("10:00", null)).as("a sign-in an hour late is absent whatever follows").isEqualTo(Verdict.ABSENT_LATE);
  }

  @Test
  void shouldReadTheSignInLogAndNameTheBadLineAndField() {
    assertThat(AttendanceLog.parseCsv("工号,日期,签到,签退\ndemo-service-desk,2043/3/2,8:29,17:35\n"))
        .singleElement().satisfies(e -> {
          assertThat(e.signIn()).isEqualTo(LocalTime.of(8, 29));
          assertThat(e.date()).hasToString("2043-03-02");
        });
    assertThatThrownBy(() -> AttendanceLog.parseCsv("engineer,date,signIn,signOut\na,2043-03-02,08:20,17:30\n"
        + "a,2043-03-03,8h20,17:30")).isInstanceOf(InvalidInputException.class).hasMessageContaining("第 3 行 signIn");
    assertThatThrownBy(() -> AttendanceLog.parseCsv("engineer,date,signIn\na,2043-03-02,08:20"))
        .hasMessageContaining("signOut");
    assertThatThrownBy(() -> AttendanceLog.parseCsv("engineer,date,signIn,signOut\na,2043-03-02,08:20,17:30\n"
        + "a,2043-03-02,08:20,17:30")).hasMessageContaining("第 3 行 date");
  }
}
