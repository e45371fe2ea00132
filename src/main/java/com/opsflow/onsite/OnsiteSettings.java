package com.opsflow.onsite;

import java.time.Duration;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of on-site support. The model reads the monitoring period as
 * {@code ${onsiteSettings.monitoringPeriod}} (an ISO-8601 duration such as P3D).
 */
@Component("onsiteSettings")
public class OnsiteSettings {

  private final String monitoringPeriod;

  OnsiteSettings(@Value("${opsflow.onsite.monitoring-period:P3D}") String monitoringPeriod) {
    checkIsoDuration(monitoringPeriod);
    this.monitoringPeriod = monitoringPeriod;
  }

  public String getMonitoringPeriod() {
    return monitoringPeriod;
  }

  private static void checkIsoDuration(String value) {
    try {
      if (value.contains("T")) {
        Duration.parse(value);
      } else {
        Period.parse(value);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("opsflow.onsite.monitoring-period must be an ISO-8601 duration such as P3D"
          + " or PT12H, not '" + value + "'", e);
    }
  }
}
