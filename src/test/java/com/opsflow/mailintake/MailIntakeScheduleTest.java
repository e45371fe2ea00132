package com.opsflow.mailintake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 16: switched on without a mailbox login, a node refuses to start instead of polling nothing. */
class MailIntakeScheduleTest {

  @Test
  void shouldRefuseToStartWithoutTheMailboxLogin() {
    MailIntakeProperties noPassword = new MailIntakeProperties(true, "imap.tax.example.gov.cn", null, "servicedesk",
        "", null, true, Duration.ofMinutes(1), null, null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> new MailIntakeSchedule(noPassword, null, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("opsflow.mail-intake.host, .user and .password");
  }
}
