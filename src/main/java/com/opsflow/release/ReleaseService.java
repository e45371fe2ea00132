package com.opsflow.release;

import static com.opsflow.release.ReleaseProcess.Var;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.problem.Problem;
import com.opsflow.problem.ProblemService;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the steps of {@code release} decide and record (A-3.2.3(4)), engine-free: the release's ticket and register
 * row with the problems it resolves, the plan's author and upgrade window, what the approvers read, the bureau's
 * publish decision, the closing records, the text of the mails, and what each resolved problem is told once the
 * release is in production. Called by the adapters {@link Releases}, {@link ReleaseTicketRecorder} and
 * {@link NotifyReleaseProblemsDelegate}, and by {@link ReleaseController} for a problem linked later.
 */
@Service
class ReleaseService {

  static final Map<String, String> KIND_NAMES = Map.of("patch", "补丁", "version", "版本");
  static final Map<String, String> IMPACT_NAMES = Map.of("low", "低（单一功能，不影响业务办理）",
      "medium", "中（影响部分业务或部分单位）", "high", "高（影响全省业务或需停机）");
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The reviewed plan: its author and when the upgrade window opens (the timer waits for it). */
  record PlanWritten(String author, Date windowStartsAt) {
  }

  /** What the approval gets. */
  record ApprovalRequest(String subject, String document, String author) {
  }

  /** What one resolved problem is told: its number and the text (comment, mail). */
  record ProblemNotice(String problemNumber, String text) {
  }

  private final ReleaseRegister register;
  private final TicketService tickets;
  private final ProblemService problems;
  private final TicketTime time;

  ReleaseService(ReleaseRegister register, TicketService tickets, ProblemService problems, TicketTime time) {
    this.register = register;
    this.tickets = tickets;
    this.problems = problems;
    this.time = time;
  }

  /**
   * 审核补丁并编写升级方案: when the review proceeds, the window is checked and the plan's author and window go to
   * the register; empty when the release is withdrawn.
   */
  Optional<PlanWritten> planWritten(String number, String author, Map<String, Object> v) {
    if (!"proceed".equals(v.get(Var.REVIEW_OUTCOME))) {
      return Optional.empty();
    }
    Instant[] window = window(v);
    register.planned(number, (String) v.get(Var.IMPACT_LEVEL), author, window[0], window[1]);
    return Optional.of(new PlanWritten(author, Date.from(window[0])));
  }

  /** The rule of the review's completion (also for REST): a proceeding review needs a window that ends after it starts. */
  void checkReview(Map<String, Object> v) {
    if ("proceed".equals(v.get(Var.REVIEW_OUTCOME))) {
      window(v);
    }
  }

  /** The approval contract's subject, document and author. */
  ApprovalRequest approvalRequest(String number, Map<String, Object> v) {
    Object author = v.get(Var.PLAN_AUTHOR);
    return new ApprovalRequest("补丁升级 " + number + "：" + v.get(Var.SUMMARY) + "（" + v.get(Var.VERSION) + "）",
        document(number, v), author == null ? null : author.toString());
  }

  /** After the approval: who approved goes to the register. */
  void approved(String number, String approvedBy) {
    register.approved(number, approvedBy);
  }

  /**
   * 统一发布 (bureau-it, B-2.4.4.1(7)): the bureau's decision — published, postponed back to the release team, or
   * refused — goes on the ticket with its note or reason; who decided is in CompletedTasks.
   */
  void published(String number, String actor, Map<String, Object> form) {
    Object outcome = form.get(Var.PUBLISH_OUTCOME);
    if (outcome == null || !ReleaseProcess.PUBLISH_OUTCOMES.contains(outcome.toString())) {
      throw new InvalidInputException(Var.PUBLISH_OUTCOME, "字段 publishOutcome（发布决定）须为 "
          + String.join("、", ReleaseProcess.PUBLISH_OUTCOMES) + " 之一 / field 'publishOutcome' must be one of "
          + ReleaseProcess.PUBLISH_OUTCOMES);
    }
    String note = Fields.requiredLines(form, Var.PUBLISH_NOTE, "发布说明或理由", 2000);
    ReleaseEvent event = switch (outcome.toString()) {
      case ReleaseProcess.PUBLISHED -> ReleaseEvent.PUBLISHED;
      case ReleaseProcess.POSTPONED -> ReleaseEvent.PUBLISH_POSTPONED;
      default -> ReleaseEvent.PUBLISH_REFUSED;
    };
    tickets.event(number, event, actor, note);
  }

