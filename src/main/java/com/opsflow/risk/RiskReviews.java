package com.opsflow.risk;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.risk.ContingencyPlanRegister.Plan;
import com.opsflow.risk.RiskReviewProcess.Var;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.worklog.FourEyes;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code risk-review} ({@code ${riskReviews.…}}; C 系统风险排查「根据采购人要求开展系统风险排查工作，根据不同
 * 问题风险类型制定和更新系统应急预案，并根据应急预案对排查…」): survey the system's risks one by one (type, likelihood,
 * impact, mitigation), write a new version of a contingency plan per fault level (C 系统故障响应要求 2「根据故障等级编制
 * 系统专项应急预案」), have someone other than its author approve it — the author is the register's, never a
 * variable's (docs/adr/0007) — and rehearse it; a failed rehearsal sends the plan back for revision.
 */
@Component("riskReviews")
public class RiskReviews implements TaskCompletionValidator {

  static final String PLAN_KEY_PATTERN = "[a-z0-9][a-z0-9-]{2,47}";

  private final RiskReviewRegister reviews;
  private final ContingencyPlanRegister plans;
  private final TicketService tickets;
  private final TicketTime time;

  RiskReviews(@Lazy RiskReviewRegister reviews, @Lazy ContingencyPlanRegister plans, @Lazy TicketService tickets,
      @Lazy TicketTime time) {
    this.reviews = reviews;
    this.plans = plans;
    this.tickets = tickets;
    this.time = time;
  }

