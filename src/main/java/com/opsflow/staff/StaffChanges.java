package com.opsflow.staff;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.staff.StaffChangeProcess.Typed;
import com.opsflow.staff.StaffChangeService.Check;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code staff-change} ({@code ${staffChanges.…}}): thin adapters to {@link StaffChangeService}; moving
 * the leaving engineer's open tasks is engine work and stays here.
 */
@Component("staffChanges")
public class StaffChanges {

  private final StaffChangeService service;

  StaffChanges(StaffChangeService service) {
    this.service = service;
  }

  /** Start listener after {@code startIntake}: the register row; the requester is the starting user. */
  public void register(DelegateExecution execution) {
    String requestedBy = CurrentUser.of(execution);
    Typed.REQUESTED_BY.set(execution, requestedBy == null ? "" : requestedBy);
    service.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), requestedBy,
        execution.getVariables());
  }

  /** After the decision {@code staff-minimum}: notice and staffing after the change, for the bureau and the owner. */
  public void check(DelegateExecution execution) {
    Check check = service.check(execution.getProcessBusinessKey(), execution.getVariables());
    Typed.STAFFING_AFTER.set(execution, check.staffing().after());
    Typed.STAFFING_BREACH.set(execution, check.staffing().breach());
    Typed.NOTICE_SHORT.set(execution, check.noticeShort());
    Typed.STAFFING_NOTE.set(execution, check.note());
    Typed.LAST_DAY_AT.set(execution, check.lastDayAt());
  }

  /** Complete listener of 采购方审批人员变更: the bureau's decision, never by the requester. */
  public void decided(DelegateTask task) {
    service.decide(task.getExecution().getProcessBusinessKey(), CurrentUser.of(task), Typed.CONSENT.get(task),
        Typed.CONSENT_COMMENT.get(task));
  }

  /**
   * After the hand-over (工作交接, A-4.3(2)): the leaving engineer's open tasks go to the replacement (without one,
   * back to their candidate groups), each with a comment; the change is completed and the roster changes.
   */
  public void takeOver(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    List<String> moved = moveTasks(execution.getProcessEngineServices().getTaskService(),
        Typed.LEAVING.get(execution), StaffChangeService.blankToNull(Typed.REPLACEMENT.get(execution)), number);
    Typed.HANDED_OVER.set(execution, service.completed(number, Typed.HANDOVER_DOCUMENTS.get(execution), moved));
  }

  private static List<String> moveTasks(TaskService tasks, String leaving, String replacement, String number) {
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
    return moved;
  }

  /** The text of the staff-change mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    return StaffChangeService.note(execution.getVariables());
  }
}
