package com.opsflow.datamaintenance;

import com.opsflow.datamaintenance.DataMaintenanceProcess.Var;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The start variables of a data-maintenance request (form data-maintenance-start). Started from an incident
 * ({@code incidentNumber}), system, summary, description and reporter default to the incident's.
 */
@Component
class DataMaintenanceStartValidator implements StartValidator {

  private final TicketService tickets;

  DataMaintenanceStartValidator(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public String processKey() {
    return DataMaintenanceProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    Optional<Ticket> incident = incident(Fields.optionalText(v, Var.INCIDENT_NUMBER, "关联事件单号", 32));
    clean.put(Var.INCIDENT_NUMBER, incident.map(Ticket::ticketNumber).orElse(""));
    clean.put(Var.CHANNEL, blank(v, Var.CHANNEL) ? "ticket"
        : Fields.oneOf(v, Var.CHANNEL, "来源渠道", new LinkedHashSet<>(IncidentProcess.CHANNELS)));
    clean.put(Var.REPORTER_EMAIL, Objects.requireNonNullElse(Fields.optionalEmail(v, Var.REPORTER_EMAIL, "用户邮箱"), ""));
    Ticket from = incident.orElse(null);
    clean.put(Var.SYSTEM, from != null && blank(v, Var.SYSTEM) ? from.system()
        : Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS)));
    clean.put(Var.REPORTER, from != null && blank(v, Var.REPORTER) && from.reporter() != null ? from.reporter()
        : Fields.requiredText(v, Var.REPORTER, "用户（报告人）", 100));
    clean.put(Var.SUMMARY, from != null && blank(v, Var.SUMMARY) ? from.summary()
        : Fields.requiredText(v, Var.SUMMARY, "数据维护摘要", 200));
    clean.put(Var.DESCRIPTION, from != null && blank(v, Var.DESCRIPTION) && from.description() != null
        ? from.description() : Fields.requiredLines(v, Var.DESCRIPTION, "需维护的数据和原因", 4000));
    if (from != null && blank(v, Var.REPORTER_EMAIL) && from.reporterEmail() != null) {
      clean.put(Var.REPORTER_EMAIL, from.reporterEmail());
    }
    return clean;
  }

  /** The incident a request comes from: it must exist and be an incident ticket. */
  private Optional<Ticket> incident(String number) {
    if (number == null) {
      return Optional.empty();
    }
    if (!TicketNumbers.FORMAT.matcher(number).matches() || !number.startsWith("INC-")) {
      throw new InvalidInputException(Var.INCIDENT_NUMBER, "字段 incidentNumber（关联事件单号）格式应为 INC-yyyyMMdd-NNNN，"
          + "收到 '" + number + "' / field 'incidentNumber' must look like INC-20261123-0001");
    }
    return Optional.of(tickets.find(number).orElseThrow(() -> new InvalidInputException(Var.INCIDENT_NUMBER,
        "字段 incidentNumber（关联事件单号）：事件单 " + number + " 不存在 / field 'incidentNumber': no incident " + number)));
  }

  private static boolean blank(Map<String, Object> v, String field) {
    return v.get(field) == null || v.get(field).toString().isBlank();
  }
}
