package com.opsflow.release;

import static com.opsflow.release.ReleaseProcess.Var;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.approval.PlanAuthorship;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.worklog.CompletedTasks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code release} that are no record on the ticket ({@code ${releases.…}}): the plan's
 * author and upgrade window when the review is completed (also checked on REST completions: 400),
 * what the approvers read, and the text of the release mails.
 */
@Component("releases")
public class Releases implements TaskCompletionValidator, PlanAuthorship {

  static final Map<String, String> KIND_NAMES = Map.of("patch", "补丁", "version", "版本");
  static final Map<String, String> IMPACT_NAMES = Map.of("low", "低（单一功能，不影响业务办理）",
      "medium", "中（影响部分业务或部分单位）", "high", "高（影响全省业务或需停机）");
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReleaseRegister register;
  private final TicketTime time;
  private final TicketService tickets;

  Releases(ReleaseRegister register, TicketTime time, TicketService tickets) {
    this.register = register;
    this.time = time;
    this.tickets = tickets;
  }

  /** Complete listener of 审核补丁并编写升级方案: who wrote the plan, the window for the timer. */
  public void planWritten(DelegateTask task) {
    Map<String, Object> all = new HashMap<>(task.getVariables());
    if (!"proceed".equals(all.get(Var.REVIEW_OUTCOME))) {
      return;
    }
    Instant[] window = window(all);
    String author = currentUser(task);
    task.setVariable(Var.PLAN_AUTHOR, author);
    task.setVariable(Var.WINDOW_STARTS_AT, Date.from(window[0]));
    register.planned(task.getExecution().getProcessBusinessKey(), (String) all.get(Var.IMPACT_LEVEL), author, window[0],
        window[1]);
  }

  /** Start listener of the approval call activity: the approval contract's subject, document and author. */
  public void prepareApproval(DelegateExecution execution) {
    execution.setVariable(ApprovalProcess.In.SUBJECT, "补丁升级 " + execution.getProcessBusinessKey() + "："
        + execution.getVariable(Var.SUMMARY) + "（" + execution.getVariable(Var.VERSION) + "）");
    execution.setVariable(ApprovalProcess.In.DOCUMENT, document(execution));
    execution.setVariable(ApprovalProcess.In.AUTHOR, execution.getVariable(Var.PLAN_AUTHOR));
  }

  /** After the approval: who approved goes to the register. */
  public void approved(DelegateExecution execution) {
    Object by = execution.getVariable(ApprovalProcess.Out.APPROVED_BY);
    register.approved(execution.getProcessBusinessKey(), by == null ? null : by.toString());
  }

  /**
   * Complete listener of 统一发布 (bureau-it, B-2.4.4.1(7)): the bureau's decision — published, postponed back to the
   * release team, or refused — goes on the ticket with its note or reason; who decided is in CompletedTasks.
   */
  public void published(DelegateTask task) {
    Object outcome = task.getVariable(Var.PUBLISH_OUTCOME);
    if (outcome == null || !ReleaseProcess.PUBLISH_OUTCOMES.contains(outcome.toString())) {
      throw new InvalidInputException(Var.PUBLISH_OUTCOME, "字段 publishOutcome（发布决定）须为 "
          + String.join("、", ReleaseProcess.PUBLISH_OUTCOMES) + " 之一 / field 'publishOutcome' must be one of "
          + ReleaseProcess.PUBLISH_OUTCOMES);
    }
    String note = Fields.requiredLines(task.getVariables(), Var.PUBLISH_NOTE, "发布说明或理由", 2000);
    String event = switch (outcome.toString()) {
      case ReleaseProcess.PUBLISHED -> "release-published";
      case ReleaseProcess.POSTPONED -> "release-publish-postponed";
      default -> "release-publish-refused";
    };
    tickets.event(task.getExecution().getProcessBusinessKey(), event, currentUser(task), note);
  }

