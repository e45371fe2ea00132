package com.opsflow.approval;

import com.opsflow.engine.EngineClock;
import com.opsflow.text.Display;
import static com.opsflow.approval.ApprovalProcess.*;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code approval} ({@code ${approvals.…}}): checks what the caller hands in, counts the
 * decisions (n of m, sequential or parallel), records each decision on the ticket with who and when,
 * and hands the outcome back. The four-eyes rule is {@link ApprovalFourEyes}.
 */
@Component("approvals")
public class Approvals {

  private final TicketService tickets;
  private final BusinessCalendarService calendar;
  private final ApprovalFourEyes fourEyes;

  Approvals(TicketService tickets, BusinessCalendarService calendar, ApprovalFourEyes fourEyes) {
    this.tickets = tickets;
    this.calendar = calendar;
    this.fourEyes = fourEyes;
  }

  /** Start listener: the caller's variables are checked, the route is set up, the deadline computed. */
  public void start(DelegateExecution execution) {
    List<String> groups = groups(execution.getVariable(In.GROUPS));
    String mode = text(execution, In.MODE);
    if (!MODES.contains(mode)) {
      throw new InvalidInputException(In.MODE, "审批方式 approvalMode 须为 " + MODES + "，收到 '" + mode
          + "' / approvalMode must be one of " + MODES);
    }
    int required = number(execution.getVariable(In.REQUIRED), In.REQUIRED, groups.size());
    if (required < 1 || required > groups.size()) {
      throw new InvalidInputException(In.REQUIRED, "需要的批准数 approvalsRequired 须在 1 到 " + groups.size()
          + " 之间，收到 " + required + " / approvalsRequired must be between 1 and the number of groups");
    }
    String author = text(execution, In.AUTHOR);
    if (author == null || author.isBlank()) {
      throw new InvalidInputException(In.AUTHOR, "须说明方案作者 approvalAuthor（作者不能审批自己的方案）"
          + " / approvalAuthor is required: the author may not approve their own plan");
    }
    if (text(execution, In.SUBJECT) == null || text(execution, In.DOCUMENT) == null) {
      throw new InvalidInputException(In.DOCUMENT, "须提供审批事项 approvalSubject 和审批材料 approvalDocument"
          + " / approvalSubject and approvalDocument are required");
    }
    int hours = number(execution.getVariable(In.DEADLINE_HOURS), In.DEADLINE_HOURS, DEFAULT_DEADLINE_HOURS);
    if (hours < 1) {
      throw new InvalidInputException(In.DEADLINE_HOURS, "审批时限 approvalDeadlineHours 须至少 1 个工作小时"
          + " / approvalDeadlineHours must be at least 1");
    }
    execution.setVariable(In.REQUIRED, required);
    execution.setVariable(In.DEADLINE_HOURS, hours);
    execution.setVariable(Var.DUE_AT, Date.from(calendar.addWorkingMinutes(text(execution, In.SYSTEM), false,
        EngineClock.now(), hours * 60L)));
    execution.setVariable(Var.APPROVALS, 0);
    execution.setVariable(Var.REJECTIONS, 0);
    execution.setVariable(Var.REWORKS, 0);
    execution.setVariable(Var.REASONS, "");
    execution.setVariable(Out.APPROVED_BY, "");
    execution.setVariable(Out.OUTCOME, null);
    execution.setVariable(Out.REASON, null);
  }

  /** Detail of the "approval requested" ticket event. */
  public String route(DelegateExecution execution) {
    return text(execution, In.SUBJECT) + "；审批：" + text(execution, In.GROUPS) + "（"
        + (MODE_SEQUENTIAL.equals(text(execution, In.MODE)) ? "依次" : "会签") + "，需 "
        + execution.getVariable(In.REQUIRED) + " 人批准）；作者 " + text(execution, In.AUTHOR) + "；审批期限 "
        + Display.dateTime(execution.getVariable(Var.DUE_AT), calendar.zone());
  }

  /** The multi-instance collection of the approval tasks: one task per group, in the listed order. */
  public List<String> groupList(DelegateExecution execution) {
    return new ArrayList<>(groups(execution.getVariable(In.GROUPS)));
  }

  /**
   * Create listener: the form's decision fields belong to this task only (no prefill from another
   * approver); the subject is the task's description, the deadline its due date.
   */
  public void created(DelegateTask task) {
    task.setDescription((String) task.getVariable(In.SUBJECT));
    task.setDueDate((Date) task.getVariable(Var.DUE_AT));
    // the form's values land on the task's execution (one per approver): start each approver empty
    task.getExecution().setVariableLocal(Var.DECISION, null);
    task.getExecution().setVariableLocal(Var.DECISION_REASON, null);
  }

