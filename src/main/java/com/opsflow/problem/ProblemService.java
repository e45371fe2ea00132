package com.opsflow.problem;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.incident.IncidentFollowupProcess;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.problem.ProblemProcess.Var;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.ticket.TicketVariables;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem register and its links to incidents. Runs in the caller's (the engine's) transaction;
 * every step is also written to the problem ticket's audit trail (ticket_event).
 */
@Service
@Transactional
public class ProblemService {

  private final JdbcTemplate jdbc;
  private final TicketService tickets;
  private final TicketTime time;
  private final BusinessCalendarService calendar;
  private final ProblemSettings settings;

  public ProblemService(JdbcTemplate jdbc, TicketService tickets, TicketTime time, BusinessCalendarService calendar,
      ProblemSettings settings) {
    this.jdbc = jdbc;
    this.tickets = tickets;
    this.time = time;
    this.calendar = calendar;
    this.settings = settings;
  }

  /**
   * A "record on problem" step ({@code problemStep}) with the process's variables {@code v}: writes it to the problem
   * register, attributed to {@code actor}, and returns the variables the step sets on the process (deadlines, the
   * pre-filled report), empty for the others.
   */
  Map<String, Object> recordStep(ProblemStep step, String number, String processInstanceId, String actor,
      Map<String, ?> v) {
    switch (step) {
      case REGISTERED -> {
        register(number, processInstanceId, text(v, Var.PROBLEM_TYPE), text(v, Var.SYSTEM), text(v, Var.SYSTEMS),
            text(v, Var.SUMMARY), text(v, Var.DESCRIPTION), actor);
        String linked = text(v, Var.LINKED_INCIDENTS);
        for (String incident : linked == null ? new String[0] : linked.split(",")) {
          if (!incident.isBlank()) {
            linkIncident(number, incident.trim(), actor);
          }
        }
      }
      case ANALYSED -> recordAnalysis(number, text(v, Var.ROOT_CAUSE), text(v, Var.WORKAROUND), actor);
      case APPROVAL_RECORDED -> recordRequirementDecision(number, text(v, Var.REQUIREMENT_ANALYSIS),
          text(v, Var.REVIEW_CONCLUSION), text(v, Var.APPROVAL_OUTCOME), text(v, Var.APPROVAL_NOTE), actor);
      case REJECTED -> recordRejection(number, text(v, Var.APPROVAL_NOTE), actor);
      case HANDED_OVER -> {
        return handOver(number, v, actor);
      }
      case VENDOR_REMINDED -> recordVendorReminder(number);
      case VENDOR_ESCALATED -> recordVendorEscalation(number);
      case VENDOR_ANSWERED -> {
        return vendorAnswered(number, v, actor);
      }
      case RESOLVED -> recordResolution(number, new Problem.Report(text(v, Var.REPORT_SYMPTOM),
          text(v, Var.REPORT_CAUSE), text(v, Var.REPORT_WORKAROUND), text(v, Var.FINAL_SOLUTION),
          text(v, Var.REPORT_VENDOR_ANSWER)), actor);
    }
    return Map.of();
  }

  /**
   * Deadline from the hand-off form's date (due at the end of that working day, by the business calendar), else the
   * configured number of days; escalation some days later.
   */
  private Map<String, Object> handOver(String number, Map<String, ?> v, String actor) {
    LocalDateTime now = time.localNow();
    LocalDateTime deadline = now.plusDays(settings.vendorAnswerDays());
    String due = text(v, Var.VENDOR_DUE_DATE);
    if (due != null && !due.isBlank()) {
      LocalDateTime given = calendar.endOfWorkingDay(day(due, Var.VENDOR_DUE_DATE));
      if (given.isAfter(now)) {
        deadline = given; // a date already past (a re-submission after a failed fix) falls back to the default
      }
    }
    LocalDateTime escalation = deadline.plusDays(settings.vendorEscalationDays());
    recordHandOver(number, text(v, Var.VENDOR_CHANNEL), deadline, escalation, text(v, Var.HAND_OVER_NOTE), actor);
    Map<String, Object> set = new HashMap<>();
    set.put(Var.VENDOR_DEADLINE, date(deadline));
    set.put(Var.VENDOR_ESCALATION_AT, date(escalation));
    return set;
  }

