package com.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.PlainDatabase;
import com.opsflow.ticket.TicketVariables;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Tasklist form 登记延期 on plain values: the same rules as the REST endpoint, no engine (issue 11). */
class IncidentDelaysTest {

  private final PlainDatabase register = new PlainDatabase();
  private final List<String> movedTimers = new ArrayList<>();
  private final IncidentDelays delays = new IncidentDelays(register.jdbc, register.tickets, register.time,
      (ticketNumber, agreed) -> movedTimers.add(ticketNumber + " " + agreed),
      new IncidentDelayStartValidator(register.time));

  @BeforeEach
  void incidentDueThisAfternoon() {
    ClockUtil.setCurrentTime(Date.from(at("2026-03-10T09:00")));
    register.register("INC-1", "incident", "desk");
    register.tickets.recordPriority("INC-1", "P2", false, at("2026-03-10T09:30"), at("2026-03-10T15:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRecordTheAgreedDelayAndRunTheInstanceUnderTheIncidentsNumber() {
    Map<String, Object> run = delays.agreeByForm(form("INC-1"), null, "second-line");

    assertThat(run).containsEntry(TicketVariables.TICKET_NUMBER, "INC-1")
        .containsEntry(IncidentDelayProcess.Var.RECORDED_BY, "second-line")
        .containsEntry(IncidentDelayProcess.Var.CONSENTED_BY, "王女士");
    assertThat(movedTimers).containsExactly("INC-1 " + at("2026-03-11T12:00"));
    assertThat(register.historyCodes("INC-1")).endsWith("delay-agreed");
  }

  @Test
  void shouldRefuseABusinessKeyChosenByTheStarter() {
    assertThatThrownBy(() -> delays.agreeByForm(form("INC-1"), "INC-1", "second-line"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(movedTimers).isEmpty();
  }

  @Test
  void shouldRefuseAnUnknownIncidentAtTheTicketNumberField() {
    assertThatThrownBy(() -> delays.agreeByForm(form("INC-9"), null, "second-line"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("字段 ticketNumber（事件单号）：没有事件单 INC-9 / no incident INC-9 / field 'ticketNumber'");
  }

  @Test
  void shouldRefuseADelayWithoutAReasonNamingTheField() {
    Map<String, Object> form = form("INC-1");
    form.remove(IncidentDelays.REASON);

    assertThatThrownBy(() -> delays.agreeByForm(form, null, "second-line"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("延期理由");
  }

  private static Map<String, Object> form(String ticketNumber) {
    Map<String, Object> v = new HashMap<>();
    v.put(TicketVariables.TICKET_NUMBER, ticketNumber);
    v.put(IncidentDelays.REASON, "需厂商补丁");
    v.put(IncidentDelays.CONSENTED_BY, "王女士");
    v.put(IncidentDelays.AGREED_RESOLVE_AT, "2026-03-11T12:00");
    return v;
  }

  /** A local date-time in Asia/Shanghai. */
  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }
}
