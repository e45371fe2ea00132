package com.opsflow.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.leave.LeaveRequestProcess.Var;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Leave without an engine: the applicant is required, the 08:00 notice rule, nobody approves their own leave. */
class LeaveServiceTest {

  final LeaveRegister register = mock(LeaveRegister.class);
  final TicketTime time = mock(TicketTime.class);
  final LeaveService service = new LeaveService(register, time);

  LeaveServiceTest() {
    when(time.today()).thenReturn(LocalDate.of(2026, 6, 1));
    when(time.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void shouldRefuseARequestWithoutApplicantNamingTheFieldInChinese() {
    Map<String, Object> v = request(false);
    v.remove(Var.APPLICANT);

    assertThatThrownBy(() -> service.register("LV-20260601-0001", "pi-1", v))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("字段 applicant（申请人）必填");
  }

  @Test
  void shouldCountASuddenLeaveNotifiedAfterEightAsLate() {
    when(time.localNow()).thenReturn(LocalDateTime.of(2026, 6, 1, 8, 0));

    assertThat(service.register("LV-20260601-0001", "pi-1", request(true)).noticeOnTime()).isFalse();
    verify(register).register(eq("LV-20260601-0001"), eq("pi-1"), eq("demo-engineer"), eq("demo-service-desk"),
        eq("sick"), eq(LocalDate.of(2026, 6, 1)), eq(LocalDate.of(2026, 6, 2)), any(), eq(true), eq(false), eq("发烧"));
  }

  @Test
  void shouldCountASuddenLeaveNotifiedBeforeEightAsOnTime() {
    when(time.localNow()).thenReturn(LocalDateTime.of(2026, 6, 1, 7, 59));

    assertThat(service.register("LV-20260601-0001", "pi-1", request(true)).noticeOnTime()).isTrue();
  }

  @Test
  void shouldRefuseTheApplicantApprovingTheirOwnLeaveEvenWhenTheVariableWasChanged() {
    LeaveRegister.Leave leave = mock(LeaveRegister.Leave.class);
    when(leave.applicant()).thenReturn("demo-engineer");
    when(register.find("LV-20260601-0001")).thenReturn(Optional.of(leave));

    assertThatThrownBy(() -> service.checkApprover("LV-20260601-0001", "someone-else", "demo-engineer", null))
        .isInstanceOf(ActionNotAllowedException.class).hasMessageStartingWith("请假申请人 demo-engineer 不能审批自己的请假");
    service.checkApprover("LV-20260601-0001", "demo-engineer", "demo-team-lead", "demo-team-lead");
    verify(register, never()).decide(any(), any(), any(), any());
  }

  private static Map<String, Object> request(boolean sudden) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.APPLICANT, "demo-engineer");
    v.put(Var.BACKUP, "demo-service-desk");
    v.put(Var.LEAVE_TYPE, "sick");
    v.put(Var.LEAVE_FROM, "2026-06-01");
    v.put(Var.LEAVE_TO, "2026-06-02");
    v.put(Var.DAYS, 2L);
    v.put(Var.SUDDEN, sudden);
    v.put(Var.REASON, "发烧");
    return v;
  }
}