  /** Records the answer and pre-fills the summary report (问题报告) for second line. */
  private Map<String, Object> vendorAnswered(String number, Map<String, ?> v, String actor) {
    String planned = text(v, Var.PLANNED_DATE);
    String answer = text(v, Var.VENDOR_ANSWER);
    String fixVersion = text(v, Var.FIX_VERSION);
    recordVendorAnswer(number, text(v, Var.VENDOR_REFERENCE), fixVersion,
        planned == null || planned.isBlank() ? null : day(planned, Var.PLANNED_DATE), answer, actor);
    boolean program = ProblemProcess.Outcome.PROGRAM.equals(text(v, Var.PROBLEM_TYPE));
    Map<String, Object> report = new HashMap<>();
    report.put(Var.REPORT_SYMPTOM, text(v, Var.DESCRIPTION));
    report.put(Var.REPORT_CAUSE, text(v, program ? Var.ROOT_CAUSE : Var.REQUIREMENT_ANALYSIS));
    report.put(Var.REPORT_WORKAROUND, program ? text(v, Var.WORKAROUND) : "无（需求问题）");
    report.put(Var.REPORT_VENDOR_ANSWER, "修复版本 " + fixVersion + "，计划 " + planned + "：" + answer);
    return report;
  }

  private java.util.Date date(LocalDateTime local) {
    return java.util.Date.from(local.atZone(time.zone()).toInstant());
  }

