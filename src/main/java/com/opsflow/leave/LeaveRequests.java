package com.opsflow.leave;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.leave.LeaveRequestProcess.Typed;
import com.opsflow.leave.LeaveRequestProcess.Var;
import com.opsflow.leave.LeaveService.Registration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code leave-request} ({@code ${leaveRequests.…}}): thin adapters to {@link LeaveService}; the
 * hand-over of the applicant's open tasks to the backup is engine work and stays here. As the approval task's
 * {@link TaskCompletionValidator} it refuses on REST completion an applicant approving their own leave (403).
 */
@Component("leaveRequests")
public class LeaveRequests implements TaskCompletionValidator {

  /** A sudden leave must be notified before this time of day (bureau time zone). */
  public static final LocalTime NOTICE_DEADLINE = LeaveService.NOTICE_DEADLINE;

  private final LeaveService service;

  LeaveRequests(LeaveService service) {
    this.service = service;
  }

  /** Start listener after {@code startIntake}: notice on time, end of leave for the timer, register row. */
  public void register(DelegateExecution execution) {
    Registration registration = service.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        execution.getVariables());
    Typed.NOTICE_ON_TIME.set(execution, registration.noticeOnTime());
    Typed.LEAVE_ENDS_AT.set(execution, registration.leaveEndsAt());
    Typed.HANDED_OVER.set(execution, "");
  }

  /**
   * The backup takes over the applicant's assigned open tasks (of other processes); each moved task gets
   * a comment, the list is kept as variable {@code handedOverTasks} and in the register.
   */
  public void handOver(DelegateExecution execution) {
    String list = String.join("，", moveTasks(execution.getProcessEngineServices().getTaskService(),
        Typed.APPLICANT.get(execution), Typed.BACKUP.get(execution), execution.getProcessBusinessKey(),
        execution.getProcessInstanceId()));
    Typed.HANDED_OVER.set(execution, list);
    service.handedOver(execution.getProcessBusinessKey(), list);
  }

  private static List<String> moveTasks(TaskService tasks, String applicant, String backup, String number,
      String leaveInstance) {
    List<String> moved = new ArrayList<>();
    // Engine-internal work: the approver needs no right on the applicant's tasks.
    WithoutAuthorization.inCurrentCommand(() -> {
      for (Task task : tasks.createTaskQuery().taskAssignee(applicant).active().list()) {
        if (leaveInstance.equals(task.getProcessInstanceId())) {
          continue;
        }
        tasks.setAssignee(task.getId(), backup);
        tasks.createComment(task.getId(), task.getProcessInstanceId(), applicant + " 请假（" + number + "），由备岗人员 "
            + backup + " 接替");
        moved.add(task.getName() + "（" + task.getId() + "）");
      }
      return null;
    });
    return moved;
  }

  /** Complete listener of the paperwork task. */
  public void paperworkDone(DelegateTask task) {
    service.paperworkDone(task.getExecution().getProcessBusinessKey());
  }

  /** Complete listener of the approval: nobody approves their own leave; the approver is kept. */
  public void decided(DelegateTask task) {
    String approver = currentUser(task.getProcessEngineServices().getIdentityService(), task.getAssignee());
    service.checkApprover(task.getExecution().getProcessBusinessKey(), task.getVariable(Var.APPLICANT), approver,
        task.getAssignee());
    Typed.APPROVED_BY.set(task, approver == null ? "" : approver);
  }

  public void approved(DelegateExecution execution) {
    decide(execution, LeaveRegister.APPROVED);
  }

  public void rejected(DelegateExecution execution) {
    decide(execution, LeaveRegister.REJECTED);
  }

  private void decide(DelegateExecution execution, String status) {
    service.decide(execution.getProcessBusinessKey(), status, Typed.APPROVED_BY.get(execution),
        Typed.APPROVAL_COMMENT.get(execution));
  }

  /** The text of the leave mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return LeaveService.note(execution.getVariables());
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
    service.checkApprover(task.businessKey(), current.get(Var.APPLICANT), userId, task.assignee());
  }

  static String currentUser(IdentityService identityService, String fallback) {
    String user = CurrentUser.of(identityService);
    return user != null ? user : fallback;
  }
}
