package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: a holiday saved on one node counts on every node at the next SLA computation. Node B is a
 * second calendar service over the same database (as a second OpsFlow node would have), with its own
 * cached calendar; runs on H2 and in the PostgreSQL suite.
 */
@OpsFlowIntegrationTest
class CalendarAcrossNodesTest {

  static final LocalDate MONDAY = LocalDate.of(2037, 6, 15);

  @Autowired
  BusinessCalendarService nodeA;
  @Autowired
  CalendarProperties properties;
  @Autowired
  CalendarDayRepository store;

  @Test
  void shouldUseAHolidaySavedOnOneNodeOnTheOtherAtOnce() {
    BusinessCalendarService nodeB = new BusinessCalendarService(properties, store);
    Instant mondayMorning = MONDAY.atTime(9, 0).atZone(properties.getZone()).toInstant();
    Instant dueBefore = nodeB.addWorkingMinutes("oa", false, mondayMorning, 60);
    assertThat(nodeB.isWorkingDay(MONDAY)).as("cached on node B before the change").isTrue();
    try {
      nodeA.saveDay(MONDAY, DayType.HOLIDAY, "测试假日（跨节点）", "admin");

      assertThat(nodeB.isWorkingDay(MONDAY)).isFalse();
      assertThat(nodeB.addWorkingMinutes("oa", false, mondayMorning, 60)).isAfter(dueBefore)
          .isEqualTo(nodeA.addWorkingMinutes("oa", false, mondayMorning, 60));
    } finally {
      nodeA.deleteDay(MONDAY);
    }
    assertThat(nodeB.isWorkingDay(MONDAY)).as("the deletion counts too").isTrue();
    assertThat(nodeB.addWorkingMinutes("oa", false, mondayMorning, 60)).isEqualTo(dueBefore);
  }
}
