package com.opsflow.survey;

import static com.opsflow.security.Grant.follow;
import static com.opsflow.security.Grant.readDefinition;
import static com.opsflow.security.OpsFlowGroups.DOCUMENT_ADMIN;
import static com.opsflow.security.OpsFlowGroups.KNOWLEDGE;
import static com.opsflow.security.OpsFlowGroups.PROJECT_MANAGER;
import static com.opsflow.security.OpsFlowGroups.QUALITY;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Satisfaction surveys (B-2.3.13(3)): the project manager or quality inspector plans them; the desk, who enters the
 * answers, and quality see the surveys (also for {@code /api/surveys}). Improvement actions reach their groups by
 * candidate group; their owners need the definition readable to complete them.
 */
@Component
class SatisfactionSurveyAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.addAll(Grant.startedBy(SatisfactionSurveyProcess.KEY, List.of(PROJECT_MANAGER, QUALITY)));
    grants.add(follow(SERVICE_DESK, SatisfactionSurveyProcess.KEY));
    for (String group : List.of(SECOND_LINE, KNOWLEDGE, DOCUMENT_ADMIN)) {
      grants.add(readDefinition(group, SatisfactionSurveyProcess.KEY));
    }
    return grants;
  }
}
