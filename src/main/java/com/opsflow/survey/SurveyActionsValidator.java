package com.opsflow.survey;

import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The improvement actions typed in 确定改进措施, checked on REST/Tasklist completion (list rows and text; 400 naming the row or line). */
@Component
class SurveyActionsValidator implements TaskCompletionValidator {

  @Override
  public String processKey() {
    return SatisfactionSurveyProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return SatisfactionSurveyProcess.Element.DECIDE_ACTIONS;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    Object group = submitted.getOrDefault(Var.ACTION_GROUP_DEFAULT, current.get(Var.ACTION_GROUP_DEFAULT));
    ImprovementActions.parseAll(submitted.get(Var.ACTION_ROWS), submitted.get(Var.IMPROVEMENT_ACTIONS),
        group == null ? OpsFlowGroups.TEAM_LEAD : group.toString());
  }
}
