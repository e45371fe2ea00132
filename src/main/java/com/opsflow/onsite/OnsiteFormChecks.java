package com.opsflow.onsite;

import com.opsflow.engine.CurrentUser;
import static com.opsflow.onsite.OnsiteSupportProcess.Element;
import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.engine.FormFieldError;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Completion checks of on-site tasks that a Camunda Form cannot state: the dispatched engineer belongs
 * to service-desk or second-line, entered times are date-times and arrival/confirmation lie in the past.
 * The REST filter applies them as {@link TaskCompletionValidator}s (400 naming the field); the model
 * repeats them as complete task listeners ({@code ${onsiteDispatchCheck}}, {@code ${onsiteArrivalCheck}},
 * {@code ${onsiteConfirmationCheck}}) for every other way in, where the task stays open and the message
 * names the field.
 */
@Configuration
class OnsiteFormChecks {

  /** Entered times may run a little ahead of the server clock. */
  private static final long CLOCK_SLACK_MINUTES = 10;

  private final TicketTime time;
  private final IdentityService identity;

  OnsiteFormChecks(TicketTime time, IdentityService identity) {
    this.time = time;
    this.identity = identity;
  }

  @Bean
  TaskCompletionValidator onsiteDispatchCompletion() {
    return completion(Element.EVALUATE_DISPATCH, this::dispatch);
  }

  @Bean
  TaskCompletionValidator onsiteArrivalCompletion() {
    return completion(Element.RECORD_ARRIVAL, this::arrival);
  }

  @Bean
  TaskCompletionValidator onsiteConfirmationCompletion() {
    return completion(Element.SIGN_CONFIRMATION, this::confirmation);
  }

  @Bean("onsiteDispatchCheck")
  TaskListener dispatchCheck() {
    return task -> {
      listener(task, this::dispatch);
      task.setVariable(Var.ENGINEER, task.getVariable(Var.ENGINEER).toString().trim());
    };
  }

  @Bean("onsiteArrivalCheck")
  TaskListener arrivalCheck() {
    return task -> listener(task, this::arrival);
  }

  @Bean("onsiteConfirmationCheck")
  TaskListener confirmationCheck() {
    return task -> listener(task, this::confirmation);
  }

  /** 评估并派工: the engineer is a user of service-desk or second-line; the planned arrival a date-time. */
  void dispatch(Map<String, Object> v) {
    Object engineer = v.get(Var.ENGINEER);
    if (engineer == null || engineer.toString().isBlank() || !isEngineer(engineer.toString().trim())) {
      throw new InvalidInputException(Var.ENGINEER, "字段 engineer（派工工程师）：'" + engineer
          + "' 不是驻场支持岗或二线技术支持组的用户 / field 'engineer' must be a user of service-desk or second-line");
    }
    dateTime(v, Var.PLANNED_ARRIVAL, "计划到达现场时间", false);
  }

  /** 到达现场: the arrival has happened. */
  void arrival(Map<String, Object> v) {
    dateTime(v, Var.ARRIVED_AT, "实际到达现场时间", true);
  }

  /** 用户签署确认单: finish and confirmation have happened. */
  void confirmation(Map<String, Object> v) {
    dateTime(v, Var.FINISHED_AT, "处理完成时间", true);
    dateTime(v, Var.CONFIRMED_AT, "用户签字确认时间", true);
  }

  private void dateTime(Map<String, Object> v, String field, String label, boolean past) {
    Instant value = OnsiteTimes.parse(v.get(field), field, label, time.zone());
    if (past && value.isAfter(time.now().plus(CLOCK_SLACK_MINUTES, ChronoUnit.MINUTES))) {
      throw new InvalidInputException(field, "字段 " + field + "（" + label + "）不能晚于当前时间 / field '" + field
          + "' lies in the future");
    }
  }

  private boolean isEngineer(String userId) {
    // whoever dispatches need not be allowed to read group memberships
    boolean inCommand = WithoutAuthorization.insideCommand();
    Callable<Boolean> query = () -> OnsiteSupportProcess.ENGINEER_GROUPS.stream()
        .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
    try {
      // outside the engine (the REST filter) the caller's authentication would restrict the user query
      return inCommand ? WithoutAuthorization.inCurrentCommand(query)
          : CurrentUser.withoutAuthentication(identity, () -> {
            try {
              return query.call();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void listener(DelegateTask task, Consumer<Map<String, Object>> check) {
    try {
      check.accept(task.getVariables());
    } catch (InvalidInputException e) {
      throw FormFieldError.of(e.field(), e.getMessage());
    }
  }

  private static TaskCompletionValidator completion(String taskDefinitionKey, Consumer<Map<String, Object>> check) {
    return new TaskCompletionValidator() {
      @Override
      public String processKey() {
        return OnsiteSupportProcess.KEY;
      }

      @Override
      public String taskDefinitionKey() {
        return taskDefinitionKey;
      }

      @Override
      public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
        Map<String, Object> variables = new java.util.HashMap<>(current);
        variables.putAll(submitted);
        check.accept(variables);
      }
    };
  }
}
