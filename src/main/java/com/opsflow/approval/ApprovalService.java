package com.opsflow.approval;

import static com.opsflow.approval.ApprovalProcess.APPROVE;
import static com.opsflow.approval.ApprovalProcess.APPROVED;
import static com.opsflow.approval.ApprovalProcess.DECISIONS;
import static com.opsflow.approval.ApprovalProcess.DEFAULT_DEADLINE_HOURS;
import static com.opsflow.approval.ApprovalProcess.MODES;
import static com.opsflow.approval.ApprovalProcess.MODE_SEQUENTIAL;
import static com.opsflow.approval.ApprovalProcess.REJECT;
import static com.opsflow.approval.ApprovalProcess.REJECTED;
import static com.opsflow.approval.ApprovalProcess.SENT_BACK;

import com.opsflow.approval.ApprovalProcess.In;
import com.opsflow.approval.ApprovalProcess.Var;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.engine.EngineClock;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.text.Display;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * What {@code approval} decides (SPEC §7), engine-free: checks what the caller hands in, counts the decisions
 * (n of m, sequential or parallel), records each decision and the outcome on the caller's ticket with who and
 * when. The four-eyes rule is {@link ApprovalFourEyes}'s, on the register of completed tasks. Called by the
 * adapters {@link Approvals} and {@link ApprovalTicketRecorder}.
 */
@Service
class ApprovalService {

  /** What the caller asked for, as the start listener checked and completed it. */
  record Request(String subject, String groups, String mode, int required, String author, Date dueAt) {
  }

  /** The checked request's approvals needed, its deadline in working hours and the instant it falls due. */
  record Start(int required, int deadlineHours, Date dueAt) {
  }

  /** The decisions so far: counts, who approved (comma-separated) and the reasons of the others, one per line. */
  record Tally(int approvals, int rejections, int reworks, String approvedBy, String reasons) {
    static final Tally NONE = new Tally(0, 0, 0, "", "");
  }

  /** One approver's decision on the approval task of {@code group}. */
  record Decision(String ticketNumber, String subject, String group, String user, String assignee,
      String namedAuthor, String decision, String reason) {
  }

  /** What the caller reads back: {@code approved}, {@code rejected} or {@code rework}, and the reasons (or null). */
  record Outcome(String outcome, String reason) {
  }

  private final TicketService tickets;
  private final BusinessCalendarService calendar;
  private final ApprovalFourEyes fourEyes;

  ApprovalService(TicketService tickets, BusinessCalendarService calendar, ApprovalFourEyes fourEyes) {
    this.tickets = tickets;
    this.calendar = calendar;
    this.fourEyes = fourEyes;
  }

  /** The caller's variables are checked: groups, mode, n of m, author, subject and text, deadline. */
  Start start(Map<String, Object> caller) {
    List<String> groups = groups(caller.get(In.GROUPS));
    String mode = text(caller, In.MODE);
    if (!MODES.contains(mode)) {
      throw new InvalidInputException(In.MODE, "审批方式 approvalMode 须为 " + MODES + "，收到 '" + mode
          + "' / approvalMode must be one of " + MODES);
    }
    int required = number(caller.get(In.REQUIRED), In.REQUIRED, groups.size());
    if (required < 1 || required > groups.size()) {
      throw new InvalidInputException(In.REQUIRED, "需要的批准数 approvalsRequired 须在 1 到 " + groups.size()
          + " 之间，收到 " + required + " / approvalsRequired must be between 1 and the number of groups");
    }
    String author = text(caller, In.AUTHOR);
    if (author == null || author.isBlank()) {
      throw new InvalidInputException(In.AUTHOR, "须说明方案作者 approvalAuthor（作者不能审批自己的方案）"
          + " / approvalAuthor is required: the author may not approve their own plan");
    }
    if (text(caller, In.SUBJECT) == null || text(caller, In.DOCUMENT) == null) {
      throw new InvalidInputException(In.DOCUMENT, "须提供审批事项 approvalSubject 和审批材料 approvalDocument"
          + " / approvalSubject and approvalDocument are required");
    }
    int hours = number(caller.get(In.DEADLINE_HOURS), In.DEADLINE_HOURS, DEFAULT_DEADLINE_HOURS);
    if (hours < 1) {
      throw new InvalidInputException(In.DEADLINE_HOURS, "审批时限 approvalDeadlineHours 须至少 1 个工作小时"
          + " / approvalDeadlineHours must be at least 1");
    }
    return new Start(required, hours, Date.from(calendar.addWorkingMinutes(text(caller, In.SYSTEM), false,
        EngineClock.now(), hours * 60L)));
  }

