package com.opsflow.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.ticket.TicketEvent;
import com.opsflow.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Issue 16: one set of Chinese labels and one time format for mails, documents and the ticket history. */
class LabelsTest {

  @Test
  void shouldLabelEveryTicketStatusAndEventInChinese() {
    assertThat(Arrays.stream(TicketStatus.values()).map(TicketStatus::code)
        .filter(code -> !Labels.has(Labels.Kind.STATUS, code))).as("statuses without a label").isEmpty();
    assertThat(Arrays.stream(TicketEvent.values()).map(TicketEvent::code)
        .filter(code -> !Labels.has(Labels.Kind.EVENT, code))).as("events without a label").isEmpty();
    assertThat(Labels.event("dm-communicated")).isEqualTo("已与用户沟通");
    assertThat(Labels.status("open")).isEqualTo("已登记");
    assertThat(Labels.of(Labels.Kind.IMPACT, "office")).isEqualTo("单个办税服务厅或科室");
  }

  @Test
  void shouldShowAnUnknownCodeAsItIs() {
    assertThat(Labels.event("something-new")).isEqualTo("something-new");
    assertThat(Labels.event(null)).isNull();
  }

  @Test
  void shouldShowTimesAsTheBureauReadsThem() {
    // 02:42:13 UTC is 10:42 in Asia/Shanghai (the data-maintenance report printed "Fri Dec 04 02:42:13 UTC 2026")
    Instant instant = Instant.parse("2026-12-04T02:42:13Z");
    assertThat(Display.dateTime(Date.from(instant))).isEqualTo("2026-12-04 10:42");
    assertThat(Display.dateTime(instant)).isEqualTo("2026-12-04 10:42");
    assertThat(Display.dateTime(LocalDateTime.parse("2031-03-05T09:30:12.345"))).isEqualTo("2031-03-05 09:30");
    assertThat(Display.dateTime(null)).isEqualTo("—");
  }
}
