package com.opsflow.support;

import com.opsflow.mail.NotificationProcess;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The {@code notification} instances a ticket started, and their delivery as the job executor would run it (mails
 * wait behind an asynchronous boundary so a failing mail server never rolls back the step that asked for them).
 */
public final class Notifications {

  private final ProcessEngine engine;

  public Notifications(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The waiting notifications of the ticket (its number is their business key). */
  public List<ProcessInstance> of(String ticketNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .processInstanceBusinessKey(ticketNumber).list();
  }

  /** The ticket's waiting notification with mail template {@code template}; fails when there is none. */
  public ProcessInstance of(String ticketNumber, String template) {
    return of(ticketNumber).stream()
        .filter(p -> template.equals(engine.getRuntimeService().getVariable(p.getId(), NotificationProcess.TEMPLATE)))
        .findFirst().orElseThrow(() -> new AssertionError("no notification '" + template + "' for " + ticketNumber));
  }

  /** Delivers the ticket's only waiting notification. */
  public void deliver(String ticketNumber) {
    List<ProcessInstance> waiting = of(ticketNumber);
    if (waiting.size() != 1) {
      throw new AssertionError("expected one notification for " + ticketNumber + ", found " + waiting.size());
    }
    deliver(waiting.get(0));
  }

  public void deliver(String ticketNumber, String template) {
    deliver(of(ticketNumber, template));
  }

  /** Runs the notification's asynchronous step: the mail goes out now. */
  public void deliver(ProcessInstance notification) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(notification.getId()).singleResult().getId());
  }
}
