package com.opsflow.release;

import com.opsflow.engine.CurrentUser;
import com.opsflow.mail.NotificationProcess;
import com.opsflow.problem.ProblemProcess;
import com.opsflow.security.OpsFlowGroups;
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
 * recorded on the problem's ticket ({@link ReleaseService#problemsToTell}), noted as a comment on the problem's open
 * tasks, and mailed to second line (the problems' owner group) under the problem's number. The result is kept per
 * link.
 */
@Component("notifyReleaseProblems")
class NotifyReleaseProblemsDelegate implements JavaDelegate {

  static final String TOLD_OPEN = "told-open";
  static final String TOLD_ENDED = "told-ended";
  static final String MAIL_TEMPLATE = "release-problem-fixed";
  static final String OWNER_GROUP = OpsFlowGroups.SECOND_LINE;

  private final ReleaseService service;

  NotifyReleaseProblemsDelegate(ReleaseService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    ProcessEngineServices engine = execution.getProcessEngineServices();
    for (ReleaseService.ProblemNotice notice : service.problemsToTell(number, CurrentUser.of(execution))) {
      // whoever verified the release need not be allowed to touch the problem: told with nobody authenticated
      // (public API; the engine checks no authorizations then), so the comments carry no author
      String result = CurrentUser.withoutAuthentication(engine.getIdentityService(), () -> tell(engine, notice));
      service.problemTold(number, notice.problemNumber(), result);
    }
  }

  /** The comment on each open task of the problem and the mail to its owner group; whether it was still open. */
  private static String tell(ProcessEngineServices engine, ReleaseService.ProblemNotice notice) {
    List<ProcessInstance> running = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProblemProcess.KEY).processInstanceBusinessKey(notice.problemNumber()).active().list();
    for (ProcessInstance instance : running) {
      for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
        engine.getTaskService().createComment(task.getId(), instance.getId(), notice.text());
      }
    }
    engine.getRuntimeService().createProcessInstanceByKey(NotificationProcess.KEY)
        .businessKey(notice.problemNumber())
        .setVariable(NotificationProcess.TEMPLATE, MAIL_TEMPLATE)
        .setVariable(NotificationProcess.RECIPIENTS, OWNER_GROUP)
        .setVariable(NotificationProcess.TICKET_NUMBER, notice.problemNumber())
        .setVariable(NotificationProcess.ATTACH_DOCUMENT, "")
        .setVariable(NotificationProcess.NOTE, notice.text())
        .execute();
    return running.isEmpty() ? TOLD_ENDED : TOLD_OPEN;
  }
}
