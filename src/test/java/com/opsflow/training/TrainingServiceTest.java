package com.opsflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import com.opsflow.training.TrainingProcess.Var;
import com.opsflow.training.TrainingService.ExamOutcome;
import com.opsflow.training.TrainingService.Round;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The training rules without an engine: exam rounds, retraining the failed, the texts the history keeps. */
class TrainingServiceTest {

  static final String NUMBER = "TRN-20260601-0001";

  final TrainingRegister register = mock(TrainingRegister.class);
  final TicketService tickets = mock(TicketService.class);
  final TrainingService service = new TrainingService(register, tickets, mock(TrainingReport.class),
      mock(TicketTime.class), mock(TrainingStartValidator.class));

  @Test
  void shouldSummariseARoundWithTheRateOverAllTraineesAndNameTheFailed() {
    when(register.recordRound(eq(NUMBER), eq(1), any(), eq(new BigDecimal("60.0")), eq("demo-team-lead")))
        .thenReturn(new BigDecimal("66.67"));
    when(register.passedCount(NUMBER)).thenReturn(2);
    when(register.failed(NUMBER)).thenReturn(List.of("王五"));

    ExamOutcome outcome = service.recordExam(NUMBER, "demo-team-lead", round(1, "张三：90\n李四：60\n王五：59"));

    assertThat(outcome.passedCount()).isEqualTo(2);
    assertThat(outcome.passRate()).isEqualTo(66.67);
    assertThat(outcome.failed()).containsExactly("王五");
    assertThat(outcome.summary()).isEqualTo(
        "第 1 轮考试：3 人参加，2 人及格（及格分 60）；累计 2/3 人通过，通过率 66.67%；未通过：王五");
    verify(tickets).event(NUMBER, TrainingEvent.EXAM, "demo-team-lead", outcome.summary());
  }

  @Test
  void shouldRefuseScoresOfSomebodyWhoIsNotInTheRoundAndStoreNothing() {
    assertThatThrownBy(() -> service.recordExam(NUMBER, "demo-team-lead", round(2, "张三：90\n赵六：80")))
        .isInstanceOf(InvalidInputException.class);

    verify(register, never()).recordRound(any(), anyInt(), any(), any(), any());
  }

  @Test
  void shouldRetrainOnlyTheFailedTraineesInTheNextRound() {
    when(register.failed(NUMBER)).thenReturn(List.of("王五", "赵六"));

    Round next = service.retrained(NUMBER, 1, "补讲第三章", "demo-team-lead");

    assertThat(next).isEqualTo(new Round(2, List.of("王五", "赵六")));
    verify(tickets).event(NUMBER, TrainingEvent.RETRAINED, "demo-team-lead", "重新培训 王五、赵六：补讲第三章");
  }

  @Test
  void shouldStartACompulsoryTrainingForTheRequiringTicketAndNoteItThere() {
    assertThat(TrainingService.requiredTraining("tips", "重大变更", "CHG-20260601-0001")).containsExactly(
        Map.entry(Var.SYSTEM, "tips"), Map.entry(Var.TRAINING_REASON, "重大变更"),
        Map.entry(Var.SOURCE_TICKET, "CHG-20260601-0001"));
    assertThat(TrainingService.reasonAfterNewVersion("REL-20260601-0001", "V3.2", "金三升级")).isEqualTo(
        "新版本 V3.2（发布单 REL-20260601-0001）已上线：金三升级（B-2.3.12：在新系统上线，或应用系统技术、业务发生重大变更时必须进行内部培训）");

    service.started("CHG-20260601-0001", "TRN-20260601-0002");

    verify(tickets).event("CHG-20260601-0001", TrainingEvent.STARTED, null, "已发起运维培训 TRN-20260601-0002");
  }

  private static Map<String, Object> round(int round, String results) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.EXAM_ROUND, round);
    v.put(Var.EXAM_TRAINEES, TraineeList.lines(List.of("张三", "李四", "王五")));
    v.put(Var.EXAM_RESULTS, results);
    v.put(Var.PASS_MARK, 60L);
    v.put(Var.TRAINEE_COUNT, 3);
    return v;
  }
}
