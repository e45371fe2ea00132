package com.opsflow.release;

import com.opsflow.engine.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    String auth = CurrentUser.of(execution);
    report.issue(execution.getProcessBusinessKey(), execution.getVariables(), auth);
  }
}