  /** Detail of the "approval requested" ticket event. */
  String route(Request request) {
    return request.subject() + "；审批：" + request.groups() + "（"
        + (MODE_SEQUENTIAL.equals(request.mode()) ? "依次" : "会签") + "，需 " + request.required() + " 人批准）；作者 "
        + request.author() + "；审批期限 " + Display.dateTime(request.dueAt(), calendar.zone());
  }

  /**
   * The author never decides (four-eyes), a reject or rework needs its reason; the decision is counted and
   * recorded on the ticket with who and when.
   */
  Tally decided(Decision d, Tally before) {
    fourEyes.check(d.ticketNumber(), fourEyes.authors(d.ticketNumber(), d.namedAuthor()), d.user(), d.assignee());
    checkDecision(d.decision(), d.reason());
    Tally after;
    TicketEvent event;
    if (APPROVE.equals(d.decision())) {
      String by = before.approvedBy() == null || before.approvedBy().isBlank() ? d.user()
          : before.approvedBy() + "," + d.user();
      after = new Tally(before.approvals() + 1, before.rejections(), before.reworks(), by, before.reasons());
      event = TicketEvent.APPROVAL_APPROVED;
    } else {
      boolean reject = REJECT.equals(d.decision());
      String line = "【" + groupName(d.group()) + "】" + d.user() + "（" + (reject ? "不批准" : "退回修改") + "）："
          + d.reason().strip();
      String reasons = before.reasons() == null || before.reasons().isBlank() ? line : before.reasons() + "\n" + line;
      after = new Tally(before.approvals(), before.rejections() + (reject ? 1 : 0),
          before.reworks() + (reject ? 0 : 1), before.approvedBy(), reasons);
      event = reject ? TicketEvent.APPROVAL_REJECTED : TicketEvent.APPROVAL_REWORK;
    }
    record(d.ticketNumber(), event, d.user(), "【" + groupName(d.group()) + "】" + d.subject()
        + (d.reason() == null || d.reason().isBlank() ? "" : "：" + d.reason().strip()));
    return after;
  }

  /** Settled when n approvals are in, when n can no longer be reached, or when any approver sent the plan back. */
  boolean settled(Tally tally, int required, String groups) {
    return tally.reworks() > 0 || tally.approvals() >= required
        || groups(groups).size() - tally.rejections() < required;
  }

  /** The outcome for the caller, recorded on the ticket. */
  Outcome conclude(String ticketNumber, String subject, Tally tally, int required) {
    String outcome;
    if (tally.approvals() >= required) {
      outcome = APPROVED;
    } else if (tally.reworks() > 0) {
      outcome = SENT_BACK;
    } else {
      outcome = REJECTED;
    }
    String reasons = tally.reasons();
    String detail = switch (outcome) {
      case APPROVED -> "审批通过，批准人：" + tally.approvedBy();
      case SENT_BACK -> "退回修改：" + reasons;
      default -> "审批未通过：" + reasons;
    };
    record(ticketNumber, TicketEvent.APPROVAL_CONCLUDED, null, subject + "；" + detail);
    return new Outcome(outcome, APPROVED.equals(outcome) || reasons == null || reasons.isBlank() ? null : reasons);
  }

