package com.opsflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import com.opsflow.survey.SurveyAnswers.Answer;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Satisfaction surveys without an engine: answers only while collecting, the default group, the history. */
class SurveyServiceTest {

  static final String NUMBER = "SRV-20260601-0001";

  final SurveyRegister register = mock(SurveyRegister.class);
  final TicketService tickets = mock(TicketService.class);
  final SurveyService service = new SurveyService(register, tickets, mock(SurveyReport.class), mock(TicketTime.class));

  @Test
  void shouldRefuseAnAnswerOnceTheCollectionHasClosed() {
    SurveyRegister.Survey survey = mock(SurveyRegister.Survey.class);
    when(survey.status()).thenReturn("closed");
    when(register.find(NUMBER)).thenReturn(Optional.of(survey));

    assertThatThrownBy(() -> service.addAnswer(NUMBER, new Answer("张三", List.of(5), null), "demo-service-desk"))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("调查 " + NUMBER + " 已结束收集");
    verify(register, never()).addAnswer(any(), any(), any());
  }

  @Test
  void shouldRefuseAnUnknownDefaultGroupForTheActionsNamingTheField() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.IMPROVEMENT_ACTIONS, "加强培训");
    v.put(Var.ACTION_GROUP_DEFAULT, "nobody");

    assertThatThrownBy(() -> service.actionsDecided(NUMBER, "demo-team-lead", v))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("字段 actionGroupDefault（默认负责组）无效");
  }

  @Test
  void shouldCountTheAnswersOfABatchAndTellTheTicket() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.QUESTION_COUNT, 2);
    v.put(Var.ANSWER_ROWS, "[]");
    v.put(Var.ANSWERS, "张三,5,4\n李四,3,4");
    when(register.answers(NUMBER)).thenReturn(List.of(answer(),
        answer(), answer()));

    int count = service.answersEntered(NUMBER, "demo-service-desk", v);

    assertThat(count).isEqualTo(3);
    verify(register, org.mockito.Mockito.times(2)).addAnswer(any(), any(), any());
    verify(tickets).event(NUMBER, SurveyEvent.ANSWERS, "demo-service-desk", "录入答卷 2 份，累计 3 份");
  }

  @Test
  void shouldNumberTheQuestions() {
    assertThat(SurveyService.numbered(List.of("响应是否及时", "态度是否友好"))).isEqualTo("1. 响应是否及时\n2. 态度是否友好\n");
  }

  private static SurveyRegister.StoredAnswer answer() {
    return new SurveyRegister.StoredAnswer(1, "张三", List.of(5, 4), null, "demo-service-desk");
  }
}
