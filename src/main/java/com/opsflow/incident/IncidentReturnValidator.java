package com.opsflow.incident;

import com.opsflow.intake.Fields;
import com.opsflow.intake.TaskCompletionValidator;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 查阅知识库并受理: a request sent back as outside the service's scope (B-2.3.1 step 2) needs the reason the
 * user is told; REST and Tasklist completions without one get 400 naming {@code returnReason}.
 */
@Component
class IncidentReturnValidator implements TaskCompletionValidator {

  @Override
  public String processKey() {
    return IncidentProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return IncidentProcess.Element.LOOKUP_KNOWLEDGE;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    if (IncidentProcess.Outcome.RETURN.equals(submitted.get(IncidentProcess.Var.INTAKE_OUTCOME))) {
      Fields.requiredText(submitted, IncidentProcess.Var.RETURN_REASON, "退回原因", 2000);
    }
  }
}
