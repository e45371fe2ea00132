package com.opsflow.quality;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.QUALITY;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Quality control (B-2.3.13): inspectors start call inspections by hand (the weekly ones start by timer) and follow
 * them; team lead and managers read them through the managers' grants; tasks come by candidate group.
 */
@Component
class QualityInspectionAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(createInstances(QUALITY), startAndFollow(QUALITY, QualityInspectionProcess.KEY));
  }
}
