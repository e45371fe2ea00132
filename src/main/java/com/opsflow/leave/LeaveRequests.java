package com.opsflow.leave;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.worklog.FourEyes;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.leave.LeaveRequestProcess.Var;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Set;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code leave-request} ({@code ${leaveRequests.…}}): registers the request and whether a
 * sudden leave was notified before 08:00 on the day, hands the applicant's open tasks to the backup,
 * enforces that nobody approves their own leave (also as REST check: 403) and records the decision.
 */
@Component("leaveRequests")
public class LeaveRequests implements TaskCompletionValidator {

  /** A sudden leave must be notified before this time of day (bureau time zone). */
  public static final LocalTime NOTICE_DEADLINE = LocalTime.of(8, 0);
  static final Map<String, String> TYPE_NAMES = Map.of("annual", "年假", "personal", "事假", "sick", "病假", "other", "其他");

  private final LeaveRegister register;
  private final TicketTime time;

  LeaveRequests(LeaveRegister register, TicketTime time) {
    this.register = register;
    this.time = time;
  }

  /** Start listener after {@code startIntake}: notice on time, end of leave for the timer, register row. */
  public void register(DelegateExecution execution) {
    Object applicant = execution.getVariable(Var.APPLICANT);
    if (applicant == null || applicant.toString().isBlank()) {
      throw new com.opsflow.intake.InvalidInputException(Var.APPLICANT, "字段 applicant（申请人）必填：请假须本人登录后申请"
          + " / field 'applicant' is required when the start has no authenticated user");
    }
    LocalDate from = LocalDate.parse((String) execution.getVariable(Var.LEAVE_FROM));
    LocalDate to = LocalDate.parse((String) execution.getVariable(Var.LEAVE_TO));
    boolean sudden = Boolean.TRUE.equals(execution.getVariable(Var.SUDDEN));
    boolean onTime = !sudden || (from.equals(time.today()) && time.localNow().toLocalTime().isBefore(NOTICE_DEADLINE));
    execution.setVariable(Var.NOTICE_ON_TIME, onTime);
    execution.setVariable(Var.LEAVE_ENDS_AT, Date.from(to.plusDays(1).atStartOfDay(time.zone()).toInstant()));
    execution.setVariable(Var.HANDED_OVER, "");
    register.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.APPLICANT), (String) execution.getVariable(Var.BACKUP),
        (String) execution.getVariable(Var.LEAVE_TYPE), from, to,
        BigDecimal.valueOf(((Number) execution.getVariable(Var.DAYS)).doubleValue()), sudden, onTime,
        (String) execution.getVariable(Var.REASON));
  }

  /**
   * The backup takes over the applicant's assigned open tasks (of other processes); each moved task gets
   * a comment, the list is kept as variable {@code handedOverTasks} and in the register.
   */
  public void handOver(DelegateExecution execution) {
    String applicant = (String) execution.getVariable(Var.APPLICANT);
    String backup = (String) execution.getVariable(Var.BACKUP);
    String number = execution.getProcessBusinessKey();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<String> moved = new ArrayList<>();
    // Engine-internal work: the approver needs no right on the applicant's tasks.
    WithoutAuthorization.inCurrentCommand(() -> {
      for (Task task : tasks.createTaskQuery().taskAssignee(applicant).active().list()) {
        if (execution.getProcessInstanceId().equals(task.getProcessInstanceId())) {
          continue;
        }
        tasks.setAssignee(task.getId(), backup);
        tasks.createComment(task.getId(), task.getProcessInstanceId(), applicant + " 请假（" + number + "），由备岗人员 "
            + backup + " 接替");
        moved.add(task.getName() + "（" + task.getId() + "）");
      }
      return null;
    });
    String list = String.join("，", moved);
    execution.setVariable(Var.HANDED_OVER, list);
    register.handedOver(number, list.length() > 4000 ? list.substring(0, 4000) : list);
  }

  /** Complete listener of the paperwork task. */
  public void paperworkDone(DelegateTask task) {
    register.paperworkDone(task.getExecution().getProcessBusinessKey());
  }

  /** Complete listener of the approval: nobody approves their own leave; the approver is kept. */
  public void decided(DelegateTask task) {
    String approver = currentUser(task.getProcessEngineServices().getIdentityService(), task.getAssignee());
    checkNotOwnLeave(applicants(task.getExecution().getProcessBusinessKey(), task.getVariable(Var.APPLICANT)), approver,
        task.getAssignee());
    task.setVariable(Var.APPROVED_BY, approver == null ? "" : approver);
  }

  public void approved(DelegateExecution execution) {
    decide(execution, LeaveRegister.APPROVED);
  }

  public void rejected(DelegateExecution execution) {
    decide(execution, LeaveRegister.REJECTED);
  }

  private void decide(DelegateExecution execution, String status) {
    register.decide(execution.getProcessBusinessKey(), status, (String) execution.getVariable(Var.APPROVED_BY),
        (String) execution.getVariable(Var.APPROVAL_COMMENT));
  }

  /** The text of the leave mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder();
    s.append("申请人：").append(execution.getVariable(Var.APPLICANT)).append('\n');
    s.append("请假类型：").append(TYPE_NAMES.getOrDefault((String) execution.getVariable(Var.LEAVE_TYPE), "其他")).append('\n');
    s.append("请假时间：").append(execution.getVariable(Var.LEAVE_FROM)).append(" 至 ").append(execution.getVariable(Var.LEAVE_TO))
        .append("，共 ").append(execution.getVariable(Var.DAYS)).append(" 天\n");
    s.append("备岗人员：").append(execution.getVariable(Var.BACKUP)).append('\n');
    s.append("请假事由：").append(execution.getVariable(Var.REASON)).append('\n');
    if (Boolean.TRUE.equals(execution.getVariable(Var.SUDDEN))) {
      s.append("突发情况：是；当天上午八点前通知：")
          .append(Boolean.TRUE.equals(execution.getVariable(Var.NOTICE_ON_TIME)) ? "是" : "否（逾时通知）").append('\n');
    }
    Object approval = execution.getVariable(Var.APPROVAL);
    if (approval != null) {
      s.append("审批结果：").append("approved".equals(approval) ? "批准" : "不批准").append("（")
          .append(execution.getVariable(Var.APPROVED_BY)).append("）").append('\n');
      s.append("审批意见：").append(Objects.requireNonNullElse(execution.getVariable(Var.APPROVAL_COMMENT), "—")).append('\n');
    }
    Object moved = execution.getVariable(Var.HANDED_OVER);
    if (moved != null && !moved.toString().isBlank()) {
      s.append("由备岗人员接替的任务：").append(moved).append('\n');
    }
    return s.toString();
  }

  @Override
  public String processKey() {
    return LeaveRequestProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return LeaveRequestProcess.Element.APPROVE;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    checkNotOwnLeave(applicants(task.businessKey(), current.get(Var.APPLICANT)), userId, task.assignee());
  }

  /** The applicant: from the leave register (a fact no task candidate can edit, issue 9) and the variable. */
  private Set<String> applicants(String leaveNumber, Object recorded) {
    return FourEyes.people(leaveNumber == null ? Optional.empty()
        : register.find(leaveNumber).map(LeaveRegister.Leave::applicant), recorded);
  }

  private static void checkNotOwnLeave(Set<String> applicants, String approver, String assignee) {
    FourEyes.among(applicants, approver, assignee).ifPresent(applicant -> checkNotOwnLeave(applicant, approver, assignee));
  }

  private static void checkNotOwnLeave(String applicant, String approver, String assignee) {
    if (applicant == null || applicant.isBlank()) {
      return;
    }
    if (applicant.equals(approver) || applicant.equals(assignee)) {
      throw new ActionNotAllowedException("approval", "请假申请人 " + applicant + " 不能审批自己的请假，请由项目组长或应用系统负责人审批"
          + " / the applicant cannot approve their own leave");
    }
  }

  static String currentUser(IdentityService identityService, String fallback) {
    String user = CurrentUser.of(identityService);
    return user != null ? user : fallback;
  }
}
