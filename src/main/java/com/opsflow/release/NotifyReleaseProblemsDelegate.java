package com.opsflow.release;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.mail.NotificationProcess;
import com.opsflow.problem.Problem;
import com.opsflow.problem.ProblemProcess;
import com.opsflow.problem.ProblemService;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "通知关联问题": tells every problem the release resolves that it is in production. The problem process
 * has no event for a release (its second line verifies the fix in 问题跟踪 / 验证修复), so the release is
 * recorded on the problem's ticket, noted as a comment on the problem's open tasks, and mailed to second
 * line (the problems' owner group) under the problem's number. The result is kept per link.
 */
@Component("notifyReleaseProblems")
class NotifyReleaseProblemsDelegate implements JavaDelegate {

  /** Event on the problem's ticket. */
  static final String PROBLEM_EVENT = "release-deployed";
  static final String TOLD_OPEN = "told-open";
  static final String TOLD_ENDED = "told-ended";
  static final String MAIL_TEMPLATE = "release-problem-fixed";
  static final String OWNER_GROUP = OpsFlowGroups.SECOND_LINE;

  private final ReleaseRegister register;
  private final ProblemService problems;
  private final TicketService tickets;
  private final TicketTime time;

  NotifyReleaseProblemsDelegate(ReleaseRegister register, ProblemService problems, TicketService tickets,
      TicketTime time) {
    this.register = register;
    this.problems = problems;
    this.tickets = tickets;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    ReleaseRegister.Release release = register.find(number).orElseThrow(() -> new IllegalStateException("No release " + number));
    String auth = CurrentUser.of(execution);
    String actor = auth;
    ProcessEngineServices engine = execution.getProcessEngineServices();
    for (ReleaseRegister.LinkedProblem link : register.problems(number)) {
      if (link.notifiedAt() != null) {
        continue;
      }
      Problem problem = problems.find(link.problemNumber()).orElseThrow();
      String text = "发布单 " + number + "（" + Releases.KIND_NAMES.get(release.kind()) + " " + release.version()
          + "）已于 " + Releases.SHOWN.format(time.localNow()) + " 升级生产并检验通过，请验证问题 " + problem.problemNumber() + "（" + problem.summary() + "）是否已修复";
      tickets.event(problem.problemNumber(), PROBLEM_EVENT, actor, text);
      // Engine-internal work: whoever verified the release need not be allowed to touch the problem.
      String result = WithoutAuthorization.inCurrentCommand(() -> {
        List<ProcessInstance> running = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ProblemProcess.KEY).processInstanceBusinessKey(problem.problemNumber()).active().list();
        for (ProcessInstance instance : running) {
          for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
            engine.getTaskService().createComment(task.getId(), instance.getId(), text);
          }
        }
        engine.getRuntimeService().createProcessInstanceByKey(NotificationProcess.KEY)
            .businessKey(problem.problemNumber())
            .setVariable(NotificationProcess.TEMPLATE, MAIL_TEMPLATE)
            .setVariable(NotificationProcess.RECIPIENTS, OWNER_GROUP)
            .setVariable(NotificationProcess.TICKET_NUMBER, problem.problemNumber())
            .setVariable(NotificationProcess.ATTACH_DOCUMENT, "")
            .setVariable(NotificationProcess.NOTE, text)
            .execute();
        return running.isEmpty() ? TOLD_ENDED : TOLD_OPEN;
      });
      register.problemNotified(number, problem.problemNumber(), result);
    }
  }
}
