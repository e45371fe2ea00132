package com.opsflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.calendar.CalendarForTests;
import com.opsflow.support.PlainDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Record on ticket" on plain values: each step's register change and history entry, no engine (issue 11). */
class TicketStepServiceTest {

  private final PlainDatabase register = new PlainDatabase();
  private final List<String> registered = new ArrayList<>();
  private final TicketStepService steps = new TicketStepService(register.tickets,
      List.of((number, processKey, actor) -> registered.add(number + " " + processKey + " " + actor)),
      CalendarForTests.withDefaultHours("08:30-17:30"), register.time);

  @Test
  void shouldRegisterTheTicketAndTellTheRegistrationListeners() {
    boolean important = steps.register("INC-1", "incident", "pi-1", "desk", Map.of(TicketVariables.SYSTEM, "tips",
        TicketVariables.SUMMARY, "无法开票", TicketVariables.CHANNEL, "phone"));

    assertThat(important).isFalse();
    Ticket ticket = register.tickets.find("INC-1").orElseThrow();
    assertThat(ticket.summary()).isEqualTo("无法开票");
    assertThat(ticket.ticketType()).isEqualTo("incident");
    assertThat(registered).containsExactly("INC-1 incident desk");
    assertThat(register.historyCodes("INC-1")).containsExactly("registered");
  }

  @Test
  void shouldKeepTheImportantPeriodTheStarterMarked() {
    assertThat(steps.register("INC-1", "incident", "pi-1", "desk", Map.of(TicketVariables.SYSTEM, "tips",
        TicketVariables.SUMMARY, "无法开票", TicketVariables.IMPORTANT_PERIOD, true))).isTrue();
    assertThat(register.tickets.find("INC-1").orElseThrow().importantPeriod()).isTrue();
  }

  @Test
  void shouldRecordTheCategoryAtClosureOnlyWhenItIsOneOfTheList() {
    register.register("INC-1", "incident", "desk");
    register.register("INC-2", "incident", "desk");

    steps.record(TicketEvent.CLOSED, "INC-1", "desk", Map.of(TicketVariables.CATEGORY, "account",
        TicketVariables.NEW_KNOWLEDGE_CANDIDATE, true));
    steps.record(TicketEvent.CLOSED, "INC-2", "desk", Map.of(TicketVariables.CATEGORY, "weather"));

    assertThat(register.tickets.find("INC-1").orElseThrow().category()).isEqualTo("account");
    assertThat(register.tickets.find("INC-1").orElseThrow().newKnowledgeCandidate()).isTrue();
    assertThat(register.tickets.find("INC-2").orElseThrow().category()).isNull();
    assertThat(register.historyCodes("INC-2")).endsWith("closed");
  }

  @Test
  void shouldWriteTheHandlersProposalToTheHistory() {
    register.register("INC-1", "incident", "desk");

    assertThat(steps.record(TicketEvent.HANDLING_PROPOSAL, "INC-1", "second-line",
        Map.of(TicketVariables.HANDLING_PROPOSAL, "今晚重启服务"))).isTrue();

    TicketEventRecord last = register.tickets.events("INC-1").get(1);
    assertThat(last.eventType()).isEqualTo("handling-proposal");
    assertThat(last.detail()).isEqualTo("今晚重启服务");
    assertThat(last.actor()).isEqualTo("second-line");
  }

  @Test
  void shouldRefuseToSendARequestBackWithoutAReason() {
    register.register("INC-1", "incident", "desk");
    Map<String, Object> noReason = new HashMap<>();

    assertThatThrownBy(() -> steps.record(TicketEvent.RETURNED, "INC-1", "desk", noReason))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("returnReason（退回原因）必填");
  }

  @Test
  void shouldLeaveAnotherFeaturesEventToItsRecorder() {
    register.register("ONS-1", "onsite", "desk");

    assertThat(steps.record(TicketEvent.ONSITE_REQUESTED, "ONS-1", "desk", Map.of())).isFalse();
    assertThat(register.historyCodes("ONS-1")).containsExactly("registered");
  }
}
