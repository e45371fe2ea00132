package com.opsflow.calendarmaintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.CalendarDay;
import com.opsflow.calendar.DayType;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: bureau IT keeps holidays and make-up workdays in Tasklist (节假日维护, behind the webapps' login) instead of
 * raw REST calls; the entry lands in the business calendar the SLA clocks read, and nobody else may change it.
 */
@OpsFlowIntegrationTest
class CalendarMaintenanceTest {

  private static final LocalDate MONDAY = LocalDate.of(2041, 4, 1);
  private static final LocalDate SATURDAY = LocalDate.of(2041, 4, 6);

  @Autowired
  ProcessEngine engine;
  @Autowired
  BusinessCalendarService calendar;

  @Test
  void shouldKeepHolidaysAndMakeUpWorkdaysFromTasklistInTheBusinessCalendar() {
    ProcessDriver driver = new ProcessDriver(engine);
    ProcessInstance holiday = driver.startAs(CalendarMaintenanceProcess.KEY, "demo-bureau-it", "bureau-it",
        Map.of("day", MONDAY.toString(), "change", "holiday", "name", "清明节"));
    driver.startAs(CalendarMaintenanceProcess.KEY, "demo-bureau-it", "bureau-it",
        Map.of("day", SATURDAY.toString(), "change", "workday", "name", "清明节调休"));

    assertThat(holiday.getBusinessKey()).isEqualTo("CAL-" + MONDAY);
    assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
    assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
    CalendarDay entry = calendar.days(2041).stream().filter(d -> d.day().equals(MONDAY)).findFirst().orElseThrow();
    assertThat(entry.type()).isEqualTo(DayType.HOLIDAY);
    assertThat(entry.name()).isEqualTo("清明节");
    assertThat(entry.updatedBy()).isEqualTo("demo-bureau-it");

    driver.startAs(CalendarMaintenanceProcess.KEY, "demo-bureau-it", "bureau-it",
        Map.of("day", MONDAY.toString(), "change", "remove"));
    driver.startAs(CalendarMaintenanceProcess.KEY, "demo-bureau-it", "bureau-it",
        Map.of("day", SATURDAY.toString(), "change", "remove"));
    assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
  }

  @Test
  void shouldLetOnlyBureauItChangeTheCalendarAndRefuseBadEntriesWithoutATrace() {
    ProcessDriver driver = new ProcessDriver(engine);
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CalendarMaintenanceProcess.KEY).count();

    Throwable desk = catchThrowable(() -> driver.startAs(CalendarMaintenanceProcess.KEY, "demo-service-desk",
        "service-desk", Map.of("day", MONDAY.toString(), "change", "holiday")));
    assertThat(desk).isInstanceOf(AuthorizationException.class);

    Throwable nothingToRemove = catchThrowable(() -> driver.startAs(CalendarMaintenanceProcess.KEY, "demo-bureau-it",
        "bureau-it", Map.of("day", "2041-05-07", "change", "remove")));
    assertThat(nothingToRemove).hasRootCauseInstanceOf(InvalidInputException.class);
    assertThat(rootCause(nothingToRemove)).asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
        .extracting(InvalidInputException::field).isEqualTo("day");

    Throwable unknown = catchThrowable(() -> driver.startAs(CalendarMaintenanceProcess.KEY, "demo-bureau-it",
        "bureau-it", Map.of("day", MONDAY.toString(), "change", "closed")));
    assertThat(unknown).hasRootCauseInstanceOf(InvalidInputException.class);

    assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CalendarMaintenanceProcess.KEY).count()).isEqualTo(before);
  }

  private static Throwable rootCause(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