  private static LocalDate day(String value, String field) {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "字段 " + field + " 应为日期 yyyy-MM-dd / field '" + field
          + "' must be a date yyyy-MM-dd");
    }
  }

  private static String text(Map<String, ?> v, String name) {
    Object value = v.get(name);
    return value == null ? null : value.toString();
  }

  public void register(String number, String processInstanceId, String type, String system, String systems, String summary,
      String description, String actor) {
    tickets.register(new NewTicket(number, ProblemProcess.TICKET_TYPE, processInstanceId, system, null, actor, null,
        summary, description, null, null, false, actor));
    LocalDateTime now = time.localNow();
    jdbc.update("""
        INSERT INTO problem (problem_number, problem_type, primary_system, systems, status, summary, description,
          process_instance_id, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, type, system, systems, ProblemStatus.OPEN.code(), summary, description, processInstanceId, ts(now),
        actor, ts(now));
  }

  void recordAnalysis(String number, String rootCause, String workaround, String actor) {
    set(number, ProblemStatus.ANALYSED, "root_cause = ?, workaround = ?", rootCause, workaround);
    tickets.event(number, ProblemEvent.ANALYSED, actor, rootCause);
  }

  void recordRequirementDecision(String number, String analysis, String reviewConclusion, String outcome, String note,
      String actor) {
    ProblemStatus status = ProblemProcess.Outcome.APPROVED.equals(outcome) ? ProblemStatus.ANALYSED : ProblemStatus.REJECTED;
    set(number, status, "root_cause = ?, review_conclusion = ?, approval_outcome = ?, approval_note = ?, approved_by = ?",
        analysis, reviewConclusion, outcome, note, actor);
    tickets.event(number, ProblemEvent.requirementDecision(outcome), actor, note);
  }

  void recordRejection(String number, String note, String actor) {
    LocalDateTime now = time.localNow();
    set(number, ProblemStatus.REJECTED, "closed_at = ?", ts(now));
    tickets.recordClosure(number, false, "需求未获批准：" + note, actor);
  }

  void recordHandOver(String number, String channel, LocalDateTime deadline, LocalDateTime escalationAt, String note,
      String actor) {
    set(number, ProblemStatus.HANDED_OVER, "vendor_channel = ?, handed_over_at = ?, vendor_deadline = ?,"
        + " vendor_escalation_at = ?", channel, ts(time.localNow()), ts(deadline), ts(escalationAt));
    tickets.event(number, ProblemEvent.VENDOR_HANDED_OVER, actor, channel + ", 答复期限 " + deadline + (note == null ? "" : "：" + note));
  }

  void recordVendorReminder(String number) {
    jdbc.update("UPDATE problem SET vendor_reminded_at = ?, updated_at = ? WHERE problem_number = ?",
        ts(time.localNow()), ts(time.localNow()), number);
    tickets.event(number, ProblemEvent.VENDOR_REMINDED, null, null);
  }

  void recordVendorEscalation(String number) {
    jdbc.update("UPDATE problem SET vendor_escalated_at = ?, updated_at = ? WHERE problem_number = ?",
        ts(time.localNow()), ts(time.localNow()), number);
    tickets.event(number, ProblemEvent.VENDOR_ESCALATED, null, "→ team-lead, project-manager");
  }

  void recordVendorAnswer(String number, String reference, String fixVersion, LocalDate plannedDate, String answer,
      String actor) {
    set(number, ProblemStatus.VENDOR_ANSWERED, "vendor_reference = ?, vendor_fix_version = ?, vendor_planned_date = ?,"
        + " vendor_answer = ?, vendor_answered_at = ?, vendor_answered_by = ?",
        reference, fixVersion, plannedDate == null ? null : Date.valueOf(plannedDate), answer, ts(time.localNow()), actor);
    tickets.event(number, ProblemEvent.VENDOR_ANSWERED, actor, fixVersion + "：" + answer);
  }

  void recordResolution(String number, Problem.Report report, String actor) {
    LocalDateTime now = time.localNow();
    set(number, ProblemStatus.RESOLVED, "report_symptom = ?, report_cause = ?, report_workaround = ?, final_solution = ?,"
        + " report_vendor_answer = ?, resolved_at = ?", report.symptom(), report.cause(), report.workaround(),
        report.finalSolution(), report.vendorAnswer(), ts(now));
    tickets.recordResolution(number, report.finalSolution(), actor);
  }

  /**
   * Links an incident to a problem (many incidents, one problem). Linking again to the same problem changes nothing;
   * an ended problem can still be named as an incident's cause.
   *
   * @throws InvalidInputException when the problem or the incident does not exist, or the incident is already linked
   *     to another problem
   */
  public void linkIncident(String problemNumber, String incidentNumber, String actor) {
    existing(problemNumber);
    Ticket incident = tickets.find(incidentNumber).filter(t -> "incident".equals(t.ticketType()))
        .orElseThrow(() -> new InvalidInputException("incidentNumber",
            "事件单 " + incidentNumber + " 不存在 / no incident " + incidentNumber));
    Optional<String> linked = linkedProblem(incidentNumber);
    if (linked.isPresent()) {
      if (linked.get().equals(problemNumber)) {
        return;
      }
      throw new InvalidInputException("incidentNumber", "事件单 " + incidentNumber + " 已关联问题单 " + linked.get()
          + " / incident " + incidentNumber + " is linked to " + linked.get());
    }
    jdbc.update("INSERT INTO problem_incident (incident_number, problem_number, linked_at, linked_by) VALUES (?, ?, ?, ?)",
        incident.ticketNumber(), problemNumber, ts(time.localNow()), actor);
    tickets.recordProblemLink(incident.ticketNumber(), problemNumber, actor);
    tickets.event(problemNumber, ProblemEvent.INCIDENT_LINKED, actor, incident.ticketNumber());
  }

  /**
   * The problem, which must still be open: an incident can wait only for a problem that will end.
   *
   * @throws InvalidInputException when it does not exist or has ended
   */
  public Problem open(String problemNumber) {
    Problem problem = existing(problemNumber);
    if (problem.resolvedAt() != null || problem.closedAt() != null) {
      throw new InvalidInputException("problemNumber", "问题单 " + problemNumber + " 已结束（" + problem.status()
          + "），请直接填写解决方案 / problem " + problemNumber + " has ended; give the solution instead");
    }
    return problem;
  }

  private Problem existing(String problemNumber) {
    return find(problemNumber).orElseThrow(() -> new InvalidInputException("problemNumber",
        "问题单 " + problemNumber + " 不存在 / no problem " + problemNumber));
  }

  /** Delivers an ended problem's answer to an incident's followup waiting for it; the engine's adapter does. */
  @FunctionalInterface
  interface IncidentMessenger {

    /** Whether a followup of the incident was waiting and received the answer (the variables it gets). */
    boolean deliver(String incidentNumber, Map<String, Object> answer);
  }

  /**
   * Tells every linked incident not told yet that the problem ended: a followup waiting for it receives the problem's
   * solution, an incident not waiting or already closed is noted on its ticket instead.
   */
  void notifyLinkedIncidents(String number, IncidentMessenger messenger) {
    Problem problem = find(number).orElseThrow(() -> new IllegalStateException("No problem " + number));
    Map<String, Object> answer = answer(problem);
    for (LinkedIncident incident : incidents(number)) {
      if (incident.notifiedAt() != null) {
        continue;
      }
      if ("closed".equals(incident.status())) {
        recordIncidentNotified(number, incident.incidentNumber(), ProblemEvent.INCIDENT_ALREADY_CLOSED);
        continue;
      }
      boolean delivered = messenger.deliver(incident.incidentNumber(), answer);
      recordIncidentNotified(number, incident.incidentNumber(),
          delivered ? ProblemEvent.INCIDENT_NOTIFIED : ProblemEvent.INCIDENT_NOT_WAITING);
    }
  }

  /** What the incident's followup gets: the solution to verify and tell the user, and where it came from. */
  static Map<String, Object> answer(Problem problem) {
    Map<String, Object> v = new HashMap<>();
    boolean rejected = problem.resolvedAt() == null;
    v.put(IncidentFollowupProcess.Var.PROBLEM_OUTCOME, rejected ? "rejected" : "resolved");
    v.put(TicketVariables.PROBLEM_NUMBER, problem.problemNumber());
    if (rejected) {
      v.put(TicketVariables.SOLUTION, "关联问题单 " + problem.problemNumber() + " 的需求未获系统负责人批准："
          + problem.approvalNote());
      v.put(IncidentFollowupProcess.Var.SECOND_LINE_ANALYSIS, "需求分析：" + problem.rootCause());
    } else {
      v.put(TicketVariables.SOLUTION, "关联问题单 " + problem.problemNumber() + " 已解决：" + problem.report().finalSolution());
      v.put(IncidentFollowupProcess.Var.SECOND_LINE_ANALYSIS, "问题原因：" + problem.report().cause());
    }
    return v;
  }

  /** The notice stored on the link ({@code notify_result}) is the history code without its "problem-" prefix. */
  private void recordIncidentNotified(String problemNumber, String incidentNumber, ProblemEvent notice) {
    jdbc.update("UPDATE problem_incident SET notified_at = ?, notify_result = ? WHERE incident_number = ?",
        ts(time.localNow()), notice.code().substring("problem-".length()), incidentNumber);
    tickets.event(incidentNumber, notice, null, problemNumber);
  }

  /**
   * Links the incident whose followup second line completes to the problem number entered ("关联问题单"); waiting for
   * the problem needs one that is still open. A blank number links nothing, unless the incident is to wait.
   *
   * @throws InvalidInputException on {@code problemNumber} when it is missing for waiting, unknown or ended
   */
  void linkFromFollowup(String problemNumber, boolean awaitProblem, String incidentNumber, String actor) {
    if (problemNumber == null || problemNumber.isBlank()) {
      if (awaitProblem) {
        throw new InvalidInputException(TicketVariables.PROBLEM_NUMBER, "等待问题解决时必须填写关联问题单号"
            + " / field 'problemNumber' is required when waiting for a problem");
      }
      return;
    }
    if (awaitProblem) {
      open(problemNumber.trim());
    }
    linkIncident(problemNumber.trim(), incidentNumber, actor);
  }

  @Transactional(readOnly = true)
  public Optional<String> linkedProblem(String incidentNumber) {
    return jdbc.queryForList("SELECT problem_number FROM problem_incident WHERE incident_number = ?", String.class,
        incidentNumber).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<Problem> find(String number) {
    return jdbc.query("SELECT * FROM problem WHERE problem_number = ?", ProblemService::map, number).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<LinkedIncident> incidents(String problemNumber) {
    return jdbc.query("""
        SELECT l.incident_number, t.summary, t.status, l.linked_at, l.linked_by, l.notified_at, l.notify_result
        FROM problem_incident l JOIN ticket t ON t.ticket_number = l.incident_number
        WHERE l.problem_number = ? ORDER BY l.linked_at, l.incident_number""",
        (rs, i) -> new LinkedIncident(rs.getString(1), rs.getString(2), rs.getString(3), local(rs.getTimestamp(4)),
            rs.getString(5), local(rs.getTimestamp(6)), rs.getString(7)), problemNumber);
  }

  @Transactional(readOnly = true)
  public List<TicketEventRecord> events(String number) {
    return tickets.events(number);
  }

  private void set(String number, ProblemStatus status, String columns, Object... values) {
    Object[] args = new Object[values.length + 3];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = status.code();
    args[values.length + 1] = ts(time.localNow());
    args[values.length + 2] = number;
    int rows = jdbc.update("UPDATE problem SET " + columns + ", status = ?, updated_at = ? WHERE problem_number = ?", args);
    if (rows == 0) {
      throw new IllegalStateException("No problem " + number + " in the register");
    }
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  private static Problem map(ResultSet rs, int row) throws SQLException {
    Date planned = rs.getDate("vendor_planned_date");
    return new Problem(rs.getString("problem_number"), rs.getString("problem_type"), rs.getString("primary_system"),
        rs.getString("systems"), rs.getString("status"), rs.getString("summary"), rs.getString("description"),
        rs.getString("process_instance_id"), local(rs.getTimestamp("created_at")), rs.getString("created_by"),
        rs.getString("root_cause"), rs.getString("workaround"), rs.getString("review_conclusion"),
        rs.getString("approval_outcome"), rs.getString("approval_note"), rs.getString("approved_by"),
        rs.getString("vendor_channel"), local(rs.getTimestamp("handed_over_at")),
        local(rs.getTimestamp("vendor_deadline")), local(rs.getTimestamp("vendor_escalation_at")),
        rs.getString("vendor_reference"), rs.getString("vendor_fix_version"),
        planned == null ? null : planned.toLocalDate(), rs.getString("vendor_answer"),
        local(rs.getTimestamp("vendor_answered_at")), rs.getString("vendor_answered_by"),
        local(rs.getTimestamp("vendor_reminded_at")), local(rs.getTimestamp("vendor_escalated_at")),
        new Problem.Report(rs.getString("report_symptom"), rs.getString("report_cause"),
            rs.getString("report_workaround"), rs.getString("final_solution"), rs.getString("report_vendor_answer")),
        local(rs.getTimestamp("resolved_at")), local(rs.getTimestamp("closed_at")));
  }
}
