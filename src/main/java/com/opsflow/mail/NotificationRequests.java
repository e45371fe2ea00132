package com.opsflow.mail;

import com.opsflow.engine.WithoutAuthorization;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Asks for a mail from outside a process (a register's rule that fires on an import, say): like the "send notification"
 * step, a notification instance of its own sends it asynchronously with retries, in the caller's transaction — the
 * request is kept or dropped with the caller's own writes. {@code key} is the notification's business key: a ticket
 * number, or a number of the same shape ({@code PREFIX-yyyyMMdd-NNNN}) that fills only ${ticketNumber} and ${note}.
 */
@Service
public class NotificationRequests {

  private final RuntimeService runtime;
  private final ProcessEngineConfiguration configuration;

  NotificationRequests(RuntimeService runtime, ProcessEngineConfiguration configuration) {
    this.runtime = runtime;
    this.configuration = configuration;
  }

  public void request(String template, String recipients, String key, String note) {
    // OpsFlow's own work: whoever caused the mail needs no right to start notifications
    WithoutAuthorization.inNewCommand(configuration, () ->
        runtime.createProcessInstanceByKey(NotificationProcess.KEY)
            .businessKey(key)
            .setVariables(NotificationService.variables(template, recipients, key, "", note))
            .execute());
  }
}
