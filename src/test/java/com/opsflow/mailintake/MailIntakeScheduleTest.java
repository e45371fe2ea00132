package com.opsflow.mailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Issue 16: the poll runs only where switched on, and switched on without a mailbox login a node refuses to start. */
class MailIntakeScheduleTest {

  final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(MailIntakeConfiguration.class, MailIntakeSchedule.class)
      .withBean(MailIntake.class, () -> mock(MailIntake.class))
      .withBean(MailIntakeRegister.class, () -> mock(MailIntakeRegister.class));

  @Test
  void shouldPollOnlyWhenSwitchedOn() {
    context.run(off -> assertThat(off).doesNotHaveBean(MailIntakeSchedule.class));
    context.withPropertyValues("opsflow.mail-intake.enabled=true", "opsflow.mail-intake.host=imap.tax.example.gov.cn",
            "opsflow.mail-intake.user=servicedesk", "opsflow.mail-intake.password=secret",
            "opsflow.mail-intake.poll-interval=PT2M", "opsflow.mail-intake.max-message-size=5MB")
        .run(on -> {
          assertThat(on).hasSingleBean(MailIntakeSchedule.class);
          MailIntakeProperties properties = on.getBean(MailIntakeProperties.class);
          assertThat(properties.pollInterval()).isEqualTo(Duration.ofMinutes(2));
          assertThat(properties.maxMessageSize().toMegabytes()).isEqualTo(5);
          assertThat(properties.port()).isEqualTo(993);
        });
  }

  @Test
  void shouldRefuseToStartWithoutTheMailboxLogin() {
    MailIntakeProperties noPassword = new MailIntakeProperties(true, "imap.tax.example.gov.cn", null, "servicedesk",
        "", null, true, Duration.ofMinutes(1), null, null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> new MailIntakeSchedule(noPassword, null, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("opsflow.mail-intake.host, .user and .password");
  }
}
