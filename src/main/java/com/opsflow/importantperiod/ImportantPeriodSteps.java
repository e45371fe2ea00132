package com.opsflow.importantperiod;

import com.opsflow.engine.CurrentUser;
import com.opsflow.importantperiod.ImportantPeriodProcess.Typed;
import com.opsflow.importantperiod.ImportantPeriodProcess.Var;
import com.opsflow.importantperiod.ImportantPeriodService.Declared;
import com.opsflow.importantperiod.ImportantPeriodService.Roster;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The engine adapter of 重要时期申报 ({@code ${importantPeriodSteps.…}}): reads the form, calls
 * {@link ImportantPeriodService}, writes what the model and its mails read.
 */
@Component("importantPeriodSteps")
public class ImportantPeriodSteps {

  private final ImportantPeriodService service;

  ImportantPeriodSteps(ImportantPeriodService service) {
    this.service = service;
  }

  /** Start listener: the system owner's declaration, stored in the starting transaction. */
  public void accept(DelegateExecution execution) {
    Declared declared = service.declare(execution.getProcessBusinessKey(), execution.getVariables(),
        CurrentUser.of(execution), execution.getProcessInstanceId());
    execution.setVariables(declared.variables());
    execution.setProcessBusinessKey(declared.number());
  }

  /** Complete listener of 排定值班表: the roster parsed, checked against the period and stored. */
  public void rosterEntered(DelegateTask task) {
    Roster roster = service.recordRoster(task.getExecution().getProcessBusinessKey(), task.getVariable(Var.SHIFTS),
        Typed.ROSTER.get(task), CurrentUser.of(task));
    Typed.ROSTER_RECIPIENTS.set(task, roster.recipients());
    Typed.ROSTER_TEXT.set(task, roster.text());
    Typed.SUMMARY.set(task, roster.summary());
  }
}
