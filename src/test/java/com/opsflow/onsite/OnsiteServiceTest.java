package com.opsflow.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.document.TicketDocuments;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.onsite.OnsiteService.Confirmation;
import com.opsflow.onsite.OnsiteService.Intake;
import com.opsflow.onsite.OnsiteSupportProcess.Var;
import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** On-site support without an engine: which ticket a request belongs to, and what its own ticket goes through. */
class OnsiteServiceTest {

  final TicketService tickets = mock(TicketService.class);
  final TicketTime time = mock(TicketTime.class);
  final OnsiteStartValidator validator = mock(OnsiteStartValidator.class);
  final TicketNumbers numbers = mock(TicketNumbers.class);
  final OnsiteService onsite = new OnsiteService(mock(JdbcTemplate.class), tickets, mock(TicketDocuments.class), time,
      mock(BusinessCalendarService.class), validator, numbers);

  OnsiteServiceTest() {
    when(validator.validate(any())).thenAnswer(i -> new HashMap<>(i.<Map<String, Object>>getArgument(0)));
    when(numbers.next(OnsiteSupportProcess.TICKET_PREFIX)).thenReturn("ONS-20260601-0001");
    when(time.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void shouldGiveANewRequestAnOnsNumber() {
    Intake intake = onsite.intake(null, Map.of(Var.SITE, "三楼机房"));

    assertThat(intake.ticketNumber()).isEqualTo("ONS-20260601-0001");
    assertThat(intake.existingTicket()).isFalse();
    assertThat(intake.variables()).containsEntry(Var.TICKET_NUMBER, "ONS-20260601-0001")
        .containsEntry(Var.EXISTING_TICKET, false).containsEntry(Var.SITE, "三楼机房");
  }

  @Test
  void shouldKeepTheNumberOfTheTicketACallActivityStartsFrom() {
    Intake intake = onsite.intake("INC-20260601-0007", Map.of(Var.SITE, "三楼机房"));

    assertThat(intake.ticketNumber()).isEqualTo("INC-20260601-0007");
    assertThat(intake.variables()).containsEntry(Var.TICKET_NUMBER, "INC-20260601-0007")
        .containsEntry(Var.EXISTING_TICKET, true);
    verify(numbers, never()).next(any());
  }

  @Test
  void shouldRefuseABusinessKeyThatNamesAnotherTicketThanTheVariable() {
    assertThatThrownBy(() -> onsite.intake("INC-20260601-0007", Map.of(Var.TICKET_NUMBER, "INC-20260601-0008")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("业务键 INC-20260601-0007 与已有工单号 INC-20260601-0008 不一致");
  }

  @Test
  void shouldResolveAnOwnTicketWhenTheUserSignsButLeaveAnIncidentToItsProcess() {
    Confirmation signed = new Confirmation("李明", "征管科", "2026-06-01T10:30+08:00", "更换网卡");

    onsite.recordConfirmed("ONS-20260601-0001", true, signed, "demo-engineer");
    onsite.recordConfirmed("INC-20260601-0007", false, signed, "demo-engineer");

    verify(tickets).event("ONS-20260601-0001", TicketEvent.ONSITE_CONFIRMED, "demo-engineer",
        "用户 李明（征管科）于 2026-06-01 10:30 签字确认，记录人 demo-engineer");
    verify(tickets).recordResolution("ONS-20260601-0001", "更换网卡", "demo-engineer");
    verify(tickets, never()).recordResolution("INC-20260601-0007", "更换网卡", "demo-engineer");
  }

  @Test
  void shouldTellWhereARecurrenceWasFoundAndReopenOnlyAnOwnTicket() {
    onsite.recordRecurrence("ONS-20260601-0001", true, true, "仍然断网", null, "demo-service-desk");
    onsite.recordRecurrence("INC-20260601-0007", false, false, null, "夜间再次告警", null);

    verify(tickets).recordReopen("ONS-20260601-0001", "demo-service-desk", "回访核实未解决：仍然断网");
    verify(tickets).event("INC-20260601-0007", TicketEvent.ONSITE_RECURRED, null, "运行监控发现问题复现：夜间再次告警");
    verify(tickets, never()).recordReopen("INC-20260601-0007", null, "运行监控发现问题复现：夜间再次告警");
  }

  @Test
  void shouldNameTheRequestTypeInChineseAndShowMissingValuesAsADash() {
    onsite.recordRequest("ONS-20260601-0001", "pi-1", "fault", null, "demo-service-desk");

    verify(tickets).event("ONS-20260601-0001", TicketEvent.ONSITE_REQUESTED, "demo-service-desk",
        "现场故障处理，现场地点：—（现场支持流程 pi-1）");
  }
}
