package com.opsflow.kpi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The KPIs of one system (null: all systems) and period [{@code from}, {@code to}] (days, both inclusive), as
 * {@link Kpis} defines them. A rate is null when nothing was there to count (an empty period has no rate, not 0 %).
 */
public record KpiFigures(
    String system,
    LocalDate from,
    LocalDate to,
    int incidentsCreated,
    int incidentsResolved,
    int incidentsClosed,
    Double firstLevelResolutionRate,
    double firstLevelResolutionGoal,
    Double escalationRate,
    double escalationGoal,
    Double responseSlaCompliance,
    Double resolutionSlaCompliance,
    List<SlaCompliance> slaCompliance,
    Backlog backlog,
    Double reopenRate,
    Double meanTimeToRespondMinutes,
    Double meanTimeToResolveMinutes,
    MajorIncidents majorIncidents,
    Rollbacks changes,
    Rollbacks releases) {

  /** Whether the first-level resolution rate reaches its goal (null without a rate). */
  @JsonProperty
  public Boolean firstLevelResolutionGoalMet() {
    return firstLevelResolutionRate == null ? null : firstLevelResolutionRate >= firstLevelResolutionGoal;
  }

  /** Whether the escalation rate stays within its goal (null without a rate). */
  @JsonProperty
  public Boolean escalationGoalMet() {
    return escalationRate == null ? null : escalationRate <= escalationGoal;
  }

  /** Response and resolution clocks decided in the period for one system and priority. */
  public record SlaCompliance(String system, String priority, int responseMet, int responseTotal, int resolveMet,
      int resolveTotal) {

    @JsonProperty

    public Double responseRate() {
      return Kpis.rate(responseMet, responseTotal);
    }

    @JsonProperty

    public Double resolveRate() {
      return Kpis.rate(resolveMet, resolveTotal);
    }
  }

  /**
   * Incidents not yet resolved at the period's end, by age at the end (natural days): up to 1 day, 1–3 days, 3–7
   * days, over 7 days.
   */
  public record Backlog(int total, int upToOneDay, int oneToThreeDays, int threeToSevenDays, int overSevenDays,
      Double meanAgeDays) {
  }

  /** Major incidents of the period and their duties (notify, second-line response, first report, on-site restore). */
  public record MajorIncidents(int total, int allDutiesMet, int notifyMissed, int responseMissed,
      int firstReportMissed, int onsiteRestoreMissed) {

    @JsonProperty

    public Double dutyComplianceRate() {
      return Kpis.rate(allDutiesMet, total);
    }
  }

  /** Changes or releases registered in the period: implemented (or tried) and how many were rolled back. */
  public record Rollbacks(int total, int implemented, int rolledBack) {

    @JsonProperty

    public Double rollbackRate() {
      return Kpis.rate(rolledBack, implemented);
    }
  }
}
