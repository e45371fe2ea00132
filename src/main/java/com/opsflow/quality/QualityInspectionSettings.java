package com.opsflow.quality;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of call quality inspection ({@code opsflow.quality.*}). The model reads the start timer as
 * {@code ${qualityInspectionSettings.weeklyCron}} (a Quartz-style cron in the server's time zone, which is
 * the bureau's: run the server with {@code TZ=Asia/Shanghai}). It fires every afternoon; the dispatch
 * starts the week's inspections only on the week's last working day of the business calendar (usually
 * Friday; Thursday when Friday is a holiday, Saturday when it is a make-up workday).
 */
@Component("qualityInspectionSettings")
public class QualityInspectionSettings {

  /** B-2.3.13(2): 每周对每个驻场人员监听二次以上的电话录音. */
  static final int SEED_MINIMUM = 2;

  private final String weeklyCron;
  private final int callsPerWeek;
  private final Duration deadlineAfterWeek;

  QualityInspectionSettings(@Value("${opsflow.quality.weekly-cron:0 0 14 * * ?}") String weeklyCron,
      @Value("${opsflow.quality.calls-per-week:2}") int callsPerWeek,
      @Value("${opsflow.quality.deadline-after-week:PT12H}") String deadlineAfterWeek) {
    if (callsPerWeek < SEED_MINIMUM) {
      throw new IllegalArgumentException("opsflow.quality.calls-per-week must be at least " + SEED_MINIMUM
          + " (B-2.3.13(2)), not " + callsPerWeek);
    }
    this.weeklyCron = weeklyCron;
    this.callsPerWeek = callsPerWeek;
    this.deadlineAfterWeek = Duration.parse(deadlineAfterWeek);
  }

  public String getWeeklyCron() {
    return weeklyCron;
  }

  /** How many calls are sampled per engineer and week, and how many inspections a week must have. */
  public int callsPerWeek() {
    return callsPerWeek;
  }

  /** How long after the end of the inspected week (Sunday 24:00) the inspections must be done. */
  public Duration deadlineAfterWeek() {
    return deadlineAfterWeek;
  }
}
