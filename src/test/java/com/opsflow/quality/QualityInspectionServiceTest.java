package com.opsflow.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.quality.QualityInspectionProcess.Var;
import com.opsflow.quality.QualityInspectionRegister.Scores;
import com.opsflow.quality.QualityInspectionService.Dispatch;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Call inspection without an engine: who may score, what a score is, when the week is dispatched, the history. */
class QualityInspectionServiceTest {

  static final String RUN = "QI-20260601-0001";

  final QualityInspectionRegister register = mock(QualityInspectionRegister.class);
  final QualityInspectionSettings settings = mock(QualityInspectionSettings.class);
  final ResidentEngineers engineers = mock(ResidentEngineers.class);
  final TicketService tickets = mock(TicketService.class);
  final TicketTime time = mock(TicketTime.class);
  final BusinessCalendarService calendar = mock(BusinessCalendarService.class);
  final QualityInspectionService service = new QualityInspectionService(register, mock(CallSampler.class), settings,
      engineers, tickets, time, mock(QualityStartValidator.class), calendar);

  QualityInspectionServiceTest() {
    when(settings.callsPerWeek()).thenReturn(3);
  }

  @Test
  void shouldRefuseAnEngineerInspectingTheirOwnCallsEvenWhenTheVariableWasChanged() {
    when(register.engineerOf(RUN)).thenReturn(Optional.of("demo-engineer"));

    assertThatThrownBy(() -> service.inspected(RUN, "someone-else", "demo-engineer", "demo-engineer", scores(90)))
        .isInstanceOf(ActionNotAllowedException.class)
        .hasMessageStartingWith("驻场工程师 demo-engineer 不能质检自己的录音");
  }

  @Test
  void shouldKeepTheScoresAsWholeNumbersAndRefuseOthersNamingTheAspectInChinese() {
    when(register.engineerOf(RUN)).thenReturn(Optional.of("demo-engineer"));

    assertThat(service.inspected(RUN, "demo-engineer", "demo-inspector", null, scores(90)))
        .isEqualTo(new Scores(90, 90, 90, 90));
    Map<String, Object> fraction = scores(90);
    fraction.put(Var.SKILL, "85.5");
    assertThatThrownBy(() -> service.inspected(RUN, "demo-engineer", "demo-inspector", null, fraction))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("字段 skillScore（服务技巧）应为 0 到 100 的整数");
    Map<String, Object> missing = scores(90);
    missing.remove(Var.RECORD);
    assertThatThrownBy(() -> service.inspected(RUN, "demo-engineer", "demo-inspector", null, missing))
        .hasMessageStartingWith("字段 recordScore（问题记录）必填");
  }

  @Test
  void shouldDispatchEveryResidentEngineerOnlyOnTheWeeksLastWorkingDay() {
    LocalDate friday = LocalDate.of(2026, 6, 5);
    when(calendar.isWorkingDay(any())).thenAnswer(i -> i.<LocalDate>getArgument(0).getDayOfWeek().getValue() <= 5);
    when(engineers.all()).thenReturn(Map.of("tips", List.of("b-engineer", "a-engineer"), "oa", List.of("a-engineer")));

    when(time.today()).thenReturn(friday.minusDays(1));
    assertThat(service.dispatch(Map.of()).requests()).isEmpty();
    when(time.today()).thenReturn(friday);
    Dispatch dispatch = service.dispatch(Map.of());

    assertThat(dispatch.requests()).containsExactly(Map.entry("a-engineer", "2026-06-01"),
        Map.entry("b-engineer", "2026-06-01"));
    assertThat(dispatch.clean()).isEmpty();
  }

  @Test
  void shouldRegisterTheResultAndTellItOnTheIncidentTicket() {
    Map<String, Object> v = scores(80);
    v.put(Var.INSPECTED_TICKET, "INC-20260601-0003");
    v.put(Var.RESULT, QualityInspectionProcess.FAIL);
    v.put(Var.ITEM, QualityInspectionProcess.NO_ITEM);
    v.put(Var.FEEDBACK, "语气生硬");
    v.put(Var.INSPECTOR, "demo-inspector");
    v.put(Var.ENGINEER, "demo-engineer");

    service.record(RUN, v);

    verify(register).inspected(RUN, "INC-20260601-0003", new Scores(80, 80, 80, 80), QualityInspectionProcess.FAIL, null,
        "语气生硬", "demo-inspector");
    verify(tickets).event("INC-20260601-0003", QualityEvent.INSPECTED, "demo-inspector", "录音质检 " + RUN
        + "（驻场 demo-engineer）：服务态度 80，服务技巧 80，技术能力 80，问题记录 80，不合格");
  }

  @Test
  void shouldNameTooFewCallsAsTheReasonOfAShortWeek() {
    Map<String, Object> v = new HashMap<>(Map.of(Var.ENGINEER, "demo-engineer", Var.WEEK_START, "2026-06-01",
        Var.HOTLINE_CALLS, 2, Var.INSPECTIONS_DONE, 2));

    service.recordShortfall(RUN, v);

    verify(register).flag(RUN, "demo-engineer", LocalDate.of(2026, 6, 1), 2, 2, 3, "当周由其处理的热线录音只有 2 通，不足 3 通");
  }

  private static Map<String, Object> scores(int score) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.ATTITUDE, score);
    v.put(Var.SKILL, (long) score);
    v.put(Var.TECHNICAL, String.valueOf(score));
    v.put(Var.RECORD, score);
    return v;
  }
}
