package com.opsflow.staff;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.staff.StaffChangeProcess.Var;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 驻场人员变更 on plain values (A-4.3, B-2.4.3(8)(9)): the request in the register, notice and minimum staffing
 * against the figures of DMN {@code staff-minimum}, the bureau's decision (never by the requester: 403), the
 * completed hand-over, the mails' text. Variables arrive as the instance's map.
 */
@Service
class StaffChangeService {

  static final Map<String, String> ROLE_NAMES = Map.of("data-support", "数据技术支持", "operations", "系统运行保障",
      "application-support", "日常应用保障");
  /** The register keeps at most this many characters of the handed-over task list. */
  static final int HANDED_OVER_LIMIT = 4000;

  private final StaffChangeRegister register;
  private final ResidentEngineers engineers;
  private final TicketTime time;

  StaffChangeService(StaffChangeRegister register, ResidentEngineers engineers, TicketTime time) {
    this.register = register;
    this.engineers = engineers;
    this.time = time;
  }

  record Staffing(int after, boolean breach, String note) {
  }

  /** The check after the decision: staffing after the change, notice too short, the note, the last day's start. */
  record Check(Staffing staffing, boolean noticeShort, String note, Date lastDayAt) {
  }

  /** The register row; the requester is the starting user. */
  void register(String number, String instanceId, String requestedBy, Map<String, Object> v) {
    register.register(number, instanceId, text(v, Var.CONTRACT), text(v, Var.LEAVING),
        blankToNull(text(v, Var.REPLACEMENT)), blankToNull(text(v, Var.ROLE)), LocalDate.parse(text(v, Var.LAST_DAY)),
        text(v, Var.REASON), Boolean.TRUE.equals(v.get(Var.ALREADY_REPLACED)), requestedBy);
  }

  /** After the decision {@code staff-minimum}: notice and staffing after the change, for the bureau and the owner. */
  Check check(String number, Map<String, Object> v) {
    String contract = text(v, Var.CONTRACT);
    int minimum = ((Number) v.get(Var.MINIMUM)).intValue();
    int noticeMonths = ((Number) v.get(Var.NOTICE_MONTHS)).intValue();
    LocalDate lastDay = LocalDate.parse(text(v, Var.LAST_DAY));
    Staffing staffing = staffing(register.roster(contract, engineers.of(contract)), text(v, Var.LEAVING),
        blankToNull(text(v, Var.REPLACEMENT)), minimum, blankToNull(text(v, Var.ROLE)));
    boolean noticeShort = lastDay.isBefore(time.today().plusMonths(noticeMonths));
    StringBuilder note = new StringBuilder(staffing.note());
    if (noticeShort) {
      note.append("\n离岗提前期不足 ").append(noticeMonths).append(" 个月（离岗日期 ").append(lastDay)
          .append("；A-4.3(2)：驻场人员离岗须提前一个月提出申请）。");
    }
    if (Boolean.TRUE.equals(v.get(Var.ALREADY_REPLACED))) {
      note.append("\n人员已更换，事后补报：未经采购方同意更换驻场工程师（A-4.3，B-2.4.3(8)(9)），计入服务质量评价“不按规定更换驻场工程师”。");
    }
    register.checked(number, noticeShort, staffing.after(), minimum, staffing.breach());
    return new Check(staffing, noticeShort, note.toString(),
        Date.from(lastDay.atStartOfDay(time.zone()).toInstant()));
  }

  /** Plain rule: the roster after the change against the minimum (and, for C, the role). */
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

  /** 采购方审批人员变更: the bureau's decision, never by the requester. */
  void decide(String number, String by, String consent, String comment) {
    String requestedBy = register.find(number).map(StaffChangeRegister.StaffChange::requestedBy).orElse(null);
    if (by != null && by.equals(requestedBy)) {
      throw new ActionNotAllowedException(Var.CONSENT, "申请人不能审批自己提出的人员变更 / the requester cannot decide their own"
          + " staff change");
    }
    register.decide(number, "approve".equals(consent) ? StaffChangeRegister.APPROVED : StaffChangeRegister.REJECTED, by,
        comment);
  }

  /** The hand-over is done: the documents and the tasks taken over; the list as the register and variable keep it. */
  String completed(String number, String documents, List<String> movedTasks) {
    String list = String.join("，", movedTasks);
    list = list.length() > HANDED_OVER_LIMIT ? list.substring(0, HANDED_OVER_LIMIT) : list;
    register.completed(number, documents, list);
    return list;
  }

  /** The text of the staff-change mails ({@code ${note}}). */
  static String note(Map<String, Object> v) {
    String role = blankToNull(text(v, Var.ROLE));
    String replacement = blankToNull(text(v, Var.REPLACEMENT));
    StringBuilder s = new StringBuilder();
    s.append("合同：").append(text(v, Var.CONTRACT)).append('\n');
    s.append("离岗人员：").append(text(v, Var.LEAVING)).append(role == null ? "" : "（" + ROLE_NAMES.get(role) + "）")
        .append('\n');
    s.append("接替人员：").append(replacement == null ? "无" : replacement).append('\n');
    s.append("离岗日期：").append(text(v, Var.LAST_DAY)).append('\n');
    s.append("变更原因：").append(text(v, Var.REASON)).append('\n');
    Object staffing = v.get(Var.STAFFING_NOTE);
    if (staffing != null) {
      s.append(staffing).append('\n');
    }
    Object comment = v.get(Var.CONSENT_COMMENT);
    if (comment != null) {
      s.append("采购方意见：").append(comment).append('\n');
    }
    return s.toString();
  }

  static String text(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null ? "" : value.toString();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
