package com.opsflow.major;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.Ticket;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/** Second line declaring a major incident from Tasklist names a running incident and a reason. */
@Component
class MajorIncidentStartValidator implements StartValidator {

  private final MajorIncidentDeclaration declaration;

  MajorIncidentStartValidator(MajorIncidentDeclaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public String processKey() {
    return MajorIncidentProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    String ticketNumber = Fields.requiredText(v, "ticketNumber", "事件单号", 32);
    if (!TicketNumbers.FORMAT.matcher(ticketNumber).matches()) {
      throw new InvalidInputException("ticketNumber", "字段 ticketNumber（事件单号）格式应为 INC-yyyyMMdd-NNNN / field"
          + " 'ticketNumber' must look like INC-yyyyMMdd-NNNN");
    }
    String reason = Fields.requiredLines(v, MajorIncidentProcess.Var.DECLARED_REASON, "宣布原因", 2000);
    Ticket ticket;
    try {
      ticket = declaration.declarable(ticketNumber);
    } catch (NoSuchElementException e) {
      throw new InvalidInputException("ticketNumber", "字段 ticketNumber：没有工单 " + ticketNumber + " / field"
          + " 'ticketNumber': no ticket " + ticketNumber);
    }
    Object faultOccurredAt = v.get(MajorIncidentProcess.Var.FAULT_OCCURRED_AT);
    declaration.faultOccurredAt(ticket, faultOccurredAt);
    Map<String, Object> valid = new HashMap<>(Map.of("ticketNumber", ticketNumber,
        MajorIncidentProcess.Var.DECLARED_REASON, reason));
    if (faultOccurredAt != null && !faultOccurredAt.toString().isBlank()) {
      valid.put(MajorIncidentProcess.Var.FAULT_OCCURRED_AT, faultOccurredAt);
    }
    return valid;
  }
}
