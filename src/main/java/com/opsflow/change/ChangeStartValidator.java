package com.opsflow.change;

import com.opsflow.engine.CurrentUser;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.StartValidator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The start variables of a change request (form change-start): the system, what is changed, title and
 * content, who asked for it (the tax office's operator, optional mail). The user starting it is kept as
 * {@code requestedBy}.
 */
@Component
class ChangeStartValidator implements StartValidator {

  private final IdentityService identityService;

  ChangeStartValidator(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public String processKey() {
    return ChangeProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS)));
    clean.put(Var.CHANGE_TYPE, Fields.oneOf(v, Var.CHANGE_TYPE, "变更类别",
        new LinkedHashSet<>(ChangeProcess.CHANGE_TYPE_ORDER)));
    clean.put(Var.SUMMARY, Fields.requiredText(v, Var.SUMMARY, "变更标题", 200));
    clean.put(Var.DESCRIPTION, Fields.requiredLines(v, Var.DESCRIPTION, "变更内容和原因", 4000));
    clean.put(Var.REPORTER, Fields.requiredText(v, Var.REPORTER, "申请人（单位、姓名）", 100));
    clean.put(Var.REPORTER_EMAIL, Fields.optionalEmail(v, Var.REPORTER_EMAIL, "申请人邮箱"));
    clean.put(Var.IMPORTANT_PERIOD, Fields.optionalBoolean(v, Var.IMPORTANT_PERIOD, "重要时期（征期）内实施"));
    clean.put(Var.CHANNEL, "ticket");
    String caller = CurrentUser.of(identityService);
    String requestedBy = caller != null ? caller : Fields.optionalText(v, Var.REQUESTED_BY, "登记人", 64);
    clean.put(Var.REQUESTED_BY, requestedBy == null ? "" : requestedBy);
    return clean;
  }
}
