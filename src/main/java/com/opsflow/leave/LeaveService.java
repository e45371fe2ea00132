package com.opsflow.leave;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.leave.LeaveRequestProcess.Var;
import com.opsflow.ticket.TicketTime;
import com.opsflow.worklog.FourEyes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * 请假 on plain values (B-2.4.3): the request in the leave register with whether a sudden leave was notified before
 * 08:00 on the day, the hand-over kept, nobody approving their own leave (403), the decision, the mails' text.
 */
@Service
class LeaveService {

  /** A sudden leave must be notified before this time of day (bureau time zone). */
  static final LocalTime NOTICE_DEADLINE = LocalTime.of(8, 0);
  static final Map<String, String> TYPE_NAMES = Map.of("annual", "年假", "personal", "事假", "sick", "病假", "other", "其他");
  /** The register keeps at most this many characters of the handed-over task list. */
  static final int HANDED_OVER_LIMIT = 4000;

  private final LeaveRegister register;
  private final TicketTime time;

  LeaveService(LeaveRegister register, TicketTime time) {
    this.register = register;
    this.time = time;
  }

  /** A registered request: whether it was notified on time, and when the leave ends (for the timer). */
  record Registration(boolean noticeOnTime, Date leaveEndsAt) {
  }

  /** Registers the request in {@code v} (the instance's variables after the start form). */
  Registration register(String number, String processInstanceId, Map<String, Object> v) {
    Object applicant = v.get(Var.APPLICANT);
    if (applicant == null || applicant.toString().isBlank()) {
      throw new InvalidInputException(Var.APPLICANT, "字段 applicant（申请人）必填：请假须本人登录后申请"
          + " / field 'applicant' is required when the start has no authenticated user");
    }
    LocalDate from = LocalDate.parse((String) v.get(Var.LEAVE_FROM));
    LocalDate to = LocalDate.parse((String) v.get(Var.LEAVE_TO));
    boolean sudden = Boolean.TRUE.equals(v.get(Var.SUDDEN));
    boolean onTime = !sudden || (from.equals(time.today()) && time.localNow().toLocalTime().isBefore(NOTICE_DEADLINE));
    register.register(number, processInstanceId, (String) v.get(Var.APPLICANT), (String) v.get(Var.BACKUP),
        (String) v.get(Var.LEAVE_TYPE), from, to, BigDecimal.valueOf(((Number) v.get(Var.DAYS)).doubleValue()), sudden,
        onTime, (String) v.get(Var.REASON));
    return new Registration(onTime, Date.from(to.plusDays(1).atStartOfDay(time.zone()).toInstant()));
  }

  /** The tasks the backup took over, as the register keeps them. */
  void handedOver(String number, String tasks) {
    register.handedOver(number, tasks.length() > HANDED_OVER_LIMIT ? tasks.substring(0, HANDED_OVER_LIMIT) : tasks);
  }

  void paperworkDone(String number) {
    register.paperworkDone(number);
  }

  /**
   * Nobody approves their own leave: the applicant from the leave register (a fact no task candidate can edit,
   * issue 9) and the variable, against the approver and the assignee.
   */
  void checkApprover(String leaveNumber, Object recordedApplicant, String approver, String assignee) {
    Set<String> applicants = FourEyes.people(leaveNumber == null ? Optional.empty()
        : register.find(leaveNumber).map(LeaveRegister.Leave::applicant), recordedApplicant);
    FourEyes.among(applicants, approver, assignee).ifPresent(applicant -> checkNotOwnLeave(applicant, approver,
        assignee));
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

  void decide(String number, String status, String approvedBy, String comment) {
    register.decide(number, status, approvedBy, comment);
  }

  /** The text of the leave mails ({@code ${note}}); {@code v} are the instance's variables. */
  static String note(Map<String, Object> v) {
    StringBuilder s = new StringBuilder();
    s.append("申请人：").append(v.get(Var.APPLICANT)).append('\n');
    s.append("请假类型：").append(TYPE_NAMES.getOrDefault((String) v.get(Var.LEAVE_TYPE), "其他")).append('\n');
    s.append("请假时间：").append(v.get(Var.LEAVE_FROM)).append(" 至 ").append(v.get(Var.LEAVE_TO))
        .append("，共 ").append(v.get(Var.DAYS)).append(" 天\n");
    s.append("备岗人员：").append(v.get(Var.BACKUP)).append('\n');
    s.append("请假事由：").append(v.get(Var.REASON)).append('\n');
    if (Boolean.TRUE.equals(v.get(Var.SUDDEN))) {
      s.append("突发情况：是；当天上午八点前通知：")
          .append(Boolean.TRUE.equals(v.get(Var.NOTICE_ON_TIME)) ? "是" : "否（逾时通知）").append('\n');
    }
    Object approval = v.get(Var.APPROVAL);
    if (approval != null) {
      s.append("审批结果：").append("approved".equals(approval) ? "批准" : "不批准").append("（")
          .append(v.get(Var.APPROVED_BY)).append("）").append('\n');
      s.append("审批意见：").append(Objects.requireNonNullElse(v.get(Var.APPROVAL_COMMENT), "—")).append('\n');
    }
    Object moved = v.get(Var.HANDED_OVER);
    if (moved != null && !moved.toString().isBlank()) {
      s.append("由备岗人员接替的任务：").append(moved).append('\n');
    }
    return s.toString();
  }
}
