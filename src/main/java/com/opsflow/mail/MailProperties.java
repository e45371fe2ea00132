package com.opsflow.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** opsflow.mail.*: sender address and how failed mails are retried. */
@ConfigurationProperties("opsflow.mail")
public record MailProperties(String from, String retryCycle) {

  public MailProperties {
    from = from == null || from.isBlank() ? "opsflow@localhost" : from;
    retryCycle = retryCycle == null || retryCycle.isBlank() ? "R3/PT5M" : retryCycle;
  }
}
