package com.opsflow.importantperiod;

import static com.opsflow.security.Grant.createInstances;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.SYSTEM_OWNER;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The system owner declares important periods in Tasklist (issue 12); the vendor's managers draw up the roster
 * by candidate group.
 */
@Component
class ImportantPeriodAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return List.of(createInstances(SYSTEM_OWNER), startAndFollow(SYSTEM_OWNER, ImportantPeriodProcess.KEY));
  }
}
