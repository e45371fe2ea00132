package com.opsflow.problem;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.readDefinition;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.VENDOR;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Problems (B-2.3.4, B-2.3.5): second line opens and follows them; the vendor sees the ones it works.
 */
@Component
class ProblemAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(createInstances(SECOND_LINE), startAndFollow(SECOND_LINE, ProblemProcess.KEY),
        readDefinition(VENDOR, ProblemProcess.KEY));
  }
}
