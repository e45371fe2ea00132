package com.opsflow.onsite;

import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Completion checks of on-site tasks that a Camunda Form cannot state (complete task listeners
 * {@code ${onsiteDispatchCheck}}, {@code ${onsiteArrivalCheck}}, {@code ${onsiteConfirmationCheck}}). A failure is a form-field validation error: the task
 * stays open, Tasklist shows the message and the REST API answers 400, naming the field.
 */
@Configuration
class OnsiteFormChecks {

  /** Entered times may run a little ahead of the server clock. */
  private static final long CLOCK_SLACK_MINUTES = 10;

  private final TicketTime time;

  OnsiteFormChecks(TicketTime time) {
    this.time = time;
  }

  @Bean("onsiteDispatchCheck")
  TaskListener dispatchCheck() {
    return this::dispatch;
  }

  @Bean("onsiteArrivalCheck")
  TaskListener arrivalCheck() {
    return this::arrival;
  }

  @Bean("onsiteConfirmationCheck")
  TaskListener confirmationCheck() {
    return this::confirmation;
  }

  /** 评估并派工: the engineer is a user of service-desk or second-line; the planned arrival a date-time. */
  void dispatch(DelegateTask task) {
    Object engineer = task.getVariable(Var.ENGINEER);
    if (engineer == null || engineer.toString().isBlank() || !isEngineer(task, engineer.toString().trim())) {
      throw new FormFieldValidationException(Var.ENGINEER, "字段 engineer（派工工程师）：'" + engineer
          + "' 不是驻场支持岗或二线技术支持组的用户 / field 'engineer' must be a user of service-desk or second-line");
    }
    task.setVariable(Var.ENGINEER, engineer.toString().trim());
    dateTime(task, Var.PLANNED_ARRIVAL, "计划到达现场时间", false);
  }

  /** 到达现场: the arrival has happened. */
  void arrival(DelegateTask task) {
    dateTime(task, Var.ARRIVED_AT, "实际到达现场时间", true);
  }

  /** 用户签署确认单: finish and confirmation have happened. */
  void confirmation(DelegateTask task) {
    dateTime(task, Var.FINISHED_AT, "处理完成时间", true);
    dateTime(task, Var.CONFIRMED_AT, "用户签字确认时间", true);
  }

  private void dateTime(DelegateTask task, String field, String label, boolean past) {
    Instant value;
    try {
      value = OnsiteTimes.parse(task.getVariable(field), field, label, time.zone());
    } catch (RuntimeException e) {
      throw new FormFieldValidationException(field, e.getMessage());
    }
    if (past && value.isAfter(time.now().plus(CLOCK_SLACK_MINUTES, ChronoUnit.MINUTES))) {
      throw new FormFieldValidationException(field, "字段 " + field + "（" + label + "）不能晚于当前时间 / field '" + field
          + "' lies in the future");
    }
  }

  private static boolean isEngineer(DelegateTask task, String userId) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    // the team lead need not be allowed to read group memberships to dispatch someone
    return Context.getCommandContext().runWithoutAuthorization(() -> OnsiteSupportProcess.ENGINEER_GROUPS.stream()
        .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
  }
}
