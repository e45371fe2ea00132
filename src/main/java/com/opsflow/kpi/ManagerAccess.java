package com.opsflow.kpi;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.security.OpsFlowGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Who reads the ticket list, the KPIs and the period reports (SPEC §6): the vendor's project manager and team
 * lead, the bureau's system owners and IT department, and the administrator. Everybody else gets 403.
 */
@Component
public class ManagerAccess {

  public static final List<String> READERS = List.of(OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.TEAM_LEAD,
      OpsFlowGroups.SYSTEM_OWNER, OpsFlowGroups.BUREAU_IT, OpsFlowGroups.ADMIN);

  private final IdentityService identity;

  ManagerAccess(IdentityService identity) {
    this.identity = identity;
  }

  /** Throws 403 unless the current user belongs to one of {@link #READERS}. */
  public void requireReader() {
    boolean allowed = CurrentUser.inAny(identity, READERS);
    if (!allowed) {
      throw new ActionNotAllowedException("user", "只有项目经理、项目组长、应用系统负责人和信息技术部门可以查看工单清单、指标和报告"
          + " / only project managers, team leads, system owners and bureau IT read tickets lists, KPIs and reports");
    }
  }
}
