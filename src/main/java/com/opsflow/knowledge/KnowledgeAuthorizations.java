package com.opsflow.knowledge;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.KNOWLEDGE;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The knowledge group drafts articles by hand (Tasklist start) and follows its knowledge instances.
 */
@Component
class KnowledgeAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(createInstances(KNOWLEDGE), startAndFollow(KNOWLEDGE, KnowledgeProcess.KEY));
  }
}
