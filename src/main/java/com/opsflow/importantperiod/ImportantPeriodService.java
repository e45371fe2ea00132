package com.opsflow.importantperiod;

import static com.opsflow.importantperiod.ImportantPeriodProcess.Var;

import com.opsflow.calendar.ImportantPeriod;
import com.opsflow.calendar.ImportantPeriods;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartIntake;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 重要时期申报 on plain values: the system owner's declaration and the duty roster, checked and stored with
 * {@link ImportantPeriods} (engine-free, shared with {@code /api/important-periods}); a refused declaration or roster
 * stores nothing (400 naming the field).
 */
@Service
class ImportantPeriodService {

  private final ImportantPeriods periods;
  private final ImportantPeriodStartValidator validator;
  private final TicketNumbers numbers;
  private final TicketTime time;
  private final DutyRosterParser parser;

  ImportantPeriodService(ImportantPeriods periods, ImportantPeriodStartValidator validator, TicketNumbers numbers,
      TicketTime time, DutyRosterParser parser) {
    this.periods = periods;
    this.validator = validator;
    this.numbers = numbers;
    this.time = time;
    this.parser = parser;
  }

  /** A declared period: the variables the model and its mails read, and its number (the business key). */
  record Declared(Map<String, Object> variables, String number) {
  }

  /** A stored roster: who is on duty (mail recipients), the roster as text, the period's summary. */
  record Roster(String recipients, String text, String summary) {
  }

  /** The start form's declaration, stored in the starting transaction; {@code businessKey} must be empty. */
  Declared declare(String businessKey, Map<String, Object> submitted, String actor, String processInstanceId) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw InvalidInputException.businessKeyGiven();
    }
    Map<String, Object> clean = new HashMap<>(validator.validate(submitted));
    String system = (String) clean.get(Var.SYSTEM);
    LocalDateTime from = local((Date) clean.get(Var.FROM));
    LocalDateTime to = local((Date) clean.get(Var.TO));
    String number = numbers.next(ImportantPeriodProcess.NUMBER_PREFIX);
    ImportantPeriod period;
    try {
      period = periods.declare(number, system, from, to, (String) clean.get(Var.REASON), actor, time.localNow(),
          processInstanceId);
    } catch (IllegalArgumentException refused) {
      throw new InvalidInputException(Var.TO, "重要时期未登记：" + refused.getMessage() + " / important period refused");
    }
    clean.put(Var.SYSTEM_NAME, SupportedSystems.name(system));
    clean.put(Var.DECLARED_BY, actor);
    clean.put(Var.SUMMARY, summary(period));
    clean.put(Var.ROSTER_DUE, clean.get(Var.FROM));
    clean.put(StartIntake.TICKET_NUMBER, number);
    return new Declared(clean, number);
  }

  /**
   * 排定值班表: the roster from the form's list ({@code shifts}) or, for a task opened before the list, REST or a pasted
   * text, from {@code rosterText}; checked against the period and stored.
   */
  Roster recordRoster(String number, Object shifts, String rosterText, String actor) {
    ImportantPeriod period = periods.byNumber(number);
    boolean list = DutyRosterParser.hasRows(shifts);
    List<ImportantPeriod.DutyShift> roster = list ? parser.parseRows(shifts) : parser.parse(rosterText);
    String field = list ? Var.SHIFTS : Var.ROSTER;
    try {
      periods.recordRoster(number, roster, actor, time.localNow());
    } catch (IllegalArgumentException refused) {
      throw new InvalidInputException(field, "字段 " + field + "（值班表）：" + refused.getMessage()
          + " / field '" + field + "' refused");
    }
    return new Roster(String.join(",", roster.stream().map(s -> "user:" + s.userId()).distinct().toList()),
        DutyRosterParser.format(roster), summary(period));
  }

  static String summary(ImportantPeriod p) {
    return SupportedSystems.name(p.system()) + " " + DutyRosterParser.TIME.format(p.from()) + " 至 "
        + DutyRosterParser.TIME.format(p.to()) + "：" + p.reason();
  }

  private LocalDateTime local(Date date) {
    return time.local(date.toInstant());
  }
}
