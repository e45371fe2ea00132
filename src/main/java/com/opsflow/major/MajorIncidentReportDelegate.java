package com.opsflow.major;

import com.opsflow.engine.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "生成事件分析报告": the report from the variables the tasks recorded. */
@Component("issueMajorIncidentReport")
class MajorIncidentReportDelegate implements JavaDelegate {

  private final MajorIncidentReport report;

  MajorIncidentReportDelegate(MajorIncidentReport report) {
    this.report = report;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String auth = CurrentUser.of(execution);
    report.issue(execution.getProcessBusinessKey(), execution.getVariables(), auth);
  }
}
