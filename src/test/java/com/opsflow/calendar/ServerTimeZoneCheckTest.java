package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ServerTimeZoneCheckTest {

  @Test
  void shouldWarnWhenTheServerZoneIsNotTheBureaus() {
    assertThat(ServerTimeZoneCheck.warning(ZoneId.of("UTC"), ZoneId.of("Asia/Shanghai")))
        .contains("TZ=Asia/Shanghai", "UTC");
  }

  @Test
  void shouldStayQuietForTheSameOffset() {
    assertThat(ServerTimeZoneCheck.warning(ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Shanghai"))).isNull();
    assertThat(ServerTimeZoneCheck.warning(ZoneId.of("Asia/Chongqing"), ZoneId.of("Asia/Shanghai"))).isNull();
  }
}
