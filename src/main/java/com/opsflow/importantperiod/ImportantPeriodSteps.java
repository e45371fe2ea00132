package com.opsflow.importantperiod;

import static com.opsflow.importantperiod.ImportantPeriodProcess.Var;

import com.opsflow.calendar.ImportantPeriod;
import com.opsflow.calendar.ImportantPeriods;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartIntake;
import com.opsflow.intake.StartValidators;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The engine adapter of 重要时期申报 ({@code ${importantPeriodSteps.…}}): reads the form, calls {@link ImportantPeriods}
 * (engine-free, shared with {@code /api/important-periods}) and {@link DutyRosterParser}, writes what the model and
 * its mails read. A refused declaration or roster starts or completes nothing (400 naming the field).
 */
@Component("importantPeriodSteps")
public class ImportantPeriodSteps {

  private final ImportantPeriods periods;
  private final StartValidators validators;
  private final TicketNumbers numbers;
  private final TicketTime time;
  private final DutyRosterParser parser;

  ImportantPeriodSteps(ImportantPeriods periods, StartValidators validators, TicketNumbers numbers, TicketTime time,
      DutyRosterParser parser) {
    this.periods = periods;
    this.validators = validators;
    this.numbers = numbers;
    this.time = time;
    this.parser = parser;
  }

  /** Start listener: the system owner's declaration, stored in the starting transaction. */
  public void accept(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    Map<String, Object> clean = new HashMap<>(validators.forProcess(ImportantPeriodProcess.KEY).orElseThrow()
        .validate(execution.getVariables()));
    String system = (String) clean.get(Var.SYSTEM);
    LocalDateTime from = local((Date) clean.get(Var.FROM));
    LocalDateTime to = local((Date) clean.get(Var.TO));
    String reason = (String) clean.get(Var.REASON);
    String actor = CurrentUser.of(execution);
    String number = numbers.next(ImportantPeriodProcess.NUMBER_PREFIX);
    ImportantPeriod period;
    try {
      period = periods.declare(number, system, from, to, reason, actor, time.localNow(),
          execution.getProcessInstanceId());
    } catch (IllegalArgumentException refused) {
      throw new InvalidInputException(Var.TO, "重要时期未登记：" + refused.getMessage() + " / important period refused");
    }
    clean.put(Var.SYSTEM_NAME, SupportedSystems.name(system));
    clean.put(Var.DECLARED_BY, actor);
    clean.put(Var.SUMMARY, summary(period));
    clean.put(Var.ROSTER_DUE, clean.get(Var.FROM));
    clean.put(StartIntake.TICKET_NUMBER, number);
    execution.setVariables(clean);
    execution.setProcessBusinessKey(number);
  }

  /** Complete listener of 排定值班表: the roster parsed, checked against the period and stored. */
  public void rosterEntered(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    ImportantPeriod period = periods.byNumber(number);
    Object shifts = task.getVariable(Var.SHIFTS);
    boolean list = DutyRosterParser.hasRows(shifts);
    List<ImportantPeriod.DutyShift> roster = list ? parser.parseRows(shifts)
        : parser.parse((String) task.getVariable(Var.ROSTER)); // a task opened before the list, REST, or pasted
    String field = list ? Var.SHIFTS : Var.ROSTER;
    try {
      periods.recordRoster(number, roster, CurrentUser.of(task), time.localNow());
    } catch (IllegalArgumentException refused) {
      throw new InvalidInputException(field, "字段 " + field + "（值班表）：" + refused.getMessage()
          + " / field '" + field + "' refused");
    }
    task.setVariable(Var.ROSTER_RECIPIENTS, String.join(",", roster.stream()
        .map(s -> "user:" + s.userId()).distinct().toList()));
    task.setVariable(Var.ROSTER_TEXT, DutyRosterParser.format(roster));
    task.setVariable(Var.SUMMARY, summary(period));
  }

  static String summary(ImportantPeriod p) {
    return SupportedSystems.name(p.system()) + " " + DutyRosterParser.TIME.format(p.from()) + " 至 "
        + DutyRosterParser.TIME.format(p.to()) + "：" + p.reason();
  }

  private LocalDateTime local(Date date) {
    return time.local(date.toInstant());
  }
}
