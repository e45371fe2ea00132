package com.opsflow.leave;

import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Leave in the period from the leave register: approved leave is not absence (information only, so the
 * evaluator does not count those days as 旷工); requests not approved are named, as absence on those days
 * is for the evaluator to judge; a sudden leave notified after 08:00 is named too.
 */
@Component
class LeaveEvidence implements EvaluationEvidenceSource {

  private final LeaveRegister leave;

  LeaveEvidence(LeaveRegister leave) {
    this.leave = leave;
  }

  @Override
  public List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to) {
    LocalDate last = to.minusDays(1);
    List<LeaveRegister.Leave> all = leave.leavesOverlapping(engineer, from, last);
    if (all.isEmpty()) {
      return List.of();
    }
    List<EvaluationEvidence> lines = new ArrayList<>();
    List<String> approved = all.stream().filter(l -> LeaveRegister.APPROVED.equals(l.status()))
        .map(LeaveRegister.Leave::leaveNumber).toList();
    if (!approved.isEmpty()) {
      BigDecimal days = leave.approvedLeaveDays(engineer, from, last);
      lines.add(EvaluationEvidence.information("本期经批准请假 " + days.stripTrailingZeros().toPlainString() + " 天（"
          + String.join("、", approved) + "），不计旷工", approved));
    }
    List<String> notApproved = all.stream().filter(l -> !LeaveRegister.APPROVED.equals(l.status()))
        .map(l -> l.leaveNumber() + (LeaveRegister.REJECTED.equals(l.status()) ? "（未批准）" : "（待审批）")).toList();
    if (!notApproved.isEmpty()) {
      lines.add(EvaluationEvidence.information("本期有未获批准的请假：" + String.join("、", notApproved)
          + "；未经批准不到岗的按旷工计，请核实", all.stream().filter(l -> !LeaveRegister.APPROVED.equals(l.status()))
          .map(LeaveRegister.Leave::leaveNumber).toList()));
    }
    List<String> lateNotice = all.stream().filter(l -> l.sudden() && Boolean.FALSE.equals(l.noticeOnTime()))
        .map(LeaveRegister.Leave::leaveNumber).toList();
    if (!lateNotice.isEmpty()) {
      lines.add(EvaluationEvidence.information("突发请假未在当天上午八点前通知：" + String.join("、", lateNotice), lateNotice));
    }
    return lines;
  }
}
