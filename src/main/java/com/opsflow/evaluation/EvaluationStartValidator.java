package com.opsflow.evaluation;

import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.scoring.ScoringDecisions.Contract;
import com.opsflow.ticket.TicketTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The start of an evaluation (form evaluation-start, the period-end timer, engine REST): a scored
 * contract, one of its resident engineers, a period in the contract's cadence that is over, and not
 * evaluated yet.
 */
@Component
class EvaluationStartValidator implements StartValidator {

  private final ResidentEngineers engineers;
  private final EvaluationRegister register;
  private final TicketTime time;
  private final ContractYears years;

  EvaluationStartValidator(ResidentEngineers engineers, EvaluationRegister register, TicketTime time,
      ContractYears years) {
    this.engineers = engineers;
    this.register = register;
    this.time = time;
    this.years = years;
  }

  @Override
  public String processKey() {
    return ServiceEvaluationProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Contract contract = Contract.of(Fields.oneOf(v, Var.CONTRACT, "合同",
        new LinkedHashSet<>(Arrays.stream(Contract.values()).map(Contract::code).toList()))).orElseThrow();
    String engineer = Fields.requiredText(v, Var.ENGINEER, "驻场工程师", 64);
    if (!engineers.isResident(engineer, contract.code())) {
      throw new InvalidInputException(Var.ENGINEER, "字段 engineer（驻场工程师）：" + engineer + " 不是" + contract.label()
          + "合同的驻场工程师（opsflow.scoring.engineers." + contract.code() + " = " + engineers.of(contract.code())
          + "） / field 'engineer': " + engineer + " is not a resident engineer of " + contract.code());
    }
    EvaluationPeriod period = EvaluationPeriod.parse(contract, Fields.text(v.get(Var.PERIOD), Var.PERIOD, "考评期", false), years);
    if (period.to().isAfter(time.today())) {
      throw new InvalidInputException(Var.PERIOD, "字段 period（考评期）：" + period.code() + " 尚未结束（" + period.lastDay()
          + " 之后才能评分） / field 'period': " + period.code() + " is not over yet");
    }
    register.find(contract.code(), engineer, period.code()).ifPresent(e -> {
      throw EvaluationConflictException.taken(e);
    });
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.CONTRACT, contract.code());
    clean.put(Var.ENGINEER, engineer);
    clean.put(Var.PERIOD, period.code());
    return clean;
  }
}
