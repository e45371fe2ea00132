package com.opsflow.risk;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.risk.ContingencyPlanRegister.Plan;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A major incident starts a contingency plan (C 系统故障响应要求 2「当系统发生故障时第一时间启动应急预案」): listeners of
 * major-incident's 二线响应并沟通确认 ({@code ${contingencyPlans.…}}). The task shows the system's approved plans; the
 * plan named (key, optionally a version: else the newest approved one) must exist in the register for the incident's
 * system and be approved. The choice is kept in {@code major_incident_plan} and the ticket history, with the plan's
 * last rehearsal date, which the later forms show read-only.
 */
@Component("contingencyPlans")
public class ContingencyPlanUse {

  public static final String OPTIONS = "contingencyPlanOptions";
  public static final String PLAN_KEY = "contingencyPlanKey";
  public static final String PLAN_VERSION = "contingencyPlanVersion";
  /** Read-only for the later forms: the plan started and its last rehearsal date. */
  public static final String PLAN_USED = "contingencyPlanUsed";
  public static final String PLAN_REHEARSED = "contingencyPlanRehearsedOn";
  static final String NOT_REHEARSED = "尚未演练";

  private final ContingencyPlanRegister plans;
  private final TicketService tickets;

  ContingencyPlanUse(ContingencyPlanRegister plans, TicketService tickets) {
    this.plans = plans;
    this.tickets = tickets;
  }

  /** Create listener: the approved plans of the incident's system (newest approved version of each key). */
  public void offer(DelegateTask task) {
    task.setVariable(OPTIONS, optionsText(approvedPlans((String) task.getVariable("system"))));
  }

  List<Plan> approvedPlans(String system) {
    if (system == null) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Plan> newest = new ArrayList<>();
    for (Plan p : plans.ofSystem(system)) {
      if (p.approved() && seen.add(p.key())) {
        newest.add(p);
      }
    }
    return newest;
  }

  static String optionsText(List<Plan> approved) {
    if (approved.isEmpty()) {
      return "（该系统尚无已审批的应急预案）";
    }
    StringBuilder text = new StringBuilder();
    for (Plan p : approved) {
      text.append(p.faultLevel()).append(' ').append(p.key()).append(" 第 ").append(p.version()).append(" 版《")
          .append(p.title()).append("》，上次演练：")
          .append(p.lastRehearsedAt() == null ? NOT_REHEARSED : p.lastRehearsedAt().toString()).append('\n');
    }
    return text.length() > 3900 ? text.substring(0, 3900) : text.toString();
  }

  /** Complete listener: the plan named, if any, checked against the register and recorded on the ticket. */
  public void used(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String key = Fields.optionalText(v, PLAN_KEY, "启动的应急预案编号", 48);
    Integer version = version(v.get(PLAN_VERSION));
    if (key == null) {
      if (version != null) {
        throw new InvalidInputException(PLAN_KEY, "字段 contingencyPlanKey（启动的应急预案编号）：填写了版本却没有预案编号"
            + " / field 'contingencyPlanKey' is required with a version");
      }
      return;
    }
    String system = (String) task.getVariable("system");
    Optional<Plan> found = version == null ? plans.latestApproved(key) : plans.find(key, version);
    Plan plan = found.filter(p -> p.system().equals(system)).orElseThrow(() -> new InvalidInputException(PLAN_KEY,
        "字段 contingencyPlanKey（启动的应急预案编号）：" + SupportedSystems.name(system) + "没有应急预案 " + key
            + (version == null ? "（已审批的版本）" : " 第 " + version + " 版") + " / field 'contingencyPlanKey': no plan "
            + key + (version == null ? "" : " version " + version) + " for system " + system));
    if (!plan.approved()) {
      throw new InvalidInputException(PLAN_VERSION, "字段 contingencyPlanVersion（版本）：应急预案 " + key + " 第 "
          + plan.version() + " 版尚未审批，不能启动 / field 'contingencyPlanVersion': version " + plan.version()
          + " is not approved");
    }
    String ticket = task.getExecution().getProcessBusinessKey();
    String user = CurrentUser.of(task);
    plans.recordIncidentPlan(ticket, plan, user);
    String rehearsed = plan.lastRehearsedAt() == null ? NOT_REHEARSED : plan.lastRehearsedAt().toString();
    task.setVariable(PLAN_VERSION, plan.version());
    task.setVariable(PLAN_USED, plan.key() + " 第 " + plan.version() + " 版《" + plan.title() + "》（" + plan.faultLevel()
        + "）");
    task.setVariable(PLAN_REHEARSED, rehearsed);
    tickets.event(ticket, "contingency-plan-used", user, "启动应急预案 " + plan.key() + " 第 " + plan.version() + " 版《"
        + plan.title() + "》，上次演练：" + rehearsed);
  }

  private static Integer version(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
      if (d >= 1 && d == Math.rint(d) && d < Integer.MAX_VALUE) {
        return (int) d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(PLAN_VERSION, "字段 contingencyPlanVersion（版本）必须是正整数 / field"
        + " 'contingencyPlanVersion' must be a positive whole number");
  }
}
