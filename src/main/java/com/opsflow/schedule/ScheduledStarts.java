package com.opsflow.schedule;

import com.opsflow.engine.CurrentUser;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The scheduling shared by every scheduled process ({@code ${scheduledStarts.…}}). The process's timer start event
 * ticks on its cron ({@link ScheduleTicks}, changeable in Modeler or by {@code opsflow.schedule.tick.<process>});
 * each tick starts, through the process's own message start, the runs DMN {@code operation-schedule} makes due
 * today on the business calendar, each period once ({@link ScheduledStartRegister}). The engine runs the one timer
 * job of a timer start event once, on whichever node acquires it; the register keeps a re-fired tick, a start by
 * hand or a due date moved by a later holiday from starting a period twice. A start by hand in Tasklist (form of
 * the timer start event: {@code system}, {@code schedule}) takes the current period when it is still open, else
 * runs as an extra, unscheduled check.
 */
@Component("scheduledStarts")
public class ScheduledStarts {

  public record Run(ScheduleRule rule, SchedulePeriod period, LocalDate dueOn) {
  }

  private final ScheduleRules rules;
  private final ScheduledStartRegister register;
  private final BusinessCalendarService calendar;
  private final TicketTime time;

  ScheduledStarts(ScheduleRules rules, ScheduledStartRegister register, BusinessCalendarService calendar,
      TicketTime time) {
    this.rules = rules;
    this.register = register;
    this.calendar = calendar;
    this.time = time;
  }

  /** The runs of the process due today and not started yet, oldest first. */
  public List<Run> due(String process) {
    LocalDate today = time.today();
    List<Run> runs = new ArrayList<>();
    for (ScheduleRule rule : rules.of(process)) {
      for (SchedulePeriod period : DuePeriods.on(rule, today, calendar::isWorkingDay,
          register.firstStart(process, rule.schedule(), rule.system()))) {
        if (register.find(process, rule.schedule(), rule.system(), period.key()).isEmpty()) {
          runs.add(new Run(rule, period, rule.dueDate(period, calendar::isWorkingDay)));
        }
      }
    }
    return runs;
  }

  /** Service task after the timer start event: the due runs (timer), or the one run asked for (Tasklist). */
  public void startDue(DelegateExecution execution, String process, String message) {
    List<Map<String, Object>> starts = new ArrayList<>();
    if (execution.getVariable(ScheduleVariables.SCHEDULE) == null) {
      for (Run run : due(process)) {
        if (register.claim(run.rule(), run.period(), run.dueOn(), ScheduleVariables.TIMER)) {
          starts.add(variables(run, ScheduleVariables.TIMER, true));
        }
      }
    } else {
      Map<String, Object> asked = validateManual(process, execution.getVariables());
      ScheduleRule rule = rules.find(process, (String) asked.get(ScheduleVariables.SYSTEM),
          (String) asked.get(ScheduleVariables.SCHEDULE)).orElseThrow();
      SchedulePeriod period = SchedulePeriod.containing(rule.frequency(), time.today());
      String user = currentUser(execution);
      boolean scheduled = register.claim(rule, period, time.today(), user);
      starts.add(variables(new Run(rule, period, time.today()), user, scheduled));
    }
    // Engine-internal work: the timer has no user who could hold the right to start instances.
    WithoutAuthorization.inCurrentCommand(() -> {
      for (Map<String, Object> vars : starts) {
        ProcessInstance started = execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(message).setVariables(vars).correlateStartMessage();
        if (Boolean.TRUE.equals(vars.get(ScheduleVariables.SCHEDULED))) {
          register.started(process, (String) vars.get(ScheduleVariables.SCHEDULE),
              (String) vars.get(ScheduleVariables.SYSTEM), (String) vars.get(ScheduleVariables.PERIOD_KEY),
              started.getBusinessKey());
        }
      }
      return null;
    });
  }

  /** A start by hand: {@code system} and {@code schedule} must name a row of {@code operation-schedule}. */
  public Map<String, Object> validateManual(String process, Map<String, Object> v) {
    Object system = v.get(ScheduleVariables.SYSTEM);
    if (!(system instanceof String s) || !SupportedSystems.CODES.contains(s)) {
      throw new InvalidInputException(ScheduleVariables.SYSTEM, "字段 system（系统）必须是 "
          + String.join("、", SupportedSystems.CODES) + " 之一");
    }
    Object schedule = v.get(ScheduleVariables.SCHEDULE);
    List<String> offered = rules.of(process, s).stream().map(ScheduleRule::schedule).toList();
    if (!(schedule instanceof String sc) || !offered.contains(sc)) {
      throw new InvalidInputException(ScheduleVariables.SCHEDULE, "字段 schedule（定期工作）对系统 " + s + " 必须是 "
          + String.join("、", new LinkedHashSet<>(offered)) + " 之一");
    }
    Map<String, Object> clean = new HashMap<>();
    clean.put(ScheduleVariables.SYSTEM, s);
    clean.put(ScheduleVariables.SCHEDULE, sc);
    return clean;
  }

  /** The message start of a run: what {@link #startDue} sets, checked again on every way in. */
  public Map<String, Object> validateRun(String process, Map<String, Object> v) {
    Map<String, Object> clean = validateManual(process, v);
    ScheduleRule rule = rules.find(process, (String) clean.get(ScheduleVariables.SYSTEM),
        (String) clean.get(ScheduleVariables.SCHEDULE)).orElseThrow();
    Object periodStart = v.get(ScheduleVariables.PERIOD_START);
    LocalDate start;
    try {
      start = LocalDate.parse(String.valueOf(periodStart));
    } catch (RuntimeException e) {
      throw new InvalidInputException(ScheduleVariables.PERIOD_START, "字段 periodStart（周期开始日）必须是日期 yyyy-MM-dd");
    }
    SchedulePeriod period = SchedulePeriod.containing(rule.frequency(), start);
    clean.putAll(variables(new Run(rule, period, parseOr(v.get(ScheduleVariables.DUE_ON), start)),
        String.valueOf(v.getOrDefault(ScheduleVariables.STARTED_BY, ScheduleVariables.TIMER)),
        Boolean.TRUE.equals(v.get(ScheduleVariables.SCHEDULED))));
    return clean;
  }

  private Map<String, Object> variables(Run run, String startedBy, boolean scheduled) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(ScheduleVariables.SYSTEM, run.rule().system());
    vars.put(ScheduleVariables.SCHEDULE, run.rule().schedule());
    vars.put(ScheduleVariables.SCHEDULE_LABEL, rules.label(run.rule().process(), run.rule().system(),
        run.rule().schedule()));
    vars.put(ScheduleVariables.FREQUENCY, run.rule().frequency().code());
    vars.put(ScheduleVariables.PERIOD_KEY, run.period().key());
    vars.put(ScheduleVariables.PERIOD_START, run.period().start().toString());
    vars.put(ScheduleVariables.PERIOD_END, run.period().end().toString());
    vars.put(ScheduleVariables.DUE_ON, run.dueOn().toString());
    vars.put(ScheduleVariables.GROUP, run.rule().group());
    vars.put(ScheduleVariables.STARTED_BY, startedBy);
    vars.put(ScheduleVariables.SCHEDULED, scheduled);
    return vars;
  }

  private static LocalDate parseOr(Object value, LocalDate fallback) {
    try {
      return value == null ? fallback : LocalDate.parse(value.toString());
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  private static String currentUser(DelegateExecution execution) {
    return CurrentUser.of(execution, "unknown");
  }
}
