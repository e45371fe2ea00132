package com.opsflow.incident;

import static com.opsflow.incident.IncidentDelayProcess.Var;

import com.opsflow.intake.Fields;
import com.opsflow.intake.StartValidator;
import com.opsflow.ticket.TicketTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The form 登记延期 (incident-delay-start): ticket, reason, who consented and when, the agreed time. */
@Component
class IncidentDelayStartValidator implements StartValidator {

  private final TicketTime time;

  IncidentDelayStartValidator(TicketTime time) {
    this.time = time;
  }

  @Override
  public String processKey() {
    return IncidentDelayProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.TICKET_NUMBER, Fields.requiredText(v, Var.TICKET_NUMBER, "事件单号", 32));
    clean.put(Var.REASON, Fields.requiredLines(v, Var.REASON, "延期理由", 2000));
    clean.put(Var.CONSENTED_BY, Fields.requiredText(v, Var.CONSENTED_BY, "同意延期的用户", 200));
    Object consentedAt = v.get(Var.CONSENTED_AT);
    if (consentedAt != null && !consentedAt.toString().isBlank()) {
      Fields.requiredDateTime(consentedAt, Var.CONSENTED_AT, "用户同意时间", time.zone());
      clean.put(Var.CONSENTED_AT, consentedAt);
    }
    Fields.requiredDateTime(v.get(Var.AGREED_RESOLVE_AT), Var.AGREED_RESOLVE_AT, "约定解决时间", time.zone());
    clean.put(Var.AGREED_RESOLVE_AT, v.get(Var.AGREED_RESOLVE_AT));
    return clean;
  }
}
