package com.opsflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** "生成补丁升级报告": the report from the register and the variables the tasks recorded. */
@Component("issueReleaseReport")
class ReleaseReportDelegate implements JavaDelegate {

  private final ReleaseReport report;

  ReleaseReportDelegate(ReleaseReport report) {
    this.report = report;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    report.issue(execution.getProcessBusinessKey(), execution.getVariables(), auth == null ? null : auth.getUserId());
  }
}
