package com.opsflow.hardening;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Security hardening (seed C 安全加固): second line checks, by schedule or by hand after a bureau notice.
 */
@Component
class SecurityHardeningAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(createInstances(SECOND_LINE), startAndFollow(SECOND_LINE, SecurityHardeningProcess.KEY));
  }
}
