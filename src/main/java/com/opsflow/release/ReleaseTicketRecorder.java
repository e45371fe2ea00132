package com.opsflow.release;

import static com.opsflow.release.ReleaseProcess.Var;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketEventRecorder;
import com.opsflow.ticket.TicketService;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The release events of "record on ticket": registering the release (ticket, register row, links to the
 * problems it resolves), withdrawal, rejection, rollback, deployment and closing.
 */
@Component
class ReleaseTicketRecorder implements TicketEventRecorder {

  private static final Set<TicketEvent> EVENTS = EnumSet.of(TicketEvent.RELEASE_REGISTERED, TicketEvent.RELEASE_WITHDRAWN,
      TicketEvent.RELEASE_REJECTED, TicketEvent.RELEASE_NOT_PUBLISHED, TicketEvent.RELEASE_ROLLED_BACK, TicketEvent.RELEASE_DEPLOYED,
      TicketEvent.RELEASE_CLOSED);
  /** Event on a problem's ticket when a release that resolves it is registered. */
  static final String PROBLEM_LINKED = "release-linked";

  private final TicketService tickets;
  private final ReleaseRegister register;

  ReleaseTicketRecorder(TicketService tickets, ReleaseRegister register) {
    this.tickets = tickets;
    this.register = register;
  }

  @Override
  public boolean records(TicketEvent event) {
    return EVENTS.contains(event);
  }

  @Override
  public void record(TicketEvent event, DelegateExecution execution, String actor) {
    String number = execution.getProcessBusinessKey();
    switch (event) {
      case RELEASE_REGISTERED -> {
        tickets.register(new NewTicket(number, ReleaseProcess.TICKET_TYPE, execution.getProcessInstanceId(),
            text(execution, Var.SYSTEM), null, actor, null, text(execution, Var.SUMMARY), text(execution, Var.DESCRIPTION),
            null, null, false, actor));
        register.register(number, text(execution, Var.SYSTEM), text(execution, Var.KIND), text(execution, Var.VERSION),
            text(execution, Var.AFFECTED_OFFICES), actor);
        String problems = text(execution, Var.PROBLEM_NUMBERS);
        for (String problem : problems == null ? new String[0] : problems.split(",")) {
          if (!problem.isBlank()) {
            register.link(number, problem, actor);
            tickets.event(problem, PROBLEM_LINKED, actor, "发布单 " + number + "（" + text(execution, Var.VERSION)
                + "）将解决本问题");
          }
        }
        tickets.event(number, event.code(), actor, Releases.KIND_NAMES.get(text(execution, Var.KIND)) + " "
            + text(execution, Var.VERSION) + (problems == null || problems.isBlank() ? "" : "，解决问题单 " + problems));
      }
      case RELEASE_WITHDRAWN -> {
        register.status(number, ReleaseProcess.WITHDRAWN);
        register.closed(number);
        tickets.recordClosure(number, false, "审核后不予升级：" + text(execution, Var.REVIEW_NOTE), actor);
      }
      case RELEASE_REJECTED -> {
        register.status(number, ReleaseProcess.REJECTED);
        register.closed(number);
        tickets.recordClosure(number, false, "升级方案未获批准：" + text(execution, ApprovalProcess.Out.REASON), actor);
      }
      case RELEASE_NOT_PUBLISHED -> {
        register.status(number, ReleaseProcess.NOT_PUBLISHED);
        register.closed(number);
        tickets.recordClosure(number, false, "信息技术部门不予发布：" + text(execution, Var.PUBLISH_NOTE), actor);
      }
      case RELEASE_ROLLED_BACK -> {
        register.rolledBack(number);
        tickets.event(number, event.code(), actor, text(execution, Var.ROLLBACK_NOTE));
      }
      case RELEASE_DEPLOYED -> {
        register.released(number, actor);
        tickets.recordResolution(number, "已升级生产并检验通过：" + text(execution, Var.VERIFY_NOTE), actor);
      }
      case RELEASE_CLOSED -> {
        register.closed(number);
        String status = register.find(number).map(ReleaseRegister.Release::status).orElse(ReleaseProcess.OPEN);
        tickets.recordClosure(number, false, ReleaseProcess.ROLLED_BACK.equals(status) ? "升级失败已回退，补丁升级报告已出具"
            : "升级完成，补丁升级报告已出具", actor);
      }
      default -> throw new IllegalArgumentException("Not a release event: " + event.code());
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
