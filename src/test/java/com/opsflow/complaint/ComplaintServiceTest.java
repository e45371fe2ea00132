package com.opsflow.complaint;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.opsflow.complaint.ComplaintService.Investigation;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketService;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The complaint's register rows and ticket history without an engine. */
class ComplaintServiceTest {

  static final String NUMBER = "CMP-20260601-0001";

  final TicketService tickets = mock(TicketService.class);
  final ComplaintRegister register = mock(ComplaintRegister.class);
  final ComplaintService service = new ComplaintService(tickets, register);

  @Test
  void shouldAnswerTheTicketAndNameTheCategoryInChineseWhenAccepted() {
    service.accepted(NUMBER, "attitude", "已电话联系用户", "demo-service-desk");

    verify(register).accepted(NUMBER, "attitude");
    verify(tickets).recordResponse(NUMBER, "demo-service-desk", OpsFlowGroups.SERVICE_DESK);
    verify(tickets).event(NUMBER, TicketEvent.COMPLAINT_ACCEPTED, "demo-service-desk",
        "投诉类型：服务态度；受理记录：已电话联系用户");
  }

  @Test
  void shouldKeepNoEvaluationItemWhenTheRatingCountsNothing() {
    service.investigated(NUMBER, new Investigation("other", null, false, "用户误解", ComplaintProcess.NO_ITEM,
        "demo-team-lead"));

    verify(register).investigated(NUMBER, "other", null, false, "用户误解", null, "demo-team-lead");
    verify(tickets).event(NUMBER, TicketEvent.COMPLAINT_INVESTIGATED, "demo-team-lead",
        "不属实；被投诉人：—；计入考核：否；调查情况：用户误解");
  }

  @Test
  void shouldCountASubstantiatedComplaintAgainstTheEngineerUnderTheDecidedItem() {
    service.investigated(NUMBER, new Investigation("attitude", "demo-engineer", true, "态度生硬", "complaint",
        "demo-team-lead"));

    verify(register).investigated(NUMBER, "attitude", "demo-engineer", true, "态度生硬", "complaint", "demo-team-lead");
    verify(tickets).event(NUMBER, TicketEvent.COMPLAINT_INVESTIGATED, "demo-team-lead",
        "属实；被投诉人：demo-engineer；计入考核：complaint；调查情况：态度生硬");
  }

  @Test
  void shouldReopenTheTicketWhenTheUserIsNotSatisfied() {
    service.reopened(NUMBER, "仍不满意", "demo-service-desk");

    verify(register).calledBack(NUMBER, ComplaintProcess.UNSATISFIED);
    verify(tickets).recordReopen(NUMBER, "demo-service-desk", "回访用户不满意：仍不满意");
    verify(register, never()).closed(any());
  }

  @Test
  void shouldResolveThenCloseTheTicketWhenTheUserIsSatisfied() {
    service.closed(NUMBER, "已道歉并培训", "满意", "demo-service-desk");

    InOrder order = inOrder(register, tickets);
    order.verify(register).calledBack(NUMBER, ComplaintProcess.SATISFIED);
    order.verify(register).closed(NUMBER);
    order.verify(tickets).recordResolution(NUMBER, "已道歉并培训", "demo-service-desk");
    order.verify(tickets).recordClosure(NUMBER, false, "回访用户满意：满意", "demo-service-desk");
  }
}
