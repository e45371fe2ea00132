package com.opsflow.problem;

import com.opsflow.engine.CurrentUser;
import static com.opsflow.problem.ProblemProcess.Var;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record on problem": writes the step named by the input parameter {@code problemStep} to the problem
 * register, attributed to the user who completed the step before it.
 */
@Component("recordOnProblem")
class RecordOnProblemDelegate implements JavaDelegate {

  /** A vendor answer date given as a day is due at the end of that working day. */
  static final LocalTime END_OF_DAY = LocalTime.of(17, 30);

  private final ProblemService problems;
  private final ProblemSettings settings;
  private final TicketTime time;

  RecordOnProblemDelegate(ProblemService problems, ProblemSettings settings, TicketTime time) {
    this.problems = problems;
    this.settings = settings;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemStep step = ProblemStep.of(text(execution, Var.PROBLEM_STEP));
    String number = execution.getProcessBusinessKey();
    String actor = CurrentUser.of(execution);
    switch (step) {
      case REGISTERED -> {
        problems.register(number, execution.getProcessInstanceId(), text(execution, Var.PROBLEM_TYPE),
            text(execution, Var.SYSTEM), text(execution, Var.SYSTEMS), text(execution, Var.SUMMARY),
            text(execution, Var.DESCRIPTION), actor);
        String linked = text(execution, Var.LINKED_INCIDENTS);
        for (String incident : linked == null ? new String[0] : linked.split(",")) {
          if (!incident.isBlank()) {
            problems.linkIncident(number, incident.trim(), actor);
          }
        }
      }
      case ANALYSED -> problems.recordAnalysis(number, text(execution, Var.ROOT_CAUSE), text(execution, Var.WORKAROUND),
          actor);
      case APPROVAL_RECORDED -> problems.recordRequirementDecision(number, text(execution, Var.REQUIREMENT_ANALYSIS),
          text(execution, Var.REVIEW_CONCLUSION), text(execution, Var.APPROVAL_OUTCOME),
          text(execution, Var.APPROVAL_NOTE), actor);
      case REJECTED -> problems.recordRejection(number, text(execution, Var.APPROVAL_NOTE), actor);
      case HANDED_OVER -> handOver(execution, number, actor);
      case VENDOR_REMINDED -> problems.recordVendorReminder(number);
      case VENDOR_ESCALATED -> problems.recordVendorEscalation(number);
      case VENDOR_ANSWERED -> vendorAnswered(execution, number, actor);
      case RESOLVED -> problems.recordResolution(number, new Problem.Report(text(execution, Var.REPORT_SYMPTOM),
          text(execution, Var.REPORT_CAUSE), text(execution, Var.REPORT_WORKAROUND), text(execution, Var.FINAL_SOLUTION),
          text(execution, Var.REPORT_VENDOR_ANSWER)), actor);
    }
  }

  /** Deadline from the hand-off form's date, else the configured number of days; escalation some days later. */
  private void handOver(DelegateExecution execution, String number, String actor) {
    LocalDateTime now = time.localNow();
    LocalDateTime deadline = now.plusDays(settings.vendorAnswerDays());
    String due = text(execution, Var.VENDOR_DUE_DATE);
    if (due != null && !due.isBlank()) {
      LocalDateTime given = day(due, Var.VENDOR_DUE_DATE).atTime(END_OF_DAY);
      if (given.isAfter(now)) {
        deadline = given; // a date already past (a re-submission after a failed fix) falls back to the default
      }
    }
    LocalDateTime escalation = deadline.plusDays(settings.vendorEscalationDays());
    execution.setVariable(Var.VENDOR_DEADLINE, date(deadline));
    execution.setVariable(Var.VENDOR_ESCALATION_AT, date(escalation));
    problems.recordHandOver(number, text(execution, Var.VENDOR_CHANNEL), deadline, escalation,
        text(execution, Var.HAND_OVER_NOTE), actor);
  }

  /** Records the answer and pre-fills the summary report (问题报告) for second line. */
  private void vendorAnswered(DelegateExecution execution, String number, String actor) {
    String planned = text(execution, Var.PLANNED_DATE);
    String answer = text(execution, Var.VENDOR_ANSWER);
    String fixVersion = text(execution, Var.FIX_VERSION);
    problems.recordVendorAnswer(number, text(execution, Var.VENDOR_REFERENCE), fixVersion,
        planned == null || planned.isBlank() ? null : day(planned, Var.PLANNED_DATE), answer, actor);
    boolean program = ProblemProcess.Outcome.PROGRAM.equals(text(execution, Var.PROBLEM_TYPE));
    execution.setVariable(Var.REPORT_SYMPTOM, text(execution, Var.DESCRIPTION));
    execution.setVariable(Var.REPORT_CAUSE, text(execution, program ? Var.ROOT_CAUSE : Var.REQUIREMENT_ANALYSIS));
    execution.setVariable(Var.REPORT_WORKAROUND, program ? text(execution, Var.WORKAROUND) : "无（需求问题）");
    execution.setVariable(Var.REPORT_VENDOR_ANSWER, "修复版本 " + fixVersion + "，计划 " + planned + "：" + answer);
  }

  private Date date(LocalDateTime local) {
    return Date.from(local.atZone(time.zone()).toInstant());
  }

  private static LocalDate day(String value, String field) {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "字段 " + field + " 应为日期 yyyy-MM-dd / field '" + field
          + "' must be a date yyyy-MM-dd");
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

}
