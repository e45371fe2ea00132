package com.opsflow.onsite;

import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The start variables of on-site support. Either {@code ticketNumber} names an existing, open ticket
 * (system, summary and reporter then come from it unless given), or the request describes itself.
 */
@Component
class OnsiteStartValidator implements StartValidator {

  private final TicketService tickets;

  OnsiteStartValidator(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public String processKey() {
    return OnsiteSupportProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    Optional<Ticket> existing = existingTicket(Fields.optionalText(v, Var.TICKET_NUMBER, "已有工单号", 32));
    clean.put(Var.REQUEST_TYPE, Fields.oneOf(v, Var.REQUEST_TYPE, "需求类型",
        new LinkedHashSet<>(OnsiteSupportProcess.REQUEST_TYPE_ORDER)));
    clean.put(Var.SITE, Fields.requiredText(v, Var.SITE, "现场地点", 200));
    clean.put(Var.REPORTER_EMAIL, Objects.requireNonNullElse(Fields.optionalEmail(v, Var.REPORTER_EMAIL, "联系人邮箱"), ""));
    clean.put(Var.DESCRIPTION, Objects.requireNonNullElse(Fields.optionalLines(v, Var.DESCRIPTION, "详细描述", 4000), ""));
    clean.put(Var.CHANNEL, "onsite");
    clean.put(Var.IMPORTANT_PERIOD, Fields.optionalBoolean(v, Var.IMPORTANT_PERIOD, "重要时期"));
    if (existing.isPresent()) {
      Ticket t = existing.get();
      clean.put(Var.TICKET_NUMBER, t.ticketNumber());
      clean.put(Var.SYSTEM, blank(v, Var.SYSTEM) ? t.system() : system(v));
      clean.put(Var.SUMMARY, blank(v, Var.SUMMARY) ? t.summary() : Fields.requiredText(v, Var.SUMMARY, "问题或需求摘要", 200));
      clean.put(Var.REPORTER, blank(v, Var.REPORTER) ? Objects.requireNonNullElse(t.reporter(), "")
          : Fields.requiredText(v, Var.REPORTER, "联系人", 100));
      if (blank(v, Var.DESCRIPTION) && t.description() != null) {
        clean.put(Var.DESCRIPTION, t.description());
      }
    } else {
      clean.put(Var.SYSTEM, system(v));
      clean.put(Var.SUMMARY, Fields.requiredText(v, Var.SUMMARY, "问题或需求摘要", 200));
      clean.put(Var.REPORTER, Fields.requiredText(v, Var.REPORTER, "联系人", 100));
    }
    return clean;
  }

  /** The ticket an instance is started for: it must exist and still be open. */
  Optional<Ticket> existingTicket(String number) {
    if (number == null) {
      return Optional.empty();
    }
    if (!TicketNumbers.FORMAT.matcher(number).matches()) {
      throw new InvalidInputException(Var.TICKET_NUMBER, "字段 ticketNumber（已有工单号）格式应为 PREFIX-yyyyMMdd-NNNN，"
          + "例如 INC-20261123-0001 / field 'ticketNumber' must look like INC-20261123-0001");
    }
    Ticket ticket = tickets.find(number).orElseThrow(() -> new InvalidInputException(Var.TICKET_NUMBER,
        "字段 ticketNumber（已有工单号）：工单 " + number + " 不存在 / field 'ticketNumber': no ticket " + number));
    if (TicketStatus.CLOSED.code().equals(ticket.status())) {
      throw new InvalidInputException(Var.TICKET_NUMBER, "字段 ticketNumber（已有工单号）：工单 " + number
          + " 已关闭 / field 'ticketNumber': ticket " + number + " is closed");
    }
    return Optional.of(ticket);
  }

  private static String system(Map<String, Object> v) {
    return Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS));
  }

  private static boolean blank(Map<String, Object> v, String field) {
    return v.get(field) == null || v.get(field).toString().isBlank();
  }
}