  /** What the approvers read (and the mails quote): the plan with its rollback plan and test result. */
  public String document(DelegateExecution execution) {
    StringBuilder s = new StringBuilder();
    line(s, "发布单号", execution.getProcessBusinessKey());
    line(s, "系统", SupportedSystems.name(text(execution, Var.SYSTEM)));
    line(s, "发布类型", KIND_NAMES.getOrDefault(text(execution, Var.KIND), text(execution, Var.KIND)));
    line(s, "版本号或补丁编号", text(execution, Var.VERSION));
    line(s, "补丁或版本名称", text(execution, Var.SUMMARY));
    line(s, "补丁内容说明", text(execution, Var.DESCRIPTION));
    line(s, "受影响单位", text(execution, Var.AFFECTED_OFFICES));
    line(s, "影响程度", IMPACT_NAMES.getOrDefault(text(execution, Var.IMPACT_LEVEL), text(execution, Var.IMPACT_LEVEL)));
    line(s, "影响分析", text(execution, Var.IMPACT_ANALYSIS));
    line(s, "升级方案", text(execution, Var.RELEASE_PLAN));
    line(s, "回退方案", text(execution, Var.ROLLBACK_PLAN));
    line(s, "升级窗口", show(execution.getVariable(Var.WINDOW_START)) + " 至 " + show(execution.getVariable(Var.WINDOW_END)));
    line(s, "测试环境测试结果", text(execution, Var.TEST_NOTE));
    line(s, "方案编写人", text(execution, Var.PLAN_AUTHOR));
    String problems = text(execution, Var.PROBLEM_NUMBERS);
    if (!"—".equals(problems)) {
      line(s, "解决的问题单", problems);
    }
    return s.toString();
  }

  /** The text of the release mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder(document(execution));
    Object reason = execution.getVariable(ApprovalProcess.Out.REASON);
    if (ApprovalProcess.REJECTED.equals(execution.getVariable(ApprovalProcess.Out.OUTCOME))) {
      line(s, "审批未通过原因", reason == null ? "—" : reason.toString());
    }
    if (execution.getVariable(Var.PUBLISH_NOTE) != null) {
      line(s, ReleaseProcess.REFUSED.equals(execution.getVariable(Var.PUBLISH_OUTCOME)) ? "不予发布理由" : "统一发布",
          text(execution, Var.PUBLISH_NOTE));
    }
    if (execution.getVariable(Var.ROLLBACK_NOTE) != null) {
      line(s, "升级或检验情况", execution.getVariable(Var.VERIFY_NOTE) != null ? text(execution, Var.VERIFY_NOTE)
          : text(execution, Var.UPGRADE_NOTE));
      line(s, "回退情况", text(execution, Var.ROLLBACK_NOTE));
    } else if ("passed".equals(execution.getVariable(Var.VERIFY_RESULT))) {
      line(s, "升级情况", text(execution, Var.UPGRADE_NOTE));
      line(s, "发布检验", "通过：" + text(execution, Var.VERIFY_NOTE));
    }
    return s.toString();
  }

  @Override
  public String processKey() {
    return ReleaseProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ReleaseProcess.Element.REVIEW;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    Map<String, Object> all = new HashMap<>(current);
    all.putAll(submitted);
    if ("proceed".equals(all.get(Var.REVIEW_OUTCOME))) {
      window(all);
    }
  }

  /** [start, end] of the upgrade window; the end must come after the start. */
  Instant[] window(Map<String, Object> v) {
    Instant start = parse(v.get(Var.WINDOW_START), Var.WINDOW_START, "升级窗口开始", time.zone());
    Instant end = parse(v.get(Var.WINDOW_END), Var.WINDOW_END, "升级窗口结束", time.zone());
    if (!end.isAfter(start)) {
      throw new InvalidInputException(Var.WINDOW_END, "字段 upgradeWindowEnd（升级窗口结束）应晚于升级窗口开始"
          + " / field 'upgradeWindowEnd' must be after upgradeWindowStart");
    }
    return new Instant[] {start, end};
  }

  /** Camunda Forms' datetime string ("2026-11-23T22:00+08:00"), or one without offset in the bureau's zone. */
  static Instant parse(Object value, String field, String label, ZoneId zone) {
    return Fields.requiredDateTime(value, field, label, zone);
  }

  private String show(Object value) {
    try {
      return ZonedDateTime.ofInstant(parse(value, "time", "时间", time.zone()), time.zone()).format(SHOWN);
    } catch (InvalidInputException e) {
      return value == null ? "—" : value.toString();
    }
  }

  private static String currentUser(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
  }

  private static void line(StringBuilder s, String label, String value) {
    s.append(label).append("：").append(value == null ? "—" : value).append('\n');
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? "—" : value.toString();
  }

  /** The plan handed to {@code approval} is written in this task; its completer is the plan's author. */
  @Override
  public CompletedTasks.Step planStep() {
    return new CompletedTasks.Step(ReleaseProcess.KEY, ReleaseProcess.Element.REVIEW);
  }
}
