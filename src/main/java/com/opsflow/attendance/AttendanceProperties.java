package com.opsflow.attendance;

import com.opsflow.security.OpsFlowGroups;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * opsflow.attendance.*, defaults from the seed: B-2.4.5.1(1)3) "8:30分未签入业务系统者视为迟到，17:30前签出业务系统者视为早退"
 * ({@code signInBy}, {@code signOutFrom}); A-5.5.1/B-2.6.1 "旷工（迟到/早退 1小时算旷工）" ({@code absentAfter});
 * B-2.4.5.1(1)3) "每月迟到/早退 … 3次（含）以上的通报所属公司" ({@code reportToVendorAt}); who receives that report for the
 * vendor's company ({@code vendorRecipients}: groups, {@code user:ID} or addresses, comma-separated; default the vendor's
 * project managers, {@code project-manager} — the {@code vendor} group is the software vendor of program fixes, not the
 * engineers' employer).
 */
@ConfigurationProperties("opsflow.attendance")
public record AttendanceProperties(String signInBy, String signOutFrom, Duration absentAfter,
    Integer reportToVendorAt, String vendorRecipients) {

  public AttendanceProperties {
    signInBy = signInBy == null || signInBy.isBlank() ? "08:30" : signInBy.trim();
    signOutFrom = signOutFrom == null || signOutFrom.isBlank() ? "17:30" : signOutFrom.trim();
    absentAfter = absentAfter == null ? Duration.ofHours(1) : absentAfter;
    reportToVendorAt = reportToVendorAt == null ? 3 : reportToVendorAt;
    vendorRecipients = vendorRecipients == null || vendorRecipients.isBlank() ? OpsFlowGroups.PROJECT_MANAGER
        : vendorRecipients.trim();
    if (!LocalTime.parse(signInBy).isBefore(LocalTime.parse(signOutFrom)) || absentAfter.isNegative() || absentAfter.isZero() || reportToVendorAt < 1) {
      throw new IllegalStateException("opsflow.attendance: sign-in-by must be before sign-out-from, absent-after"
          + " positive and report-to-vendor-at 1 or more");
    }
  }

  LocalTime signInTime() {
    return LocalTime.parse(signInBy);
  }

  LocalTime signOutTime() {
    return LocalTime.parse(signOutFrom);
  }
}
