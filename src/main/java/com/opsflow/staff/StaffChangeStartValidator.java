package com.opsflow.staff;

import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.staff.StaffChangeProcess.Var;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * The request (form staff-change-start): which contract, who leaves (a resident engineer of that contract now),
 * who replaces them (an existing user not yet on the contract; optional — leaving without replacement is a
 * request too, checked against the minimum staffing), the role for the invoice contract, the last day, the reason,
 * and whether the replacement has already happened (reported afterwards: no prior consent).
 */
@Component
class StaffChangeStartValidator implements StartValidator {

  private final IdentityService identityService;
  private final ProcessEngineConfiguration configuration;
  private final TicketTime time;
  private final ResidentEngineers engineers;
  private final StaffChangeRegister register;

  StaffChangeStartValidator(IdentityService identityService, ProcessEngineConfiguration configuration, TicketTime time,
      ResidentEngineers engineers, StaffChangeRegister register) {
    this.identityService = identityService;
    this.configuration = configuration;
    this.time = time;
    this.engineers = engineers;
    this.register = register;
  }

  private <T> T unchecked(Callable<T> query) {
    return WithoutAuthorization.inNewCommand(configuration, query);
  }

  @Override
  public String processKey() {
    return StaffChangeProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    String contract = Fields.oneOf(v, Var.CONTRACT, "合同", new LinkedHashSet<>(StaffChangeProcess.CONTRACTS));
    clean.put(Var.CONTRACT, contract);
    List<String> roster = register.roster(contract, engineers.of(contract));
    String leaving = Fields.requiredText(v, Var.LEAVING, "离岗人员", 64);
    if (!roster.contains(leaving)) {
      throw new InvalidInputException(Var.LEAVING, "字段 leavingEngineer（离岗人员）：" + leaving + " 不是本合同的驻场工程师（"
          + String.join("、", roster) + "） / field 'leavingEngineer': not a resident engineer of " + contract);
    }
    clean.put(Var.LEAVING, leaving);
    String replacement = Fields.optionalText(v, Var.REPLACEMENT, "接替人员", 64);
    if (replacement != null) {
      if (unchecked(() -> identityService.createUserQuery().userId(replacement).count()) == 0) {
        throw new InvalidInputException(Var.REPLACEMENT, "字段 replacementEngineer（接替人员）：用户 " + replacement
            + " 不存在 / field 'replacementEngineer': no user " + replacement);
      }
      if (roster.contains(replacement)) {
        throw new InvalidInputException(Var.REPLACEMENT, "字段 replacementEngineer（接替人员）：" + replacement
            + " 已是本合同的驻场工程师 / field 'replacementEngineer': already a resident engineer of " + contract);
      }
    }
    clean.put(Var.REPLACEMENT, replacement == null ? "" : replacement);
    if ("invoice".equals(contract)) {
      clean.put(Var.ROLE, Fields.oneOf(v, Var.ROLE, "岗位", new LinkedHashSet<>(StaffChangeProcess.INVOICE_ROLES)));
    } else {
      clean.put(Var.ROLE, "");
    }
    boolean already = Fields.optionalBoolean(v, Var.ALREADY_REPLACED, "已更换（事后补报）");
    clean.put(Var.ALREADY_REPLACED, already);
    LocalDate lastDay = Fields.requiredDate(v, Var.LAST_DAY, "离岗日期", time.zone());
    if (!already && lastDay.isBefore(time.today())) {
      throw new InvalidInputException(Var.LAST_DAY, "字段 lastDay（离岗日期）不能早于今天 " + time.today()
          + "；已发生的更换请勾选“已更换（事后补报）” / field 'lastDay' must not be in the past unless reported afterwards");
    }
    clean.put(Var.LAST_DAY, lastDay.toString());
    clean.put(Var.REASON, Fields.requiredLines(v, Var.REASON, "变更原因", 1000));
    return clean;
  }
}