  /** After the message start: the review's register row and ticket, and what the forms show of the system. */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    reviews.open(number, execution.getProcessInstanceId(), system,
        (String) execution.getVariable(ScheduleVariables.PERIOD_KEY));
    execution.setVariable(ScheduleVariables.SYSTEM_NAME, SupportedSystems.name(system));
    execution.setVariable(Var.RISKS_SO_FAR, "（尚未登记）");
    showPlans(execution, system);
    String summary = "风险排查与应急预案 " + execution.getVariable(ScheduleVariables.PERIOD_KEY) + "（"
        + SupportedSystems.name(system) + "）";
    String by = (String) execution.getVariable(ScheduleVariables.STARTED_BY);
    tickets.register(new NewTicket(number, RiskReviewProcess.TICKET_TYPE, execution.getProcessInstanceId(), system,
        null, by, null, summary, summary, null, null, false, by));
  }

  /** Complete listener of 排查风险: one risk (type, description, likelihood, impact, mitigation) into the register. */
  public void riskSurveyed(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String type = Fields.oneOf(v, Var.RISK_TYPE, "风险类型", RiskReviewProcess.RISK_TYPES.keySet());
    String description = Fields.requiredLines(v, Var.RISK_DESCRIPTION, "风险描述", 2000);
    String likelihood = Fields.oneOf(v, Var.LIKELIHOOD, "发生可能性", RiskReviewProcess.RATINGS.keySet());
    String impact = Fields.oneOf(v, Var.IMPACT, "影响程度", RiskReviewProcess.RATINGS.keySet());
    String mitigation = Fields.requiredLines(v, Var.MITIGATION, "防范措施", 2000);
    boolean more = Fields.optionalBoolean(v, Var.MORE_RISKS, "继续登记下一项风险");
    String number = task.getExecution().getProcessBusinessKey();
    reviews.addRisk(number, type, description, likelihood, impact, mitigation, CurrentUser.of(task));
    for (String field : List.of(Var.RISK_TYPE, Var.RISK_DESCRIPTION, Var.LIKELIHOOD, Var.IMPACT, Var.MITIGATION)) {
      task.getExecution().removeVariable(field); // the next risk starts from an empty form
    }
    task.setVariable(Var.MORE_RISKS, more);
    task.setVariable(Var.RISKS_SO_FAR, risksText(reviews.risks(number)));
  }

  static String risksText(List<RiskReviewRegister.Risk> risks) {
    StringBuilder text = new StringBuilder();
    int i = 1;
    for (RiskReviewRegister.Risk r : risks) {
      text.append(i++).append(". [").append(RiskReviewProcess.RISK_TYPES.get(r.type())).append("] ")
          .append(r.description()).append("（可能性").append(RiskReviewProcess.RATINGS.get(r.likelihood()))
          .append("，影响").append(RiskReviewProcess.RATINGS.get(r.impact())).append("）防范措施：")
          .append(r.mitigation()).append('\n');
    }
    return cut(text.toString(), 3900);
  }

  /** Complete listener of 编写或修订应急预案: the next version of the plan, written by the user completing the task. */
  public void planWritten(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    String key = Fields.requiredText(v, Var.PLAN_KEY, "预案编号", 48);
    if (!key.matches(PLAN_KEY_PATTERN)) {
      throw new InvalidInputException(Var.PLAN_KEY, "字段 planKey（预案编号）只能由小写字母、数字和连字符组成，3–48 个字符，"
          + "例如 invoice-db-outage / field 'planKey' must match " + PLAN_KEY_PATTERN);
    }
    String title = Fields.requiredText(v, Var.PLAN_TITLE, "预案名称", 200);
    String level = Fields.oneOf(v, Var.FAULT_LEVEL, "故障等级", RiskReviewProcess.FAULT_LEVELS.keySet());
    String content = Fields.requiredLines(v, Var.PLAN_CONTENT, "预案内容", 8000);
    String author = CurrentUser.of(task);
    if (author == null) {
      throw new ActionNotAllowedException(Var.PLAN_KEY, "应急预案须由登录用户编写 / a plan needs a known author");
    }
    String system = (String) task.getVariable(ScheduleVariables.SYSTEM);
    String number = task.getExecution().getProcessBusinessKey();
    Plan plan = plans.addVersion(key, system, level, title, content, author, number);
    task.setVariable(Var.PLAN_VERSION, plan.version());
    task.setVariable(Var.PLAN_AUTHOR, author);
    tickets.event(number, "contingency-plan-written", author, planName(plan) + "（" + level + "）");
  }

  /** Complete listener of 审批应急预案: someone other than the version's author approves it or sends it back. */
  public void planReviewed(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    Plan draft = plans.draftOf(number).orElseThrow(() -> new IllegalStateException("No draft plan of " + number));
    String user = CurrentUser.of(task);
    checkFourEyes(draft, task.getVariable(Var.PLAN_AUTHOR), user, task.getAssignee());
    Map<String, Object> v = task.getVariables();
    String outcome = Fields.oneOf(v, Var.APPROVAL_OUTCOME, "审批结论",
        new LinkedHashSet<>(RiskReviewProcess.APPROVAL_OUTCOMES));
    String comment = Fields.optionalLines(v, Var.APPROVAL_COMMENT, "审批意见", 2000);
    if ("rework".equals(outcome) && comment == null) {
      throw new InvalidInputException(Var.APPROVAL_COMMENT, "字段 planApprovalComment（审批意见）：退回修订时必须说明原因"
          + " / field 'planApprovalComment' is required when the plan is sent back");
    }
    if ("approved".equals(outcome)) {
      plans.approve(draft.key(), draft.version(), user, comment);
      tickets.event(number, "contingency-plan-approved", user, planName(draft));
    } else {
      plans.sendBack(draft.key(), draft.version(), user, comment);
      tickets.event(number, "contingency-plan-sent-back", user, planName(draft) + "：" + comment);
    }
    task.setVariable(Var.APPROVAL_COMMENT, comment == null ? "" : comment);
    showPlans(task, draft.system());
  }

  private static void checkFourEyes(Plan draft, Object recordedAuthor, String user, String assignee) {
    FourEyes.among(FourEyes.people(Optional.of(draft.author()), recordedAuthor), user, assignee).ifPresent(author -> {
      throw new ActionNotAllowedException(Var.APPROVAL_OUTCOME, "应急预案 " + draft.key() + " 第 " + draft.version()
          + " 版由 " + author + " 编写，编写人不能审批自己的预案，请由二线的其他人员或项目组长审批 / the author of a"
          + " contingency plan version cannot approve it");
    });
  }

  /** Complete listener of 按预案演练: the rehearsal record, which sets the approved version's last rehearsal date. */
  public void rehearsed(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    Plan plan = approvedOf(number);
    Map<String, Object> v = task.getVariables();
    LocalDate on = Fields.requiredDate(v, Var.REHEARSED_ON, "演练日期", time.zone());
    if (on.isAfter(time.today())) {
      throw new InvalidInputException(Var.REHEARSED_ON, "字段 rehearsedOn（演练日期）不能晚于今天 / field 'rehearsedOn'"
          + " must not be in the future");
    }
    String participants = Fields.requiredLines(v, Var.PARTICIPANTS, "参演人员", 1000);
    String result = Fields.oneOf(v, Var.REHEARSAL_RESULT, "演练结果", RiskReviewProcess.REHEARSAL_RESULTS.keySet());
    String problems = Fields.optionalLines(v, Var.REHEARSAL_PROBLEMS, "发现的问题", 4000);
    if (!"passed".equals(result) && problems == null) {
      throw new InvalidInputException(Var.REHEARSAL_PROBLEMS, "字段 rehearsalProblems（发现的问题）：演练未完全成功时必须"
          + "填写 / field 'rehearsalProblems' is required unless the rehearsal passed");
    }
    String user = CurrentUser.of(task);
    plans.rehearse(plan.key(), plan.version(), number, on, participants, result, problems, user);
    task.setVariable(Var.REHEARSAL_PROBLEMS, problems == null ? "" : problems);
    task.setVariable(Var.REVISE, "failed".equals(result));
    tickets.event(number, "contingency-plan-rehearsed", user, planName(plan) + "，" + on + "，"
        + RiskReviewProcess.REHEARSAL_RESULTS.get(result));
    showPlans(task, plan.system());
  }

  private Plan approvedOf(String number) {
    return plans.ofSystem(reviews.find(number).orElseThrow().system()).stream()
        .filter(p -> number.equals(p.reviewNumber()) && p.approved()).findFirst()
        .orElseThrow(() -> new IllegalStateException("No approved plan of " + number));
  }

  public void close(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    reviews.close(number);
    Plan plan = approvedOf(number);
    tickets.recordClosure(number, false, "完成：排查风险 " + reviews.risks(number).size() + " 项，" + planName(plan)
        + " 已审批并演练", null);
  }

  private void showPlans(VariableScope scope, String system) {
    scope.setVariable(Var.EXISTING_PLANS, plansText(plans.ofSystem(system)));
  }

  /** What the forms show of a system's plans: every version with its state and last rehearsal. */
  static String plansText(List<Plan> plans) {
    if (plans.isEmpty()) {
      return "（该系统尚无应急预案）";
    }
    StringBuilder text = new StringBuilder();
    for (Plan p : plans) {
      text.append(p.faultLevel()).append(' ').append(planName(p)).append('：').append(statusName(p.status()));
      if (p.approved()) {
        text.append("（").append(p.approvedBy()).append(" 审批）");
      }
      text.append("，上次演练：").append(p.lastRehearsedAt() == null ? "尚未演练" : p.lastRehearsedAt().toString())
          .append('\n');
    }
    return cut(text.toString(), 3900);
  }

  static String planName(Plan p) {
    return p.key() + " 第 " + p.version() + " 版《" + p.title() + "》";
  }

  static String statusName(String status) {
    return switch (status) {
      case ContingencyPlanRegister.STATUS_APPROVED -> "已审批";
      case ContingencyPlanRegister.STATUS_REWORK -> "已退回修订";
      default -> "待审批";
    };
  }

  // the REST filter's check before the engine: 403 for the author's own approval, also when claiming it

  @Override
  public String processKey() {
    return RiskReviewProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return RiskReviewProcess.Element.APPROVE_PLAN;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    if (task.businessKey() != null) {
      plans.draftOf(task.businessKey()).ifPresent(draft ->
          checkFourEyes(draft, current.get(Var.PLAN_AUTHOR), userId, task.assignee()));
    }
  }

  @Override
  public void validateClaim(TaskRef task, String claimant, Map<String, Object> current) {
    validate(task, claimant, Map.of(), current);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
