package com.opsflow.calendarmaintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.CalendarDayNotFoundException;
import com.opsflow.calendar.DayType;
import com.opsflow.calendarmaintenance.CalendarMaintenanceProcess.Var;
import com.opsflow.calendarmaintenance.CalendarMaintenanceService.Recorded;
import com.opsflow.intake.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 节假日维护 without an engine: what is saved, what is refused (naming the field in Chinese), the business key. */
class CalendarMaintenanceServiceTest {

  final BusinessCalendarService calendar = mock(BusinessCalendarService.class);
  final CalendarMaintenanceService service = new CalendarMaintenanceService(calendar,
      new CalendarDayStartValidator(calendar));

  CalendarMaintenanceServiceTest() {
    when(calendar.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void shouldSaveAHolidayAndKeyTheEntryByItsDay() {
    Recorded recorded = service.record(null, Map.of(Var.DAY, "2027-10-01", Var.CHANGE, CalendarMaintenanceProcess.HOLIDAY,
        Var.NAME, "国庆节"), "demo-bureau-it");

    verify(calendar).saveDay(LocalDate.of(2027, 10, 1), DayType.HOLIDAY, "国庆节", "demo-bureau-it");
    assertThat(recorded.businessKey()).isEqualTo("CAL-2027-10-01");
    assertThat(recorded.variables()).containsEntry(Var.RECORDED_BY, "demo-bureau-it").containsEntry(Var.DAY, "2027-10-01");
  }

  @Test
  void shouldRefuseToRemoveADayThatHasNoEntry() {
    doThrow(new CalendarDayNotFoundException(LocalDate.of(2027, 10, 9))).when(calendar)
        .deleteDay(LocalDate.of(2027, 10, 9));

    assertThatThrownBy(() -> service.record("", Map.of(Var.DAY, "2027-10-09", Var.CHANGE,
        CalendarMaintenanceProcess.REMOVE), "demo-bureau-it"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("字段 day（日期）：2027-10-09 没有节假日或调休设置，无需删除");
  }

  @Test
  void shouldRefuseABusinessKeyGivenByTheCaller() {
    assertThatThrownBy(() -> service.record("CAL-2027-10-01", Map.of(Var.DAY, "2027-10-01", Var.CHANGE,
        CalendarMaintenanceProcess.WORKDAY), "demo-bureau-it"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("工单号由 OpsFlow 分配");

    verify(calendar, never()).saveDay(any(), any(), any(), any());
  }

  @Test
  void shouldRefuseAnUnknownChangeNamingTheFieldInChinese() {
    assertThatThrownBy(() -> service.record(null, Map.of(Var.DAY, "2027-10-01", Var.CHANGE, "vacation"),
        "demo-bureau-it")).isInstanceOf(InvalidInputException.class).hasMessageContaining("设置");
  }
}
