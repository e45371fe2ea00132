package com.opsflow.onsite;

import com.opsflow.engine.CurrentUser;

import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.onsite.OnsiteSupportProcess.Typed;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 生成现场服务确认单: renders the slip, stores it with the confirmation, and keeps it as the file
 * variable {@code confirmationSlip} so Cockpit and Tasklist users can download it too.
 */
@Component("onsiteConfirmationSlip")
class ConfirmationSlipDelegate implements JavaDelegate {

  private final OnsiteService onsite;

  ConfirmationSlipDelegate(OnsiteService onsite) {
    this.onsite = onsite;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StoredSlip slip = onsite.storeConfirmation(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        execution.getVariables(), engineerName(execution), CurrentUser.of(execution));
    execution.setVariable(Var.CONFIRMATION_SLIP, Variables.fileValue(slip.fileName())
        .file(slip.content()).mimeType(ConfirmationSlip.CONTENT_TYPE).encoding(StandardCharsets.UTF_8).create());
  }

  /** "First Last" of the dispatched engineer; the user id when OpsFlow knows no name. */
  private static String engineerName(DelegateExecution execution) {
    String engineer = Typed.ENGINEER.get(execution);
    User user = WithoutAuthorization.inCurrentCommand(() -> execution.getProcessEngineServices()
        .getIdentityService().createUserQuery().userId(engineer).singleResult());
    if (user == null) {
      return engineer;
    }
    String name = ((user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? ""
        : user.getFirstName())).trim();
    return name.isEmpty() ? engineer : name;
  }
}
