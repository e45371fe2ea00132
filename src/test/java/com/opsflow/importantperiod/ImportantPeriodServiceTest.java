package com.opsflow.importantperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.ImportantPeriod;
import com.opsflow.calendar.ImportantPeriod.DutyShift;
import com.opsflow.calendar.ImportantPeriods;
import com.opsflow.importantperiod.ImportantPeriodProcess.Var;
import com.opsflow.importantperiod.ImportantPeriodService.Declared;
import com.opsflow.importantperiod.ImportantPeriodService.Roster;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartIntake;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 重要时期申报 without an engine: the declaration's variables, refusals naming the field, the roster's recipients. */
class ImportantPeriodServiceTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDateTime FROM = LocalDateTime.of(2027, 3, 1, 8, 0);
  static final LocalDateTime TO = LocalDateTime.of(2027, 3, 15, 18, 0);

  final BusinessCalendarService calendar = mock(BusinessCalendarService.class);
  final ImportantPeriods periods = mock(ImportantPeriods.class);
  final TicketNumbers numbers = mock(TicketNumbers.class);
  final TicketTime time = mock(TicketTime.class);
  final DutyRosterParser parser = mock(DutyRosterParser.class);
  final ImportantPeriodService service = new ImportantPeriodService(periods, new ImportantPeriodStartValidator(calendar),
      numbers, time, parser);

  ImportantPeriodServiceTest() {
    when(calendar.zone()).thenReturn(ZONE);
    when(time.local(any(Instant.class))).thenAnswer(i -> LocalDateTime.ofInstant(i.getArgument(0), ZONE));
    when(numbers.next(ImportantPeriodProcess.NUMBER_PREFIX)).thenReturn("IP-20270201-0001");
  }

  @Test
  void shouldDeclareThePeriodAndGiveTheModelItsNumberSummaryAndRosterDueTime() {
    when(periods.declare(eq("IP-20270201-0001"), eq("tips"), eq(FROM), eq(TO), eq("两会"), eq("demo-owner"), any(),
        eq("pi-1"))).thenReturn(period(List.of()));

    Declared declared = service.declare(null, start("2027-03-15T18:00"), "demo-owner", "pi-1");

    assertThat(declared.number()).isEqualTo("IP-20270201-0001");
    assertThat(declared.variables()).containsEntry(StartIntake.TICKET_NUMBER, "IP-20270201-0001")
        .containsEntry(Var.DECLARED_BY, "demo-owner").containsEntry(Var.ROSTER_DUE, declared.variables().get(Var.FROM))
        .containsKey(Var.SUMMARY).containsKey(Var.SYSTEM_NAME);
  }

  @Test
  void shouldRefuseAPeriodEndingBeforeItStartsNamingTheField() {
    assertThatThrownBy(() -> service.declare(null, start("2027-02-28T18:00"), "demo-owner", "pi-1"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("字段 periodTo（结束时间）必须晚于开始时间");

    verify(periods, never()).declare(any(), any(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void shouldTellWhyTheCalendarRefusedThePeriod() {
    when(periods.declare(any(), any(), any(), any(), any(), any(), any(), any()))
        .thenThrow(new IllegalArgumentException("与 IP-20270101-0001 重叠"));

    assertThatThrownBy(() -> service.declare(null, start("2027-03-15T18:00"), "demo-owner", "pi-1"))
        .isInstanceOf(InvalidInputException.class).hasMessage("重要时期未登记：与 IP-20270101-0001 重叠 / important period refused");
  }

  @Test
  void shouldMailEveryoneOnTheRosterOnceAndNameTheTextFieldWhenThePastedRosterIsRefused() {
    DutyShift first = new DutyShift("demo-engineer", FROM, FROM.plusDays(7), "13800000000");
    DutyShift second = new DutyShift("demo-engineer", FROM.plusDays(7), TO, "13800000000");
    when(periods.byNumber("IP-20270201-0001")).thenReturn(period(List.of()));
    when(parser.parse("排班")).thenReturn(List.of(first, second));

    Roster roster = service.recordRoster("IP-20270201-0001", null, "排班", "demo-team-lead");

    assertThat(roster.recipients()).isEqualTo("user:demo-engineer");
    doThrow(new IllegalArgumentException("未覆盖 3 月 15 日")).when(periods).recordRoster(any(), any(), any(), any());
    assertThatThrownBy(() -> service.recordRoster("IP-20270201-0001", null, "排班", "demo-team-lead"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("字段 dutyRoster（值班表）：未覆盖 3 月 15 日 / field 'dutyRoster' refused");
  }

  private static Map<String, Object> start(String to) {
    return Map.of(Var.SYSTEM, "tips", Var.FROM, "2027-03-01T08:00", Var.TO, to, Var.REASON, "两会");
  }

  private static ImportantPeriod period(List<DutyShift> roster) {
    return new ImportantPeriod(1, "IP-20270201-0001", "tips", FROM, TO, "两会", "demo-owner", FROM.minusDays(30), roster);
  }
}
