package com.opsflow.staff;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.staff.StaffChangeProcess.Var;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code staff-change} ({@code ${staffChanges.…}}): register the request, check notice and minimum
 * staffing (figures from DMN {@code staff-minimum}), keep the bureau's decision, hand the open tasks over.
 */
@Component("staffChanges")
public class StaffChanges {

  static final Map<String, String> ROLE_NAMES = Map.of("data-support", "数据技术支持", "operations", "系统运行保障",
      "application-support", "日常应用保障");

  private final StaffChangeRegister register;
  private final ResidentEngineers engineers;
  private final TicketTime time;

  StaffChanges(StaffChangeRegister register, ResidentEngineers engineers, TicketTime time) {
    this.register = register;
    this.engineers = engineers;
    this.time = time;
  }

  /** Start listener after {@code startIntake}: the register row; the requester is the starting user. */
  public void register(DelegateExecution execution) {
    String auth = CurrentUser.of(execution);
    String requestedBy = auth;
    execution.setVariable(Var.REQUESTED_BY, requestedBy == null ? "" : requestedBy);
    register.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), text(execution, Var.CONTRACT),
        text(execution, Var.LEAVING), blankToNull(text(execution, Var.REPLACEMENT)), blankToNull(text(execution, Var.ROLE)),
        LocalDate.parse(text(execution, Var.LAST_DAY)), text(execution, Var.REASON),
        Boolean.TRUE.equals(execution.getVariable(Var.ALREADY_REPLACED)), requestedBy);
  }

  /** After the decision {@code staff-minimum}: notice and staffing after the change, for the bureau and the owner. */
  public void check(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String contract = text(execution, Var.CONTRACT);
    String leaving = text(execution, Var.LEAVING);
    String replacement = blankToNull(text(execution, Var.REPLACEMENT));
    int minimum = ((Number) execution.getVariable(Var.MINIMUM)).intValue();
    int noticeMonths = ((Number) execution.getVariable(Var.NOTICE_MONTHS)).intValue();
    LocalDate lastDay = LocalDate.parse(text(execution, Var.LAST_DAY));
    Staffing staffing = staffing(register.roster(contract, engineers.of(contract)), leaving, replacement, minimum,
        blankToNull(text(execution, Var.ROLE)));
    boolean noticeShort = lastDay.isBefore(time.today().plusMonths(noticeMonths));
    boolean already = Boolean.TRUE.equals(execution.getVariable(Var.ALREADY_REPLACED));
    StringBuilder note = new StringBuilder(staffing.note());
    if (noticeShort) {
      note.append("\n离岗提前期不足 ").append(noticeMonths).append(" 个月（离岗日期 ").append(lastDay)
          .append("；A-4.3(2)：驻场人员离岗须提前一个月提出申请）。");
    }
    if (already) {
      note.append("\n人员已更换，事后补报：未经采购方同意更换驻场工程师（A-4.3，B-2.4.3(8)(9)），计入服务质量评价“不按规定更换驻场工程师”。");
    }
    execution.setVariable(Var.STAFFING_AFTER, staffing.after());
    execution.setVariable(Var.STAFFING_BREACH, staffing.breach());
    execution.setVariable(Var.NOTICE_SHORT, noticeShort);
    execution.setVariable(Var.STAFFING_NOTE, note.toString());
    execution.setVariable(Var.LAST_DAY_AT, Date.from(lastDay.atStartOfDay(time.zone()).toInstant()));
    register.checked(number, noticeShort, staffing.after(), minimum, staffing.breach());
  }

  record Staffing(int after, boolean breach, String note) {
  }

  /** Plain rule, tested without engine: the roster after the change against the minimum (and, for C, the role). */
  static Staffing staffing(List<String> roster, String leaving, String replacement, int minimum, String role) {
    List<String> after = new ArrayList<>(roster);
    after.remove(leaving);
    if (replacement != null) {
      after.add(replacement);
    }
    boolean roleVacant = role != null && replacement == null;
    boolean breach = after.size() < minimum || roleVacant;
    String note = "变更后驻场工程师 " + after.size() + " 人（" + String.join("、", after) + "），合同最低 " + minimum + " 人"
        + (breach ? "：低于最低配备" : "") + (roleVacant ? "；岗位“" + ROLE_NAMES.getOrDefault(role, role) + "”无人接替" : "") + "。";
    return new Staffing(after.size(), breach, note);
  }

  /** Complete listener of 采购方审批人员变更: the bureau's decision, never by the requester. */
  public void decided(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    String by = CurrentUser.of(task);
    String requestedBy = register.find(number).map(StaffChangeRegister.StaffChange::requestedBy).orElse(null);
    if (by != null && by.equals(requestedBy)) {
      throw new ActionNotAllowedException(Var.CONSENT, "申请人不能审批自己提出的人员变更 / the requester cannot decide their own"
          + " staff change");
    }
    boolean approve = "approve".equals(task.getVariable(Var.CONSENT));
    register.decide(number, approve ? StaffChangeRegister.APPROVED : StaffChangeRegister.REJECTED, by,
        (String) task.getVariable(Var.CONSENT_COMMENT));
  }

  /**
   * After the hand-over (工作交接, A-4.3(2)): the leaving engineer's open tasks go to the replacement (without one,
   * back to their candidate groups), each with a comment; the change is completed and the roster changes.
   */
  public void takeOver(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String leaving = text(execution, Var.LEAVING);
    String replacement = blankToNull(text(execution, Var.REPLACEMENT));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<String> moved = new ArrayList<>();
    // Engine-internal work: the team lead needs no right on the leaving engineer's tasks.
    WithoutAuthorization.inCurrentCommand(() -> {
      for (Task task : tasks.createTaskQuery().taskAssignee(leaving).active().list()) {
        tasks.setAssignee(task.getId(), replacement);
        tasks.createComment(task.getId(), task.getProcessInstanceId(), leaving + " 离岗（" + number + "），"
            + (replacement == null ? "任务退回候选组" : "由接替人员 " + replacement + " 接手"));
        moved.add(task.getName() + "（" + task.getId() + "）");
      }
      return null;
    });
    String list = String.join("，", moved);
    list = list.length() > 4000 ? list.substring(0, 4000) : list;
    execution.setVariable(Var.HANDED_OVER, list);
    register.completed(number, (String) execution.getVariable(Var.HANDOVER_DOCUMENTS), list);
  }

  /** The text of the staff-change mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    String role = blankToNull(text(execution, Var.ROLE));
    String replacement = blankToNull(text(execution, Var.REPLACEMENT));
    StringBuilder s = new StringBuilder();
    s.append("合同：").append(text(execution, Var.CONTRACT)).append('\n');
    s.append("离岗人员：").append(text(execution, Var.LEAVING)).append(role == null ? "" : "（" + ROLE_NAMES.get(role) + "）")
        .append('\n');
    s.append("接替人员：").append(replacement == null ? "无" : replacement).append('\n');
    s.append("离岗日期：").append(text(execution, Var.LAST_DAY)).append('\n');
    s.append("变更原因：").append(text(execution, Var.REASON)).append('\n');
    Object staffing = execution.getVariable(Var.STAFFING_NOTE);
    if (staffing != null) {
      s.append(staffing).append('\n');
    }
    Object comment = execution.getVariable(Var.CONSENT_COMMENT);
    if (comment != null) {
      s.append("采购方意见：").append(comment).append('\n');
    }
    return s.toString();
  }


  private static String text(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    return v == null ? "" : v.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
