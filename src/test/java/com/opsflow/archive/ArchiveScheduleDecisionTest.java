package com.opsflow.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.schedule.Frequency;
import com.opsflow.schedule.ScheduleRule;
import com.opsflow.schedule.SchedulePeriod;
import com.opsflow.support.DecisionTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * decisions/operation-schedule.dmn for the archive: every system hands in its documents weekly on Friday
 * (B-2.4.6.3(5): 每周五下午), by its document keeper (second line, the bureau's to confirm); a Friday holiday moves the
 * due date to the next working day, a make-up Saturday counts.
 */
class ArchiveScheduleDecisionTest {

  static final DecisionTable schedule = DecisionTable.of("operation-schedule");

  @Test
  void shouldHaveEverySystemHandInWeeklyOnFridayByItsDocumentKeeper() {
    for (String system : List.of("tips", "oa", "invoice")) {
      List<Map<String, Object>> rows = schedule.evaluate(Map.of("process", "archive", "system", system))
          .getResultList();
      assertThat(rows).as(system).extracting(r -> r.get("schedule") + "/" + r.get("frequency") + "/" + r.get("day")
          + "/" + r.get("group")).containsExactly("weekly-hand-in/weekly/5/second-line");
    }
  }

  @Test
  void shouldMoveAFridayHolidayToTheNextWorkingDayAndCountAMakeUpSaturday() {
    ScheduleRule rule = new ScheduleRule("archive", "weekly-hand-in", "oa", Frequency.WEEKLY, 0, 5, "second-line", 0);
    SchedulePeriod week = SchedulePeriod.containing(Frequency.WEEKLY, LocalDate.of(2039, 10, 5));
    LocalDate friday = LocalDate.of(2039, 10, 7);
    assertThat(rule.nominalDate(week)).isEqualTo(friday).matches(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY);

    Set<LocalDate> holidays = Set.of(friday);
    assertThat(rule.dueDate(week, d -> !holidays.contains(d) && d.getDayOfWeek().getValue() <= 5))
        .isEqualTo(LocalDate.of(2039, 10, 10));
    LocalDate makeUp = friday.plusDays(1);
    assertThat(rule.dueDate(week, d -> d.equals(makeUp) || !holidays.contains(d) && d.getDayOfWeek().getValue() <= 5))
        .isEqualTo(makeUp);
  }
}
