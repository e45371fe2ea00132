package com.opsflow.healthcheck;

import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Health checks (A-3.2.1.1, B-2.3.10): the resident engineers who do them (first line the daily ones, second line
 * the monthly audits and special checks) may start one by hand in Tasklist and follow the runs; the timers start
 * the rest without a user. Tasks come by candidate group.
 */
@Component
class HealthCheckAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return Grant.startedBy(HealthCheckProcess.KEY, List.of(SERVICE_DESK, SECOND_LINE));
  }
}