  /** "Record on ticket" of {@code release}: registration, withdrawal, rejection, rollback, deployment, closing. */
  void recorded(TicketEvent event, String number, String processInstanceId, String actor, Map<String, Object> v) {
    switch (event) {
      case RELEASE_REGISTERED -> registered(number, processInstanceId, actor, v);
      case RELEASE_WITHDRAWN -> closedEarly(number, ReleaseProcess.WITHDRAWN, "审核后不予升级：" + plain(v, Var.REVIEW_NOTE),
          actor);
      case RELEASE_REJECTED -> closedEarly(number, ReleaseProcess.REJECTED,
          "升级方案未获批准：" + plain(v, ApprovalProcess.Out.REASON), actor);
      case RELEASE_NOT_PUBLISHED -> closedEarly(number, ReleaseProcess.NOT_PUBLISHED,
          "信息技术部门不予发布：" + plain(v, Var.PUBLISH_NOTE), actor);
      case RELEASE_ROLLED_BACK -> {
        register.rolledBack(number);
        tickets.event(number, event, actor, plain(v, Var.ROLLBACK_NOTE));
      }
      case RELEASE_DEPLOYED -> {
        register.released(number, actor);
        tickets.recordResolution(number, "已升级生产并检验通过：" + plain(v, Var.VERIFY_NOTE), actor);
      }
      case RELEASE_CLOSED -> {
        register.closed(number);
        String status = register.find(number).map(ReleaseRegister.Release::status).orElse(ReleaseProcess.OPEN);
        tickets.recordClosure(number, false, ReleaseProcess.ROLLED_BACK.equals(status) ? "升级失败已回退，补丁升级报告已出具"
            : "升级完成，补丁升级报告已出具", actor);
      }
      default -> throw new IllegalArgumentException("Not a release event: " + event.code());
    }
  }

  /** The release's ticket and register row, and the link to each problem it resolves (on both tickets). */
  private void registered(String number, String processInstanceId, String actor, Map<String, Object> v) {
    tickets.register(new NewTicket(number, ReleaseProcess.TICKET_TYPE, processInstanceId, plain(v, Var.SYSTEM), null,
        actor, null, plain(v, Var.SUMMARY), plain(v, Var.DESCRIPTION), null, null, false, actor));
    register.register(number, plain(v, Var.SYSTEM), plain(v, Var.KIND), plain(v, Var.VERSION),
        plain(v, Var.AFFECTED_OFFICES), actor);
    String linked = plain(v, Var.PROBLEM_NUMBERS);
    for (String problem : linked == null ? new String[0] : linked.split(",")) {
      if (!problem.isBlank()) {
        register.link(number, problem, actor);
        tickets.event(problem, ReleaseEvent.RELEASE_LINKED, actor, "发布单 " + number + "（" + plain(v, Var.VERSION)
            + "）将解决本问题");
      }
    }
    tickets.event(number, TicketEvent.RELEASE_REGISTERED, actor, KIND_NAMES.get(plain(v, Var.KIND)) + " "
        + plain(v, Var.VERSION) + (linked == null || linked.isBlank() ? "" : "，解决问题单 " + linked));
  }

  private void closedEarly(String number, String status, String note, String actor) {
    register.status(number, status);
    register.closed(number);
    tickets.recordClosure(number, false, note, actor);
  }

  /** A problem linked after the start: the link and an event on both tickets, in one transaction. */
  void linkLater(String releaseNumber, String problemNumber, String actor) {
    register.link(releaseNumber, problemNumber, actor);
    tickets.event(problemNumber, ReleaseEvent.RELEASE_LINKED, actor, "发布单 " + releaseNumber + " 将解决本问题");
    tickets.event(releaseNumber, ReleaseEvent.PROBLEM_LINKED, actor, problemNumber);
  }

  /**
   * "通知关联问题": each problem the release resolves and that was not told yet gets the release on its ticket; the
   * returned notices are what its open tasks and its owner group are told.
   */
  List<ProblemNotice> problemsToTell(String number, String actor) {
    ReleaseRegister.Release release = register.find(number)
        .orElseThrow(() -> new IllegalStateException("No release " + number));
    List<ProblemNotice> notices = new ArrayList<>();
    for (ReleaseRegister.LinkedProblem link : register.problems(number)) {
      if (link.notifiedAt() != null) {
        continue;
      }
      Problem problem = problems.find(link.problemNumber()).orElseThrow();
      String text = "发布单 " + number + "（" + KIND_NAMES.get(release.kind()) + " " + release.version() + "）已于 "
          + SHOWN.format(time.localNow()) + " 升级生产并检验通过，请验证问题 " + problem.problemNumber() + "（"
          + problem.summary() + "）是否已修复";
      tickets.event(problem.problemNumber(), TicketEvent.RELEASE_DEPLOYED, actor, text);
      notices.add(new ProblemNotice(problem.problemNumber(), text));
    }
    return notices;
  }

