package com.opsflow.mailintake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the intake mailbox on every node when opsflow.mail-intake.enabled is true: the claim in
 * {@link MailIntakeRegister} keeps two nodes from taking one mail twice.
 */
@Component
@ConditionalOnProperty(prefix = "opsflow.mail-intake", name = "enabled", havingValue = "true")
class MailIntakeSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(MailIntakeSchedule.class);
  private final MailboxPoller poller;

  MailIntakeSchedule(MailIntakeProperties properties, MailIntake intake, MailIntakeRegister register) {
    if (blank(properties.host()) || blank(properties.user()) || blank(properties.password())) {
      throw new IllegalStateException("opsflow.mail-intake.enabled=true needs opsflow.mail-intake.host, .user and"
          + " .password (OPSFLOW_MAIL_INTAKE_HOST, _USER, _PASSWORD)");
    }
    this.poller = new MailboxPoller(properties, intake, register);
  }

  @Scheduled(initialDelayString = "${opsflow.mail-intake.poll-interval:PT1M}",
      fixedDelayString = "${opsflow.mail-intake.poll-interval:PT1M}")
  void poll() {
    MailboxPoller.PollResult result = poller.poll();
    if (result.examined() > 0) {
      LOG.info("Mail intake: {}", result);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
