package com.opsflow.complaint;

import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The complaint's steps on the CMP ticket and the complaint register, on plain values: acceptance is the ticket's
 * response, the investigation is kept with its evaluation item, the satisfied callback resolves and closes the ticket.
 */
@Service
class ComplaintService {

  private final TicketService tickets;
  private final ComplaintRegister register;

  ComplaintService(TicketService tickets, ComplaintRegister register) {
    this.tickets = tickets;
    this.register = register;
  }

  /** What the investigator found; {@code item} is the rating decision's evaluation item ({@code none}: not counted). */
  record Investigation(String category, String engineer, boolean substantiated, String findings, String item,
      String investigator) {
  }

  void accepted(String number, String category, String acceptanceNote, String actor) {
    register.accepted(number, category);
    tickets.recordResponse(number, actor, OpsFlowGroups.SERVICE_DESK);
    tickets.event(number, TicketEvent.COMPLAINT_ACCEPTED, actor, "投诉类型："
        + Complaints.CATEGORY_NAMES.getOrDefault(category, category) + "；受理记录：" + acceptanceNote);
  }

  void investigated(String number, Investigation i) {
    boolean counted = !ComplaintProcess.NO_ITEM.equals(i.item());
    register.investigated(number, i.category(), i.engineer(), i.substantiated(), i.findings(),
        counted ? i.item() : null, i.investigator());
    tickets.event(number, TicketEvent.COMPLAINT_INVESTIGATED, i.investigator(), (i.substantiated() ? "属实" : "不属实")
        + "；被投诉人：" + Objects.requireNonNullElse(i.engineer(), "—") + "；计入考核：" + (counted ? i.item() : "否")
        + "；调查情况：" + i.findings());
  }

  void handled(String number, String handling, String actor) {
    register.handled(number, handling);
    tickets.event(number, TicketEvent.COMPLAINT_HANDLED, actor, handling);
  }

  /** The user was not satisfied at the callback: the ticket reopens. */
  void reopened(String number, String callbackNote, String actor) {
    register.calledBack(number, ComplaintProcess.UNSATISFIED);
    tickets.recordReopen(number, actor, "回访用户不满意：" + callbackNote);
  }

  /** The user was satisfied at the callback: the complaint and its ticket close. */
  void closed(String number, String handling, String callbackNote, String actor) {
    register.calledBack(number, ComplaintProcess.SATISFIED);
    register.closed(number);
    tickets.recordResolution(number, handling, actor);
    tickets.recordClosure(number, false, "回访用户满意：" + callbackNote, actor);
  }
}
