package com.opsflow.datamaintenance;

import com.opsflow.engine.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "出具数据维护处理报告": the DOCX from the register, kept with the ticket. */
@Component("issueDataMaintenanceReport")
class DataMaintenanceReportDelegate implements JavaDelegate {

  private final DataMaintenanceReport report;

  DataMaintenanceReportDelegate(DataMaintenanceReport report) {
    this.report = report;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String auth = CurrentUser.of(execution);
    report.issue(execution.getProcessBusinessKey(), auth);
  }
}