  /** "Record on ticket" in {@code approval.bpmn}: the plan went to approval, or its deadline passed. */
  void recorded(TicketEvent event, String ticketNumber, String actor, Request request) {
    String detail = switch (event) {
      case APPROVAL_REQUESTED -> route(request);
      case APPROVAL_OVERDUE -> "审批超过期限仍未完成（已催办项目经理和审批组）：" + request.subject();
      default -> String.valueOf(request.subject());
    };
    record(ticketNumber, event, actor, detail);
  }

  /** The text of the escalation mail ({@code ${note}}). */
  String note(Request request, Tally tally) {
    StringBuilder s = new StringBuilder();
    s.append("审批事项：").append(request.subject()).append('\n');
    s.append("审批组：").append(Arrays.stream(request.groups().split(",")).map(String::strip)
        .map(ApprovalService::groupName).reduce((a, b) -> a + "、" + b).orElse("")).append('\n');
    s.append("需批准人数：").append(request.required()).append("，已批准：").append(tally.approvals())
        .append("，不批准：").append(tally.rejections()).append('\n');
    s.append("审批期限：").append(Display.dateTime(request.dueAt(), calendar.zone())).append('\n');
    s.append("方案作者：").append(request.author()).append('\n');
    return s.toString();
  }

  /** Recipients of the escalation mail: the project manager and the approver groups. */
  String escalationRecipients(String groups) {
    LinkedHashSet<String> recipients = new LinkedHashSet<>();
    recipients.add(OpsFlowGroups.PROJECT_MANAGER);
    recipients.addAll(groups(groups));
    return String.join(",", recipients);
  }

  /** The approver groups, in the listed order: known work groups, none twice. */
  List<String> groups(Object value) {
    List<String> groups = value == null ? List.of() : Arrays.stream(value.toString().split(","))
        .map(String::strip).filter(g -> !g.isEmpty()).toList();
    if (groups.isEmpty()) {
      throw new InvalidInputException(In.GROUPS, "须指定审批组 approvalGroups（逗号分隔的组）"
          + " / approvalGroups (comma-separated group ids) is required");
    }
    for (String group : groups) {
      if (!OpsFlowGroups.WORK_GROUPS.containsKey(group)) {
        throw new InvalidInputException(In.GROUPS, "审批组 '" + group + "' 不是已知的组，可选："
            + OpsFlowGroups.WORK_GROUPS.keySet() + " / unknown approver group '" + group + "'");
      }
    }
    if (new LinkedHashSet<>(groups).size() != groups.size()) {
      throw new InvalidInputException(In.GROUPS, "审批组 approvalGroups 有重复：" + groups
          + " / approvalGroups lists a group twice");
    }
    return groups;
  }

  static void checkDecision(String decision, String reason) {
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new InvalidInputException(Var.DECISION, "字段 " + Var.DECISION + "（审批意见）必选：批准、不批准或退回修改"
          + " / field '" + Var.DECISION + "' must be one of " + DECISIONS);
    }
    if (!APPROVE.equals(decision) && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(Var.DECISION_REASON, "不批准或退回修改须填写理由（字段 " + Var.DECISION_REASON
          + "） / field '" + Var.DECISION_REASON + "' is required to reject or send back");
    }
  }

  /** Only a caller with a registered ticket gets the history (a plain approval has none). */
  private void record(String number, TicketEvent event, String actor, String detail) {
    if (number != null && tickets.find(number).isPresent()) {
      tickets.event(number, event, actor, detail);
    }
  }

  static String groupName(String group) {
    return OpsFlowGroups.WORK_GROUPS.getOrDefault(group, Objects.toString(group, ""));
  }

  private static int number(Object value, String field, int fallback) {
    if (value == null || value.toString().isBlank()) {
      return fallback;
    }
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "字段 " + field + " 须为整数，收到 '" + value + "' / field '" + field
          + "' must be a whole number");
    }
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }
}
