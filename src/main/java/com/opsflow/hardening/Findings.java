package com.opsflow.hardening;

import com.opsflow.change.ChangeProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.FormLists;
import com.opsflow.intake.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The findings of one check as the form's list sends them (Camunda Forms dynamic list {@code findings}: a JSON array,
 * from Tasklist a Json variable): each with severity, affected component, description, remedy, and whether the
 * remedy changes configuration (then through the change process, with what kind of change).
 */
public final class Findings {

  public static final int MAX = 50;

  public record Finding(String severity, String component, String description, String remedy, boolean configChange,
      String changeType) {
  }

  private Findings() {
  }

  /** @throws InvalidInputException naming the row and field that is missing or wrong */
  public static List<Finding> parse(Object value) {
    List<?> rows = FormLists.rows(value, SecurityHardeningProcess.Var.FINDINGS, "发现项");
    if (rows.size() > MAX) {
      throw new InvalidInputException(SecurityHardeningProcess.Var.FINDINGS, "发现项最多 " + MAX + " 条 / at most " + MAX
          + " findings");
    }
    List<Finding> findings = new ArrayList<>();
    int n = 0;
    for (Object row : rows) {
      n++;
      if (!(row instanceof Map<?, ?> raw)) {
        throw invalid(n, "每条发现项须为对象 / each finding must be an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) raw;
      if (FormLists.isEmptyRow(r)) {
        continue; // an empty row the form added and nobody filled in
      }
      try {
        String severity = Fields.oneOf(r, "severity", "严重程度", new LinkedHashSet<>(SecurityHardeningProcess.SEVERITIES));
        String component = Fields.requiredText(r, "component", "受影响组件", 200);
        String description = Fields.requiredLines(r, "description", "漏洞或缺失补丁描述", 2000);
        String remedy = Fields.requiredLines(r, "remedy", "整改建议", 2000);
        boolean configChange = Fields.optionalBoolean(r, "configChange", "需修改配置（走变更流程）");
        String changeType = null;
        if (configChange) {
          changeType = Fields.oneOf(r, "changeType", "变更类别", new LinkedHashSet<>(ChangeProcess.CHANGE_TYPE_ORDER));
        }
        findings.add(new Finding(severity, component, description, remedy, configChange, changeType));
      } catch (InvalidInputException e) {
        throw invalid(n, e.getMessage());
      }
    }
    return findings;
  }

  private static InvalidInputException invalid(int row, String message) {
    return new InvalidInputException(SecurityHardeningProcess.Var.FINDINGS, "字段 findings（发现项）第 " + row + " 条："
        + message + " / finding " + row);
  }
}
