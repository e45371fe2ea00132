package com.opsflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.evaluation.EvaluationService.DueEvaluation;
import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.scoring.ScoringService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evaluation steps' rules without an engine: the owner's decision, task names, which periods start. */
class EvaluationServiceTest {

  final EvaluationRegister register = mock(EvaluationRegister.class);
  final ResidentEngineers engineers = mock(ResidentEngineers.class);
  final TicketTime time = mock(TicketTime.class);
  final EvaluationService service = new EvaluationService(List.of(), register, mock(ScoringService.class),
      mock(BusinessCalendarService.class), mock(InvoiceSheet.class), mock(ContractYears.class), engineers, time);

  @Test
  void shouldRefuseAnUnknownDecisionOrAMissingNoteNamingTheField() {
    assertThatThrownBy(() -> EvaluationService.checkDecision("fire-everybody", "说明"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("字段 actionTaken（处理决定）应为 [");
    assertThatThrownBy(() -> EvaluationService.checkDecision("warn", " "))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("字段 actionNote（处理说明）必填");
    EvaluationService.checkDecision("warn", "已书面警告");
  }

  @Test
  void shouldNameTheEvaluatorsTaskByEngineerContractAndPeriod() {
    assertThat(EvaluationService.taskName("服务质量评分", "demo-engineer", "oa", "2026-05"))
        .startsWith("服务质量评分：demo-engineer ").endsWith(" 2026-05");
  }

  @Test
  void shouldStartOneEvaluationPerEngineerAndPeriodNotClaimedYet() {
    when(time.today()).thenReturn(LocalDate.of(2026, 6, 1));
    when(engineers.of(anyString())).thenReturn(List.of());
    when(engineers.of("oa")).thenReturn(List.of("a-engineer", "b-engineer", "a-engineer"));
    when(register.find(anyString(), anyString(), anyString())).thenReturn(Optional.empty());
    when(register.find(eq("oa"), eq("b-engineer"), any())).thenReturn(Optional.of(mock(EvaluationRegister.Evaluation.class)));

    List<DueEvaluation> due = service.dueEvaluations();

    assertThat(due).hasSize(1);
    assertThat(due.get(0).variables()).containsEntry(Var.CONTRACT, "oa").containsEntry(Var.ENGINEER, "a-engineer");
    assertThat(due.get(0).label()).startsWith("oa/a-engineer/");
  }

  @Test
  void shouldTellTheDecisionInTheMailWithoutTerminationFiguresWhenThereAreNone() {
    when(register.find("EV-20260601-0001")).thenReturn(Optional.empty());

    String note = service.decisionNote("EV-20260601-0001", Map.of(Var.CONTRACT, "oa", Var.ENGINEER, "demo-engineer",
        Var.PERIOD, "2026-05", Var.SCORE, 88.0, Var.ACTION_LABEL, "无", Var.ACTION_TAKEN, "none", Var.ACTION_NOTE, "无"));

    assertThat(note).startsWith("考评单：EV-20260601-0001\n合同：oa，驻场工程师：demo-engineer，考评期：2026-05\n期评分：88.0")
        .doesNotContain("中止服务合同");
  }
}
