package com.opsflow.staff;

import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SPEC §5 {@code unauthorized-replacement} 不按规定更换驻场工程师 from the staff-change register: a replacement made
 * before the bureau consented (A-4.3; B-2.4.3(8) "在合同服务期内未经采购方同意，不得随意更换"; C 运维人员要求 5), counted
 * for the engineer now on the post (or the one who left without replacement).
 */
@Component
class UnauthorizedReplacementEvidence implements EvaluationEvidenceSource {

  private final StaffChangeRegister register;

  UnauthorizedReplacementEvidence(StaffChangeRegister register) {
    this.register = register;
  }

  @Override
  public List<EvaluationEvidence> evidenceFor(String engineer, String contract, LocalDate from, LocalDate to) {
    List<String> numbers = register.unauthorized(engineer, contract, from, to).stream()
        .map(StaffChangeRegister.StaffChange::changeNumber).toList();
    if (numbers.isEmpty()) {
      return List.of();
    }
    return List.of(new EvaluationEvidence(StaffChangeProcess.ITEM, numbers.size(), numbers,
        "未经采购方同意更换驻场工程师（事后补报）：" + String.join("、", numbers)));
  }
}