  /** How the problem was told ({@code told-open}, {@code told-ended}), kept with the link. */
  void problemTold(String number, String problemNumber, String result) {
    register.problemNotified(number, problemNumber, result);
  }

  /** What the approvers read (and the mails quote): the plan with its rollback plan and test result. */
  String document(String number, Map<String, Object> v) {
    StringBuilder s = new StringBuilder();
    line(s, "发布单号", number);
    line(s, "系统", SupportedSystems.name(text(v, Var.SYSTEM)));
    line(s, "发布类型", KIND_NAMES.getOrDefault(text(v, Var.KIND), text(v, Var.KIND)));
    line(s, "版本号或补丁编号", text(v, Var.VERSION));
    line(s, "补丁或版本名称", text(v, Var.SUMMARY));
    line(s, "补丁内容说明", text(v, Var.DESCRIPTION));
    line(s, "受影响单位", text(v, Var.AFFECTED_OFFICES));
    line(s, "影响程度", IMPACT_NAMES.getOrDefault(text(v, Var.IMPACT_LEVEL), text(v, Var.IMPACT_LEVEL)));
    line(s, "影响分析", text(v, Var.IMPACT_ANALYSIS));
    line(s, "升级方案", text(v, Var.RELEASE_PLAN));
    line(s, "回退方案", text(v, Var.ROLLBACK_PLAN));
    line(s, "升级窗口", show(v.get(Var.WINDOW_START)) + " 至 " + show(v.get(Var.WINDOW_END)));
    line(s, "测试环境测试结果", text(v, Var.TEST_NOTE));
    line(s, "方案编写人", text(v, Var.PLAN_AUTHOR));
    String linked = text(v, Var.PROBLEM_NUMBERS);
    if (!"—".equals(linked)) {
      line(s, "解决的问题单", linked);
    }
    return s.toString();
  }

  /** The text of the release mails ({@code ${note}}). */
  String note(String number, Map<String, Object> v) {
    StringBuilder s = new StringBuilder(document(number, v));
    Object reason = v.get(ApprovalProcess.Out.REASON);
    if (ApprovalProcess.REJECTED.equals(v.get(ApprovalProcess.Out.OUTCOME))) {
      line(s, "审批未通过原因", reason == null ? "—" : reason.toString());
    }
    if (v.get(Var.PUBLISH_NOTE) != null) {
      line(s, ReleaseProcess.REFUSED.equals(v.get(Var.PUBLISH_OUTCOME)) ? "不予发布理由" : "统一发布",
          text(v, Var.PUBLISH_NOTE));
    }
    if (v.get(Var.ROLLBACK_NOTE) != null) {
      line(s, "升级或检验情况", v.get(Var.VERIFY_NOTE) != null ? text(v, Var.VERIFY_NOTE) : text(v, Var.UPGRADE_NOTE));
      line(s, "回退情况", text(v, Var.ROLLBACK_NOTE));
    } else if ("passed".equals(v.get(Var.VERIFY_RESULT))) {
      line(s, "升级情况", text(v, Var.UPGRADE_NOTE));
      line(s, "发布检验", "通过：" + text(v, Var.VERIFY_NOTE));
    }
    return s.toString();
  }

  /** [start, end] of the upgrade window; the end must come after the start. */
  Instant[] window(Map<String, Object> v) {
    Instant start = Fields.requiredDateTime(v.get(Var.WINDOW_START), Var.WINDOW_START, "升级窗口开始", time.zone());
    Instant end = Fields.requiredDateTime(v.get(Var.WINDOW_END), Var.WINDOW_END, "升级窗口结束", time.zone());
    if (!end.isAfter(start)) {
      throw new InvalidInputException(Var.WINDOW_END, "字段 upgradeWindowEnd（升级窗口结束）应晚于升级窗口开始"
          + " / field 'upgradeWindowEnd' must be after upgradeWindowStart");
    }
    return new Instant[] {start, end};
  }

  private String show(Object value) {
    try {
      return ZonedDateTime.ofInstant(Fields.requiredDateTime(value, "time", "时间", time.zone()), time.zone())
          .format(SHOWN);
    } catch (InvalidInputException e) {
      return value == null ? "—" : value.toString();
    }
  }

  private static void line(StringBuilder s, String label, String value) {
    s.append(label).append("：").append(value == null ? "—" : value).append('\n');
  }

  /** The value as text, "—" when missing or blank (document and mail text). */
  private static String text(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null || value.toString().isBlank() ? "—" : value.toString();
  }

  /** The value as text, or null (register and ticket rows). */
  private static String plain(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null ? null : value.toString();
  }
}
