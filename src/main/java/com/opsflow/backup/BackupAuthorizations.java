package com.opsflow.backup;

import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Backups (B-2.2 item 8): the resident engineers of both lines may start one by hand in Tasklist and follow the
 * runs; the timers start the rest without a user. Tasks come by candidate group.
 */
@Component
class BackupAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    return Grant.startedBy(BackupProcess.KEY, List.of(SERVICE_DESK, SECOND_LINE));
  }
}
