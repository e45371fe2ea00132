package com.opsflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The delivery rules without an engine: the send-back reason, late or on time, the history each leaves. */
class ReportDeliveryServiceTest {

  static final String NUMBER = "RPT-20260601-0001";

  final ReportDeliveryRegister register = mock(ReportDeliveryRegister.class);
  final TicketService tickets = mock(TicketService.class);
  final TicketTime time = mock(TicketTime.class);
  final ReportDeliveryService service = new ReportDeliveryService(null, register, null, tickets, null, null, time);

  @Test
  void shouldRefuseASendBackWithoutReasonAndKeepNothing() {
    assertThatThrownBy(() -> service.sendBack(NUMBER, "  ", "demo-project-manager"))
        .hasMessage("字段 sendBackReason（退回原因）必填 / field 'sendBackReason' is required");

    verify(register, never()).sentBack(any(), any());
    verify(tickets, never()).event(any(), any(ReportDeliveryEvent.class), any(), any());
  }

  @Test
  void shouldKeepTheStrippedSendBackReasonOnRegisterAndTicket() {
    service.sendBack(NUMBER, " 数据有误 ", "demo-project-manager");

    verify(register).sentBack(NUMBER, "数据有误");
    verify(tickets).event(NUMBER, ReportDeliveryEvent.SENT_BACK, "demo-project-manager", "数据有误");
  }

  @Test
  void shouldRecordAReportDeliveredAfterItsDueTimeAsLate() {
    delivery(LocalDateTime.of(2026, 6, 5, 17, 30));
    when(time.localNow()).thenReturn(LocalDateTime.of(2026, 6, 5, 17, 31));

    assertThat(service.deliver(NUMBER, "demo-project-manager")).isTrue();

    verify(register).delivered(NUMBER, "demo-project-manager", LocalDateTime.of(2026, 6, 5, 17, 31), true);
    verify(tickets).event(eq(NUMBER), eq(ReportDeliveryEvent.LATE), eq(null), startsWith("应于 2026-06-05T17:30 前提交"));
    verify(tickets).event(NUMBER, ReportDeliveryEvent.DELIVERED, "demo-project-manager", null);
    verify(tickets).recordClosure(NUMBER, false, "报告已审核并发送", "demo-project-manager");
  }

  @Test
  void shouldRecordAReportDeliveredBeforeItsDueTimeAsOnTime() {
    delivery(LocalDateTime.of(2026, 6, 5, 17, 30));
    when(time.localNow()).thenReturn(LocalDateTime.of(2026, 6, 5, 17, 30));

    assertThat(service.deliver(NUMBER, "demo-project-manager")).isFalse();

    verify(register).delivered(eq(NUMBER), eq("demo-project-manager"), any(), anyBoolean());
    verify(tickets, never()).event(any(), eq(ReportDeliveryEvent.LATE), any(), any());
    verify(tickets).event(NUMBER, ReportDeliveryEvent.DELIVERED, "demo-project-manager", null);
  }

  @Test
  void shouldTellWhereTheFilesAreInTheMailNote() {
    assertThat(ReportDeliveryService.note(NUMBER, "2026-05")).isEqualTo("报告期间：2026-05。Excel 表格与报告一并保存在工单 "
        + NUMBER + " 中（/api/tickets/" + NUMBER + "/documents）。");
  }

  private void delivery(LocalDateTime dueAt) {
    when(register.find(NUMBER)).thenReturn(Optional.of(new ReportDeliveryRegister.Delivery(NUMBER, "tips", "monthly",
        "2026-05", null, null, dueAt, 1, 0, null, null, null)));
  }
}