  /**
   * Complete listener: the author never decides (four-eyes), a reject or rework needs its reason; the
   * decision is counted and recorded on the ticket with who and when.
   */
  public void decided(DelegateTask task) {
    String user = ApprovalFourEyes.currentUser(task);
    fourEyes.checkDecision(task, user);
    String decision = (String) task.getVariable(Var.DECISION);
    String reason = (String) task.getVariable(Var.DECISION_REASON);
    checkDecision(decision, reason);
    String group = (String) task.getVariable(Var.APPROVER_GROUP);
    // kept on the task as well, so the history shows each approver's decision with the task (who, when)
    task.setVariableLocal(Var.DECISION, decision);
    task.setVariableLocal(Var.DECISION_REASON, reason);
    task.setVariableLocal(Var.DECIDED_BY, user == null ? "" : user);
    DelegateExecution instance = task.getExecution().getProcessInstance();
    TicketEvent event;
    switch (decision) {
      case APPROVE -> {
        increment(instance, Var.APPROVALS);
        String by = (String) instance.getVariable(Out.APPROVED_BY);
        instance.setVariable(Out.APPROVED_BY, by == null || by.isBlank() ? user : by + "," + user);
        event = TicketEvent.APPROVAL_APPROVED;
      }
      case REJECT -> {
        increment(instance, Var.REJECTIONS);
        event = TicketEvent.APPROVAL_REJECTED;
      }
      default -> {
        increment(instance, Var.REWORKS);
        event = TicketEvent.APPROVAL_REWORK;
      }
    }
    if (!APPROVE.equals(decision)) {
      String reasons = (String) instance.getVariable(Var.REASONS);
      String line = "【" + groupName(group) + "】" + user + "（" + (REJECT.equals(decision) ? "不批准" : "退回修改") + "）："
          + reason.strip();
      instance.setVariable(Var.REASONS, reasons == null || reasons.isBlank() ? line : reasons + "\n" + line);
    }
    record(task.getExecution().getProcessBusinessKey(), event, user, "【" + groupName(group) + "】"
        + task.getVariable(In.SUBJECT) + (reason == null || reason.isBlank() ? "" : "：" + reason.strip()));
  }

  /**
   * Completion condition of the approval tasks: settled when n approvals are in, when n can no longer be
   * reached, or when any approver sent the plan back.
   */
  public boolean settled(DelegateExecution execution) {
    int approvals = count(execution, Var.APPROVALS);
    int rejections = count(execution, Var.REJECTIONS);
    int reworks = count(execution, Var.REWORKS);
    int required = count(execution, In.REQUIRED);
    int groups = groups(execution.getVariable(In.GROUPS)).size();
    return reworks > 0 || approvals >= required || groups - rejections < required;
  }

  /** After the approval tasks: the outcome for the caller, recorded on the ticket. */
  public void conclude(DelegateExecution execution) {
    int approvals = count(execution, Var.APPROVALS);
    String outcome;
    if (approvals >= count(execution, In.REQUIRED)) {
      outcome = APPROVED;
    } else if (count(execution, Var.REWORKS) > 0) {
      outcome = SENT_BACK;
    } else {
      outcome = REJECTED;
    }
    String reasons = (String) execution.getVariable(Var.REASONS);
    execution.setVariable(Out.OUTCOME, outcome);
    execution.setVariable(Out.REASON, APPROVED.equals(outcome) || reasons == null || reasons.isBlank() ? null : reasons);
    String detail = switch (outcome) {
      case APPROVED -> "审批通过，批准人：" + execution.getVariable(Out.APPROVED_BY);
      case SENT_BACK -> "退回修改：" + reasons;
      default -> "审批未通过：" + reasons;
    };
    record(execution.getProcessBusinessKey(), TicketEvent.APPROVAL_CONCLUDED, null, text(execution, In.SUBJECT) + "；"
        + detail);
  }

  /** The text of the escalation mail ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder();
    s.append("审批事项：").append(text(execution, In.SUBJECT)).append('\n');
    s.append("审批组：").append(Arrays.stream(text(execution, In.GROUPS).split(",")).map(String::strip)
        .map(Approvals::groupName).reduce((a, b) -> a + "、" + b).orElse("")).append('\n');
    s.append("需批准人数：").append(execution.getVariable(In.REQUIRED)).append("，已批准：")
        .append(execution.getVariable(Var.APPROVALS)).append("，不批准：").append(execution.getVariable(Var.REJECTIONS))
        .append('\n');
    s.append("审批期限：").append(Display.dateTime(execution.getVariable(Var.DUE_AT), calendar.zone())).append('\n');
    s.append("方案作者：").append(text(execution, In.AUTHOR)).append('\n');
    return s.toString();
  }

  /** Recipients of the escalation mail: the project manager and the approver groups. */
  public String escalationRecipients(DelegateExecution execution) {
    LinkedHashSet<String> recipients = new LinkedHashSet<>();
    recipients.add(OpsFlowGroups.PROJECT_MANAGER);
    recipients.addAll(groups(execution.getVariable(In.GROUPS)));
    return String.join(",", recipients);
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

  private void record(String number, TicketEvent event, String actor, String detail) {
    if (number != null && tickets.find(number).isPresent()) {
      tickets.event(number, event.code(), actor, detail);
    }
  }

  static List<String> groups(Object value) {
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

  static String groupName(String group) {
    return OpsFlowGroups.WORK_GROUPS.getOrDefault(group, Objects.toString(group, ""));
  }

  private static void increment(DelegateExecution instance, String name) {
    instance.setVariable(name, count(instance, name) + 1);
  }

  private static int count(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? 0 : ((Number) value).intValue();
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

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
