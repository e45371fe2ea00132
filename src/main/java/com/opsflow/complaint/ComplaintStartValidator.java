package com.opsflow.complaint;

import com.opsflow.complaint.ComplaintProcess.Var;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * The start variables of a complaint (form complaint-start): who complains, by which channel, about which
 * system; optionally the engineer complained about (an existing user) and a related ticket (must exist).
 */
@Component
class ComplaintStartValidator implements StartValidator {

  private final IdentityService identityService;
  private final ProcessEngineConfiguration configuration;
  private final TicketService tickets;

  ComplaintStartValidator(IdentityService identityService, ProcessEngineConfiguration configuration,
      TicketService tickets) {
    this.identityService = identityService;
    this.configuration = configuration;
    this.tickets = tickets;
  }

  @Override
  public String processKey() {
    return ComplaintProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.REPORTER, Fields.requiredText(v, Var.REPORTER, "投诉人", 100));
    clean.put(Var.REPORTER_EMAIL, Fields.optionalEmail(v, Var.REPORTER_EMAIL, "投诉人邮箱"));
    clean.put(Var.CHANNEL, Fields.oneOf(v, Var.CHANNEL, "投诉渠道", new LinkedHashSet<>(IncidentProcess.CHANNELS)));
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS)));
    clean.put(Var.SUMMARY, Fields.requiredText(v, Var.SUMMARY, "投诉摘要", 200));
    clean.put(Var.DESCRIPTION, Fields.requiredLines(v, Var.DESCRIPTION, "投诉内容", 4000));
    clean.put(Var.ENGINEER, engineer(v));
    String related = Fields.optionalText(v, Var.RELATED_TICKET, "相关工单号", 32);
    if (related != null && tickets.find(related).isEmpty()) {
      throw new InvalidInputException(Var.RELATED_TICKET, "字段 relatedTicket（相关工单号）：工单 " + related + " 不存在"
          + " / field 'relatedTicket': no ticket " + related);
    }
    clean.put(Var.RELATED_TICKET, related);
    clean.put(Var.CALLBACK_NOTE, "");
    return clean;
  }

  String engineer(Map<String, Object> v) {
    String engineer = Fields.optionalText(v, Var.ENGINEER, "被投诉的驻场工程师", 64);
    if (engineer != null && !userExists(engineer)) {
      throw new InvalidInputException(Var.ENGINEER, "字段 engineer（被投诉的驻场工程师）：用户 " + engineer + " 不存在"
          + " / field 'engineer': no user " + engineer);
    }
    return engineer;
  }

  boolean userExists(String userId) {
    return unchecked(() -> identityService.createUserQuery().userId(userId).count()) > 0;
  }

  /** User look-ups regardless of the caller's rights: the desk names an engineer it may not list. */
  private <T> T unchecked(Callable<T> query) {
    return WithoutAuthorization.inNewCommand(configuration, query);
  }
}
