package com.opsflow.report;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.report.ReportDeliveryProcess.Var;
import com.opsflow.ticket.SupportedSystems;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A delivery names a supported system, a delivered report kind and a period that kind is made for, and is the
 * only one of that report and period.
 */
@Component
class ReportDeliveryStartValidator implements StartValidator {

  private final ReportDeliveryRegister register;

  ReportDeliveryStartValidator(ReportDeliveryRegister register) {
    this.register = register;
  }

  @Override
  public String processKey() {
    return ReportDeliveryProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> variables) {
    Object system = variables.get(Var.SYSTEM);
    if (!(system instanceof String s) || !SupportedSystems.CODES.contains(s)) {
      throw new InvalidInputException(Var.SYSTEM, "system 应为 " + SupportedSystems.CODES + " 之一 / unknown system");
    }
    Object kindCode = variables.get(Var.REPORT_KIND);
    ReportKind kind = kindCode instanceof String k ? ReportKind.of(k) : null;
    if (kind == null || kind == ReportKind.INCIDENT_LIST) {
      throw new InvalidInputException(Var.REPORT_KIND, "reportKind 应为交付的报告（monthly、quarterly、annual 等）"
          + " / reportKind must be a delivered report");
    }
    ReportPeriod period = ReportPeriod.parse(variables.get(Var.PERIOD) instanceof String p ? p : null);
    if (!kind.accepts(period)) {
      throw new InvalidInputException(Var.PERIOD, kind.title(period) + "不适用于期间 " + period.code()
          + " / the report is not made for this period");
    }
    if (register.exists((String) system, kind.code(), period.code())) {
      throw new InvalidInputException(Var.PERIOD, "该期间的" + kind.title(period) + "已发起交付 / this report is already"
          + " being delivered for the period");
    }
    return Map.of(Var.SYSTEM, system, Var.REPORT_KIND, kind.code(), Var.PERIOD, period.code());
  }
}
