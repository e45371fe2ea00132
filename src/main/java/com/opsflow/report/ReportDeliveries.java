package com.opsflow.report;

import com.opsflow.engine.CurrentUser;
import com.opsflow.report.ReportDeliveryProcess.Typed;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code report-delivery}, called from the model as {@code ${reportDeliveries.…(execution)}}: each reads
 * the instance's variables, calls {@link ReportDeliveryService} and writes what the model reads.
 */
@Component("reportDeliveries")
public class ReportDeliveries {

  private final ReportDeliveryService service;

  ReportDeliveries(ReportDeliveryService service) {
    this.service = service;
  }

  /** Period-end timer: on a month's last working day, one delivery per report due (none already started). */
  public void startDue(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (DeliverySchedule.Due due : service.dueToday()) {
      runtime.createMessageCorrelation(ReportDeliveryProcess.MESSAGE)
          .setVariable(Typed.SYSTEM.name(), due.system())
          .setVariable(Typed.REPORT_KIND.name(), due.kind().code())
          .setVariable(Typed.PERIOD.name(), due.period().code())
          .correlateStartMessage();
    }
  }

  /** Makes the report (DOCX and XLSX) from the records and keeps both with the ticket; the first time opens it. */
  public void generate(DelegateExecution execution) {
    service.generate(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        Typed.SYSTEM.require(execution), Typed.REPORT_KIND.require(execution), Typed.PERIOD.require(execution))
        .ifPresent(due -> Typed.DUE_AT.set(execution, due));
  }

  /** The project manager sent the report back: the reason is kept; the records are corrected and it is made again. */
  public void sendBack(DelegateExecution execution) {
    service.sendBack(execution.getProcessBusinessKey(), Typed.SEND_BACK_REASON.get(execution),
        CurrentUser.of(execution));
  }

  /** Approved: the report goes out now; after its due time it is late (report-late evidence for the period). */
  public void deliver(DelegateExecution execution) {
    Typed.LATE.set(execution, service.deliver(execution.getProcessBusinessKey(), CurrentUser.of(execution)));
  }

  /** The note of the delivery mail. */
  public String note(DelegateExecution execution) {
    return ReportDeliveryService.note(execution.getProcessBusinessKey(), String.valueOf(Typed.PERIOD.get(execution)));
  }
}
