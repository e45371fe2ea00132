package com.opsflow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.staff.StaffChangeProcess.Var;
import com.opsflow.staff.StaffChangeService.Check;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Staff changes without an engine: short notice, a replacement made without consent, the requester's decision. */
class StaffChangeServiceTest {

  static final String NUMBER = "STF-20260601-0001";

  final StaffChangeRegister register = mock(StaffChangeRegister.class);
  final ResidentEngineers engineers = mock(ResidentEngineers.class);
  final TicketTime time = mock(TicketTime.class);
  final StaffChangeService service = new StaffChangeService(register, engineers, time);

  @Test
  void shouldNoteShortNoticeAndAReplacementMadeWithoutConsent() {
    when(time.today()).thenReturn(LocalDate.of(2026, 6, 1));
    when(time.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
    when(engineers.of("oa")).thenReturn(List.of("a", "b"));
    when(register.roster("oa", List.of("a", "b"))).thenReturn(List.of("a", "b"));
    Map<String, Object> v = new HashMap<>(Map.of(Var.CONTRACT, "oa", Var.LEAVING, "a", Var.REPLACEMENT, "c",
        Var.LAST_DAY, "2026-06-15", Var.MINIMUM, 2, Var.NOTICE_MONTHS, 1L, Var.ALREADY_REPLACED, true));

    Check check = service.check(NUMBER, v);

    assertThat(check.noticeShort()).isTrue();
    assertThat(check.staffing().breach()).isFalse();
    assertThat(check.note()).contains("离岗提前期不足 1 个月", "人员已更换，事后补报");
    verify(register).checked(NUMBER, true, 2, 2, false);
  }

  @Test
  void shouldRefuseTheRequesterDecidingTheirOwnChange() {
    StaffChangeRegister.StaffChange change = mock(StaffChangeRegister.StaffChange.class);
    when(change.requestedBy()).thenReturn("demo-team-lead");
    when(register.find(NUMBER)).thenReturn(Optional.of(change));

    assertThatThrownBy(() -> service.decide(NUMBER, "demo-team-lead", "approve", "同意"))
        .isInstanceOf(ActionNotAllowedException.class).hasMessageStartingWith("申请人不能审批自己提出的人员变更");
    verify(register, never()).decide(any(), any(), any(), any());

    service.decide(NUMBER, "demo-bureau", "approve", "同意");
    verify(register).decide(NUMBER, StaffChangeRegister.APPROVED, "demo-bureau", "同意");
  }

  @Test
  void shouldKeepAtMost4000CharactersOfTheTasksTakenOver() {
    String list = service.completed(NUMBER, "交接文档", List.of("x".repeat(3000), "y".repeat(3000)));

    assertThat(list).hasSize(4000);
    verify(register).completed(NUMBER, "交接文档", list);
  }
}
