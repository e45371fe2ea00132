package com.opsflow.incident;

import static com.opsflow.incident.IncidentProcess.Var;

import com.opsflow.intake.Fields;
import com.opsflow.intake.StartValidator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The start variables of an incident (SPEC §3) and what each may hold. */
@Component
class IncidentStartValidator implements StartValidator {

  @Override
  public String processKey() {
    return IncidentProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS)));
    clean.put(Var.CHANNEL, Fields.oneOf(v, Var.CHANNEL, "报告渠道", new LinkedHashSet<>(IncidentProcess.CHANNELS)));
    clean.put(Var.REPORTER, Fields.requiredText(v, Var.REPORTER, "报告人", 100));
    clean.put(Var.REPORTER_EMAIL, Objects.requireNonNullElse(Fields.optionalEmail(v, Var.REPORTER_EMAIL, "报告人邮箱"), ""));
    clean.put(Var.SUMMARY, Fields.requiredText(v, Var.SUMMARY, "事件摘要", 200));
    clean.put(Var.DESCRIPTION, Objects.requireNonNullElse(Fields.optionalLines(v, Var.DESCRIPTION, "详细描述", 4000), ""));
    clean.put(Var.IMPACT, Fields.oneOf(v, Var.IMPACT, "影响范围", new LinkedHashSet<>(IncidentProcess.IMPACTS)));
    clean.put(Var.URGENCY, Fields.oneOf(v, Var.URGENCY, "紧急程度", new LinkedHashSet<>(IncidentProcess.URGENCIES)));
    clean.put(Var.IMPORTANT_PERIOD, Fields.optionalBoolean(v, Var.IMPORTANT_PERIOD, "重要时期"));
    return clean;
  }
}
