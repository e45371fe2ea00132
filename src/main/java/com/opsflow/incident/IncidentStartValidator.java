package com.opsflow.incident;

import static com.opsflow.incident.IncidentProcess.Var;

import com.opsflow.intake.Fields;
import com.opsflow.intake.StartValidator;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The start variables of an incident (SPEC §3) and what each may hold. */
@Component
class IncidentStartValidator implements StartValidator {

  @Override
  public String processKey() {
    return IncidentProcess.KEY;
  }

  @Override
  public void validate(Map<String, Object> v) {
    Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS));
    Fields.oneOf(v, Var.CHANNEL, "渠道", new LinkedHashSet<>(IncidentProcess.CHANNELS));
    Fields.requiredText(v, Var.REPORTER, "报告人", 100);
    Fields.optionalEmail(v, Var.REPORTER_EMAIL, "报告人邮箱");
    Fields.requiredText(v, Var.SUMMARY, "事件摘要", 200);
    Fields.optionalText(v, Var.DESCRIPTION, "详细描述", 4000);
    Fields.oneOf(v, Var.IMPACT, "影响范围", new LinkedHashSet<>(IncidentProcess.IMPACTS));
    Fields.oneOf(v, Var.URGENCY, "紧急程度", new LinkedHashSet<>(IncidentProcess.URGENCIES));
    Fields.optionalBoolean(v, Var.IMPORTANT_PERIOD, "重要时期");
  }
}
