package com.opsflow.healthcheck;

import com.opsflow.intake.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The checklist of one check: for every item in the planned scopes its measured value against the threshold of
 * DMN health-check-threshold; a value above the threshold is a finding with the follow-up the table names.
 */
public final class Checklist {

  public record Threshold(String item, String label, String scope, String unit, BigDecimal threshold, String followUp) {
  }

  public record Line(Threshold threshold, BigDecimal measured) {
    public boolean finding() {
      return measured.compareTo(threshold.threshold()) > 0;
    }
  }

  private Checklist() {
  }

  /**
   * @param variables the measured values, by the variables of {@link HealthCheckProcess#ITEMS}
   * @throws InvalidInputException for an item of a planned scope without a value, or a negative value
   */
  public static List<Line> measure(Collection<Threshold> thresholds, Collection<String> scopes,
      Map<String, Object> variables) {
    List<Line> lines = new ArrayList<>();
    for (Threshold t : thresholds) {
      if (!scopes.contains(t.scope())) {
        continue;
      }
      String variable = HealthCheckProcess.ITEMS.get(t.item());
      Object value = variables.get(variable);
      BigDecimal measured;
      try {
        measured = value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().strip());
      } catch (NumberFormatException e) {
        measured = null;
      }
      if (measured == null || measured.signum() < 0) {
        throw new InvalidInputException(variable, "字段 " + variable + "（" + t.label() + "，" + t.unit()
            + "）必填，须为不小于 0 的数 / field '" + variable + "' needs a measured value ≥ 0");
      }
      lines.add(new Line(t, measured));
    }
    return lines;
  }
}
